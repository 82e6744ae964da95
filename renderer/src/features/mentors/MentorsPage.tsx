import { Button, Textfield } from '@digdir/designsystemet-react';
import type { ColDef, GridApi } from 'ag-grid-community';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { ColumnChooser } from '../../components/grid/ColumnChooser.tsx';
import { ExportViewButton, ExportViewNotice, useExportView } from '../../components/grid/ExportViewButton.tsx';
import { KobleGrid } from '../../components/grid/KobleGrid.tsx';
import { SavedViews } from '../../components/grid/SavedViews.tsx';
import { Page } from '../frame/Page.tsx';
import { ImportDialog } from '../import/ImportDialog.tsx';
import { call } from '../../api/client.ts';
import { fullName, type MentorRow } from '../../api/people.ts';
import { useHashId } from '../people/person-route.ts';
import { useReference } from '../people/use-reference.ts';
import { MentorPanel } from './MentorPanel.tsx';

/** Mentorer: the mentors grid with capacity, active matches and availability. */
export function MentorsPage() {
  const { t } = useTranslation();
  const { lookups } = useReference();
  const [rows, setRows] = useState<MentorRow[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const exportView = useExportView(setError);
  const [quickFilter, setQuickFilter] = useState('');
  const [api, setApi] = useState<GridApi<MentorRow> | null>(null);
  const [importing, setImporting] = useState(false);
  const [mentorId, openMentor] = useHashId('mentors');
  const [reload, setReload] = useState(0);

  useEffect(() => {
    call('mentors.list', {}).then(
      (value) => setRows(value),
      (caught: unknown) => {
        setRows([]);
        setError(caught);
      },
    );
  }, [reload]);

  // A mentor opened from the search: select and show that row (and the panel opens over it).
  useEffect(() => {
    if (!api || !mentorId || !rows) return;
    const node = api.getRowNode(mentorId);
    if (!node) return;
    api.deselectAll();
    node.setSelected(true);
    api.ensureNodeVisible(node, 'middle');
    api.setFocusedCell(node.rowIndex ?? 0, 'name');
  }, [api, mentorId, rows]);

  useEffect(() => {
    if (api && !api.isDestroyed()) api.refreshCells({ columns: ['field'], force: true });
  }, [api, lookups]);

  const columnDefs = useMemo<ColDef<MentorRow>[]>(
    () => [
      { colId: 'name', headerName: t('mentors.columns.name'), valueGetter: (params) => (params.data ? fullName(params.data) : ''), pinned: 'left', lockVisible: true, width: 210, sort: 'asc' },
      { colId: 'capacity', field: 'capacity', headerName: t('mentors.columns.capacity'), filter: 'agNumberColumnFilter', type: 'numericColumn', width: 115 },
      { colId: 'activeMatches', field: 'activeMatches', headerName: t('mentors.columns.activeMatches'), filter: 'agNumberColumnFilter', type: 'numericColumn', width: 150 },
      {
        colId: 'free',
        headerName: t('mentors.columns.free'),
        valueGetter: (params) => (params.data ? Math.max(0, params.data.capacity - params.data.activeMatches) : null),
        filter: 'agNumberColumnFilter',
        type: 'numericColumn',
        width: 120,
      },
      { colId: 'availability', field: 'availability', headerName: t('mentors.columns.availability'), width: 200 },
      { colId: 'employerName', field: 'employerName', headerName: t('mentors.columns.employer'), width: 200 },
      { colId: 'jobTitle', field: 'jobTitle', headerName: t('mentors.columns.jobTitle'), width: 180 },
      { colId: 'field', headerName: t('mentors.columns.field'), valueGetter: (params) => lookups.fieldName(params.data?.field ?? null), width: 220 },
      {
        colId: 'active',
        field: 'active',
        headerName: t('mentors.columns.active'),
        valueFormatter: (params) => (params.value ? t('mentors.yes') : t('mentors.no')),
        width: 110,
      },
      { colId: 'email', field: 'email', headerName: t('people.columns.email'), hide: true, width: 220 },
      { colId: 'phone', field: 'phone', headerName: t('people.columns.phone'), hide: true, width: 140 },
    ],
    [t, lookups],
  );

  return (
    <Page title={t('nav.mentors')} intro={t('mentors.intro')}>
      <div className="toolbar">
        <Textfield
          className="toolbar-field toolbar-field--grow"
          label={t('mentors.quickSearch')}
          type="search"
          data-size="sm"
          value={quickFilter}
          onChange={(event) => setQuickFilter(event.target.value)}
        />
        <ColumnChooser api={api} />
        <SavedViews grid="mentors" api={api} quickFilter={quickFilter} onQuickFilter={setQuickFilter} />
        <ExportViewButton
          api={api}
          grid="mentors"
          title={t('nav.mentors')}
          onExported={exportView.onExported}
          onError={exportView.onError}
        />
        <Button variant="secondary" data-size="sm" onClick={() => setImporting(true)}>
          {t('import.open')}
        </Button>
      </div>
      <ExportViewNotice exported={exportView.exported} />
      <ErrorAlert error={error} />
      <KobleGrid<MentorRow> label={t('mentors.gridLabel')} testId="mentors-grid" rowData={rows} columnDefs={columnDefs} quickFilterText={quickFilter} multiSelect onReady={setApi} onOpen={(row) => openMentor(row.id)} />
      {mentorId && <MentorPanel key={mentorId} mentorId={mentorId} onClose={() => openMentor(null)} />}
      {importing && (
        <ImportDialog
          initialKind="mentors"
          onClose={(imported) => {
            setImporting(false);
            if (imported) setReload((n) => n + 1);
          }}
        />
      )}
    </Page>
  );
}
