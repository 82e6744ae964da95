import { Alert, Button, Field, Label, Paragraph, Select, Textfield } from '@digdir/designsystemet-react';
import type { CellValueChangedEvent, GridApi } from 'ag-grid-community';
import { useCallback, useEffect, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiCallError, call } from '../../api/client.ts';
import { useApi } from '../../api/use-api.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { ColumnChooser } from '../../components/grid/ColumnChooser.tsx';
import { ExportViewButton, ExportViewNotice, useExportView } from '../../components/grid/ExportViewButton.tsx';
import { KobleGrid } from '../../components/grid/KobleGrid.tsx';
import { SavedViews } from '../../components/grid/SavedViews.tsx';
import { isoToDisplay } from '../../components/grid/format.ts';
import { Page } from '../frame/Page.tsx';
import { ImportDialog } from '../import/ImportDialog.tsx';
import { ImportedTodayFilter } from '../import/ImportedTodayFilter.tsx';
import { PersonPanel } from '../person/PersonPanel.tsx';
import { fullName, type PersonRow } from '../../api/people.ts';
import { osloToday } from '../../../../shared/oslo-day.ts';
import { BulkMoveDialog } from './BulkMoveDialog.tsx';
import { participantColumns } from './columns.tsx';
import { peopleList, refreshPeopleList } from './people-cache.ts';
import { useHashId } from './person-route.ts';
import { useCohorts, useReference } from './use-reference.ts';
import { DateField } from '../../components/date-field/DateField.tsx';

type Notice = { kind: 'success' | 'info'; text: string } | null;

