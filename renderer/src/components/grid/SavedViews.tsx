import { Button, Field, Label, Select, Textfield } from '@digdir/designsystemet-react';
import type { ColumnState, FilterModel, GridApi } from 'ag-grid-community';
import { useCallback, useEffect, useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../ErrorAlert.tsx';
import { call } from '../../api/client.ts';
import type { SavedView } from '../../api/people.ts';

type GridName = 'participants' | 'mentors';
/** What a saved view holds: column order, widths, visibility and sort, and the column filters. */
export type ViewState = { columnState: ColumnState[]; filterModel: FilterModel | null; quickFilter?: string };

function isViewState(value: unknown): value is ViewState {
  return typeof value === 'object' && value !== null && Array.isArray((value as ViewState).columnState);
}

export function captureView<T>(api: GridApi<T>, quickFilter: string): ViewState {
  return { columnState: api.getColumnState(), filterModel: api.getFilterModel(), quickFilter };
}

export function applyView<T>(api: GridApi<T>, state: unknown): string {
  if (!isViewState(state)) return '';
  api.applyColumnState({ state: state.columnState, applyOrder: true });
  api.setFilterModel(state.filterModel ?? null);
  return state.quickFilter ?? '';
}

/** Lagrede visninger: save the grid's columns, sort and filters under a name; pick one; delete one. */
export function SavedViews<T>({ grid, api, quickFilter, onQuickFilter }: { grid: GridName; api: GridApi<T> | null; quickFilter: string; onQuickFilter: (text: string) => void }) {
  const { t } = useTranslation();
  const selectId = useId();
  const [views, setViews] = useState<SavedView[]>([]);
  const [current, setCurrent] = useState('');
  const [naming, setNaming] = useState(false);
  const [name, setName] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [nameMissing, setNameMissing] = useState(false);

  const load = useCallback(() => call('views.list', { grid }).then(setViews, setError), [grid]);

  useEffect(() => {
    void load();
  }, [load]);

  function pick(id: string) {
    setCurrent(id);
    if (!api) return;
    if (id === '') {
      api.resetColumnState();
      api.setFilterModel(null);
      onQuickFilter('');
      return;
    }
    const view = views.find((candidate) => candidate.id === id);
    if (view) onQuickFilter(applyView(api, view.state));
  }

  async function save(event: FormEvent) {
    event.preventDefault();
    if (!api) return;
    if (name.trim() === '') {
      setNameMissing(true);
      return;
    }
    setError(null);
    try {
      const saved = await call('views.save', { name: name.trim(), grid, state: captureView(api, quickFilter) });
      await load();
      setCurrent(saved.id);
      setNaming(false);
      setName('');
      setNameMissing(false);
    } catch (caught) {
      setError(caught);
    }
  }

  async function remove() {
    if (!current) return;
    setError(null);
    try {
      await call('views.delete', { id: current });
      setCurrent('');
      await load();
    } catch (caught) {
      setError(caught);
    }
  }

  return (
    <div className="saved-views">
      <Field className="toolbar-field">
        <Label htmlFor={selectId}>{t('people.views.label')}</Label>
        <Select id={selectId} data-size="sm" value={current} onChange={(event) => pick(event.target.value)} disabled={!api}>
          <Select.Option value="">{t('people.views.standard')}</Select.Option>
          {views.map((view) => (
            <Select.Option key={view.id} value={view.id}>
              {view.name}
            </Select.Option>
          ))}
        </Select>
      </Field>
      <div className="button-row button-row--tight">
        <Button variant="secondary" data-size="sm" onClick={() => setNaming((open) => !open)} aria-expanded={naming} disabled={!api}>
          {t('people.views.save')}
        </Button>
        {current && (
          <Button variant="tertiary" data-size="sm" onClick={() => void remove()}>
            {t('people.views.delete')}
          </Button>
        )}
      </div>
      {naming && (
        <form className="saved-views__form" onSubmit={(event) => void save(event)} noValidate>
          <Textfield
            label={t('people.views.name')}
            data-size="sm"
            value={name}
            onChange={(event) => setName(event.target.value)}
            error={nameMissing ? t('common.required') : undefined}
            autoFocus
          />
          <Button type="submit" data-size="sm">
            {t('people.views.saveSubmit')}
          </Button>
        </form>
      )}
      <ErrorAlert error={error} />
    </div>
  );
}
