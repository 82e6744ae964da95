import { Button, Field, Label, Select, Textfield } from '@digdir/designsystemet-react';
import type { CellValueChangedEvent, ColDef, GridApi } from 'ag-grid-community';
import type { TFunction } from 'i18next';
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { KobleGrid } from '../../components/grid/KobleGrid.tsx';
import { ATTENDANCE_STATUSES, eventsCall, type AttendanceStatus, type RosterEntry } from './api.ts';
import { osloDateTime } from './time.ts';

export type RosterRow = RosterEntry & { id: string };

const NAME_COLLATOR = new Intl.Collator('nb', { sensitivity: 'base' });

function columns(t: TFunction): ColDef<RosterRow>[] {
  return [
    {
      colId: 'name',
      headerName: t('events.roster.name'),
      valueGetter: (params) => (params.data ? `${params.data.lastName}, ${params.data.firstName}` : ''),
      comparator: (a: string, b: string) => NAME_COLLATOR.compare(a, b),
      pinned: 'left',
      width: 240,
    },
    {
      colId: 'personKind',
      field: 'personKind',
      headerName: t('events.roster.kind'),
      valueFormatter: (params) => t(`kiosk.kinds.${params.value as string}`),
      filterValueGetter: (params) => (params.data ? t(`kiosk.kinds.${params.data.personKind}`) : ''),
      getQuickFilterText: (params) => t(`kiosk.kinds.${params.value as string}`),
      width: 130,
    },
    { colId: 'hint', field: 'hint', headerName: t('events.roster.hint'), width: 200 },
    {
      colId: 'status',
      field: 'status',
      headerName: t('events.roster.status'),
      editable: true,
      cellEditor: 'agSelectCellEditor',
      cellEditorParams: { values: [...ATTENDANCE_STATUSES] },
      valueFormatter: (params) => t(`events.status.${params.value as string}`),
      filterValueGetter: (params) => (params.data ? t(`events.status.${params.data.status}`) : ''),
      getQuickFilterText: (params) => t(`events.status.${params.value as string}`),
      cellClass: 'cell--editable',
      width: 150,
    },
    { colId: 'checkedInAt', field: 'checkedInAt', headerName: t('events.roster.checkedInAt'), valueFormatter: (params) => osloDateTime(params.value as string | null), width: 170 },
    {
      colId: 'source',
      field: 'source',
      headerName: t('events.roster.source'),
      valueFormatter: (params) => t(`events.source.${params.value as string}`),
      filterValueGetter: (params) => (params.data ? t(`events.source.${params.data.source}`) : ''),
      width: 140,
    },
  ];
}

type Props = {
  eventId: string;
  roster: RosterEntry[] | null;
  onChanged: () => void;
  onNotice: (text: string) => void;
  onError: (error: unknown) => void;
};

/** The roster grid: status per person (edit the cell, or pick rows and set one status), and removal. */
export function Roster({ eventId, roster, onChanged, onNotice, onError }: Props) {
  const { t } = useTranslation();
  const ids = { search: useId(), status: useId() };
  const [quickFilter, setQuickFilter] = useState('');
  const [selected, setSelected] = useState<RosterRow[]>([]);
  const [status, setStatus] = useState<AttendanceStatus>('attended');
  const [api, setApi] = useState<GridApi<RosterRow> | null>(null);
  const [busy, setBusy] = useState(false);
  const rows = useMemo(() => roster?.map((entry) => ({ ...entry, id: entry.attendanceId })) ?? null, [roster]);
  const columnDefs = useMemo(() => columns(t), [t]);

  async function apply(targets: RosterRow[], next: AttendanceStatus) {
    setBusy(true);
    try {
      await eventsCall('events.setStatus', { eventId, attendanceIds: targets.map((row) => row.attendanceId), status: next });
      onNotice(t('events.roster.statusSet', { count: targets.length, status: t(`events.status.${next}`) }));
      api?.deselectAll();
      onChanged();
    } catch (caught) {
      onError(caught);
      onChanged();
    } finally {
      setBusy(false);
    }
  }

  async function removeSelected() {
    setBusy(true);
    try {
      for (const row of selected) await eventsCall('events.removeFromRoster', { eventId, attendanceId: row.attendanceId });
      onNotice(t('events.roster.removed', { count: selected.length }));
      api?.deselectAll();
    } catch (caught) {
      onError(caught);
    } finally {
      setBusy(false);
      onChanged();
    }
  }

  function onCellValueChanged(event: CellValueChangedEvent<RosterRow>) {
    if (!event.data || event.oldValue === event.newValue) return;
    void apply([event.data], event.newValue as AttendanceStatus);
  }

  return (
    <div className="stack">
      <div className="toolbar">
        <Textfield
          id={ids.search}
          className="toolbar-field toolbar-field--grow"
          label={t('events.roster.search')}
          type="search"
          data-size="sm"
          value={quickFilter}
          onChange={(event) => setQuickFilter(event.target.value)}
        />
        <Field className="toolbar-field">
          <Label htmlFor={ids.status}>{t('events.roster.setStatusLabel', { count: selected.length })}</Label>
          <Select id={ids.status} data-size="sm" value={status} onChange={(event) => setStatus(event.target.value as AttendanceStatus)}>
            {ATTENDANCE_STATUSES.map((value) => (
              <Select.Option key={value} value={value}>
                {t(`events.status.${value}`)}
              </Select.Option>
            ))}
          </Select>
        </Field>
        <Button data-size="sm" disabled={selected.length === 0 || busy} onClick={() => void apply(selected, status)}>
          {t('events.roster.setStatus')}
        </Button>
        <Button data-size="sm" variant="tertiary" data-color="danger" disabled={selected.length === 0 || busy} onClick={() => void removeSelected()}>
          {t('events.roster.remove')}
        </Button>
      </div>
      <KobleGrid<RosterRow>
        label={t('events.roster.gridLabel')}
        testId="roster-grid"
        rowData={rows}
        columnDefs={columnDefs}
        quickFilterText={quickFilter}
        multiSelect
        onReady={setApi}
        onSelectionChanged={setSelected}
        onCellValueChanged={onCellValueChanged}
      />
    </div>
  );
}