/** Deltakere: the pipeline grid (AG Grid), with views, bulk stage moves, inline edit and the detail panel. */
export function ParticipantsPage() {
  const { t } = useTranslation();
  const ids = { search: useId(), cohort: useId(), asOf: useId() };
  const { lookups } = useReference();
  const cohorts = useCohorts();
  const [rows, setRows] = useState<PersonRow[] | null>(null);
  const [cohortId, setCohortId] = useState('');
  const [asOf, setAsOf] = useState('');
  const [quickFilter, setQuickFilter] = useState('');
  const [api, setApi] = useState<GridApi<PersonRow> | null>(null);
  const [selected, setSelected] = useState<PersonRow[]>([]);
  const [moving, setMoving] = useState(false);
  const [importing, setImporting] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const exportView = useExportView(setError);
  const [notice, setNotice] = useState<Notice>(null);
  const [shown, setShown] = useState<number | null>(null);
  const [personId, openPerson] = useHashId('participants');
  const readOnly = asOf !== '' && asOf < osloToday();

  const [version, setVersion] = useState(0);
  const load = useCallback(() => setVersion((n) => n + 1), []);

  useApi(
    () => {
      const input: { asOf?: string; cohortId?: string } = {};
      if (asOf) input.asOf = asOf;
      if (cohortId) input.cohortId = cohortId;
      // A reload after a change asks again; otherwise a prefetched list shows at once and is then refreshed (load()).
      const { promise, fromCache } = version > 0 ? { promise: refreshPeopleList(input), fromCache: false } : peopleList(input);
      return promise.then((list) => ({ list, fromCache }));
    },
    [asOf, cohortId, version],
    {
      onData: ({ list, fromCache }) => {
        setRows(list);
        setError(null);
        if (fromCache) load();
      },
      onError: (caught) => {
        setRows([]);
        setError(caught);
      },
    },
  );

  const columnDefs = useMemo(() => participantColumns(t, lookups, readOnly), [t, lookups, readOnly]);
  // Names of fields, countries and municipalities may arrive after the rows: redraw those cells.
  useEffect(() => {
    if (api && !api.isDestroyed()) api.refreshCells({ columns: ['field', 'municipality', 'countryOfBackground'], force: true });
  }, [api, lookups]);
  const context = useMemo(() => ({ open: (row: PersonRow) => openPerson(row.id) }), [openPerson]);

  const onCellValueChanged = useCallback(
    async (event: CellValueChangedEvent<PersonRow>) => {
      const field = event.colDef.field as 'nextAction' | 'nextActionOn' | undefined;
      if (!field || !event.data || event.oldValue === event.newValue) return;
      const raw = event.newValue as string | null | undefined;
      const value = raw === undefined || raw === null || String(raw).trim() === '' ? null : String(raw).trim();
      const before = { ...event.data, [field]: event.oldValue as string | null };
      setNotice(null);
      setError(null);
      try {
        const updated = await call('people.update', { id: event.data.id, changes: { [field]: value } });
        event.node.setData({ ...before, ...updated });
        setNotice({ kind: 'success', text: t('people.edit.saved', { name: fullName(before) }) });
      } catch (caught) {
        event.node.setData(before);
        if (caught instanceof ApiCallError && caught.code === 'API_INVALID_INPUT') {
          setNotice({ kind: 'info', text: t('people.edit.invalid', { column: event.colDef.headerName ?? field, name: fullName(before) }) });
        } else setError(caught);
      }
    },
    [t],
  );

  return (
    <Page title={t('nav.participants')} intro={t('workday.people.intro')} fill>
      <div className="toolbar" role="group" aria-label={t('people.toolbar')}>
        <Textfield
          id={ids.search}
          className="toolbar-field toolbar-field--grow"
          label={t('people.quickSearch')}
          type="search"
          data-size="sm"
          value={quickFilter}
          onChange={(event) => setQuickFilter(event.target.value)}
        />
        <Field className="toolbar-field">
          <Label htmlFor={ids.cohort}>{t('people.cohort')}</Label>
          <Select id={ids.cohort} data-size="sm" value={cohortId} onChange={(event) => setCohortId(event.target.value)}>
            <Select.Option value="">{t('people.allCohorts')}</Select.Option>
            {cohorts.map((cohort) => (
              <Select.Option key={cohort.id} value={cohort.id}>
                {cohort.name}
              </Select.Option>
            ))}
          </Select>
        </Field>
        <DateField
          id={ids.asOf}
          className="toolbar-field"
          label={t('people.asOf')}
          data-size="sm"
          value={asOf}
          max={osloToday()}
          onChange={setAsOf}
        />
        <Button variant="secondary" data-size="sm" onClick={() => setImporting(true)}>
          {t('import.open')}
        </Button>
      </div>
      <div className="toolbar">
        <ColumnChooser api={api} />
        <SavedViews grid="participants" api={api} quickFilter={quickFilter} onQuickFilter={setQuickFilter} />
        <ExportViewButton
          api={api}
          grid="participants"
          title={t('nav.participants')}
          onExported={exportView.onExported}
          onError={exportView.onError}
        />
        <ImportedTodayFilter api={api} />
        <div className="toolbar__end">
          <span className="grid-caption muted" data-testid="row-count">
            {rows && shown !== null ? t('people.rowCount', { shown, total: rows.length }) : ''}
          </span>
          <span className="muted" role="status" data-testid="selection-count">
            {selected.length > 0 ? t('people.selected', { count: selected.length }) : ''}
          </span>
          <Button data-size="sm" disabled={selected.length === 0 || readOnly} onClick={() => setMoving(true)}>
            {t('people.move.open')}
          </Button>
        </div>
      </div>
      {readOnly && (
        <Alert data-color="info" data-testid="as-of-notice">
          <Paragraph data-size="sm">{t('people.asOfNotice', { date: isoToDisplay(asOf) })}</Paragraph>
        </Alert>
      )}
      <div role="status" className="status-line">
        {notice && (
          <Alert data-color={notice.kind === 'success' ? 'success' : 'warning'}>
            <Paragraph data-size="sm">{notice.text}</Paragraph>
          </Alert>
        )}
      </div>
      <ExportViewNotice exported={exportView.exported} />
      <ErrorAlert error={error} />
      <KobleGrid<PersonRow>
        label={t('people.gridLabel')}
        testId="participants-grid"
        compact
        rowData={rows}
        columnDefs={columnDefs}
        quickFilterText={quickFilter}
        multiSelect={!readOnly}
        context={context}
        onReady={setApi}
        onSelectionChanged={setSelected}
        onOpen={(row) => openPerson(row.id)}
        onCopied={(count) => setNotice(count > 0 ? { kind: 'success', text: t('people.copied', { count }) } : { kind: 'info', text: t('common.copyFailed') })}
        onCellValueChanged={(event) => void onCellValueChanged(event)}
        onModelUpdated={(event) => setShown(event.api.getDisplayedRowCount())}
      />
      {moving && (
        <BulkMoveDialog
          people={selected}
          onClose={() => setMoving(false)}
          onMoved={(moved, stage) => {
            setMoving(false);
            api?.deselectAll();
            setNotice({ kind: 'success', text: t('people.move.done', { count: moved, stage: t(`stages.${stage}`) }) });
            load();
          }}
        />
      )}
      {importing && (
        <ImportDialog
          initialKind="participants"
          onClose={(imported) => {
            setImporting(false);
            if (imported) load();
          }}
        />
      )}
      {personId && (
        <PersonPanel
          key={personId}
          personId={personId}
          onClose={() => openPerson(null)}
          onChanged={() => void load()}
        />
      )}
    </Page>
  );
}
