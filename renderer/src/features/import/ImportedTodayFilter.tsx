import { Chip } from '@digdir/designsystemet-react';
import type { GridApi, IRowNode } from 'ag-grid-community';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client.ts';
import { useApi } from '../../api/use-api.ts';

/**
 * "Importert i dag (N)" in Deltakere's toolbar: a chip that shows only the participants today's
 * spreadsheet import(s) created (import.importedToday, by the Oslo day). It sets itself on the grid
 * as the external filter, and asks again whenever the grid's rows are replaced (after an import).
 * Hidden while nobody in the list was imported today.
 */
export function ImportedTodayFilter<T extends { id: string }>({ api }: { api: GridApi<T> | null }) {
  const { t } = useTranslation();
  // the ids today's imports made, asked again whenever the grid's rows are replaced
  const { data, reload } = useApi(() => (api ? call('import.importedToday', {}) : null), [api]);
  const ids = useMemo<ReadonlySet<string>>(() => new Set(data?.participantIds ?? []), [data]);
  // how many of them the grid holds now
  const count = api && !api.isDestroyed() ? [...ids].filter((id) => api.getRowNode(id) !== undefined).length : 0;
  const [active, setActive] = useState(false);

  useEffect(() => {
    if (!api) return;
    api.addEventListener('rowDataUpdated', reload);
    return () => {
      if (!api.isDestroyed()) api.removeEventListener('rowDataUpdated', reload);
    };
  }, [api, reload]);

  useEffect(() => {
    if (!api || api.isDestroyed()) return;
    api.setGridOption('isExternalFilterPresent', () => active);
    api.setGridOption('doesExternalFilterPass', (node: IRowNode<T>) => node.data !== undefined && ids.has(node.data.id));
    api.onFilterChanged();
  }, [api, ids, active]);

  if (count === 0 && !active) return null;
  return (
    <Chip.Checkbox data-size="sm" checked={active} onChange={(event) => setActive(event.target.checked)} title={t('importReview.importedTodayHelp')} data-testid="imported-today">
      {t('importReview.importedToday', { count })}
    </Chip.Checkbox>
  );
}
