import { Button, Checkbox, Fieldset, Popover } from '@digdir/designsystemet-react';
import type { Column, GridApi } from 'ag-grid-community';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

type Choice = { id: string; name: string; visible: boolean; sensitive: boolean };

function choicesOf<T>(api: GridApi<T>): Choice[] {
  return (api.getColumns() ?? [])
    .filter((column: Column) => column.getColDef().lockVisible !== true && column.getColId() !== 'ag-Grid-SelectionColumn')
    .map((column) => ({
      id: column.getColId(),
      name: api.getDisplayNameForColumn(column, null),
      visible: column.isVisible(),
      sensitive: (column.getColDef().context as { sensitive?: boolean } | undefined)?.sensitive === true,
    }));
}

/** "Kolonner": show or hide columns (community AG Grid has no columns tool panel). */
export function ColumnChooser<T>({ api }: { api: GridApi<T> | null }) {
  const { t } = useTranslation();
  const [choices, setChoices] = useState<Choice[]>([]);

  useEffect(() => {
    if (!api) return;
    const refresh = () => setChoices(choicesOf(api));
    refresh();
    api.addEventListener('columnVisible', refresh);
    api.addEventListener('newColumnsLoaded', refresh);
    return () => {
      if (api.isDestroyed()) return;
      api.removeEventListener('columnVisible', refresh);
      api.removeEventListener('newColumnsLoaded', refresh);
    };
  }, [api]);

  return (
    <Popover.TriggerContext>
      <Popover.Trigger variant="secondary" data-size="sm" disabled={!api}>
        {t('people.grid.columns')}
      </Popover.Trigger>
      <Popover placement="bottom-end" data-testid="column-chooser">
        {/* The layout sits inside: a display rule on the popover itself would defeat [popover]'s hiding. */}
        <div className="column-chooser">
          <Fieldset>
            <Fieldset.Legend>{t('people.grid.columnsLegend')}</Fieldset.Legend>
            {choices.map((choice) => (
              <Checkbox
                key={choice.id}
                label={choice.name}
                description={choice.sensitive ? `${t('person.sensitive')}: ${t('person.sensitiveHelp')}` : undefined}
                checked={choice.visible}
                onChange={(event) => api?.setColumnsVisible([choice.id], event.target.checked)}
              />
            ))}
          </Fieldset>
          <Button variant="tertiary" data-size="sm" onClick={() => api?.resetColumnState()}>
            {t('people.grid.resetColumns')}
          </Button>
        </div>
      </Popover>
    </Popover.TriggerContext>
  );
}
