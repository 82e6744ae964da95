import { Button, Textfield } from '@digdir/designsystemet-react';
import type { ColDef, ICellRendererParams } from 'ag-grid-community';
import type { TFunction } from 'i18next';
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/use-api.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { KobleGrid } from '../../components/grid/KobleGrid.tsx';
import { Page } from '../frame/Page.tsx';
import { eventsCall, type EventSummary } from './api.ts';
import { EventDetail } from './EventDetail.tsx';
import { EventForm } from './EventForm.tsx';
import { PaperEntry } from './PaperEntry.tsx';
import { useEventsRoute } from './route.ts';
import { SignInSheet } from './SignInSheet.tsx';
import { osloDateTime } from './time.ts';
import './events.css';

type Context = { open: (row: EventSummary) => void };

function TitleCell({ data, context }: ICellRendererParams<EventSummary, string, Context>) {
  if (!data) return null;
  return (
    <button type="button" className="grid-link" tabIndex={-1} onClick={() => context.open(data)}>
      {data.title}
    </button>
  );
}

function columns(t: TFunction): ColDef<EventSummary>[] {
  return [
    {
      colId: 'startsAt',
      field: 'startsAt',
      headerName: t('events.columns.date'),
      valueFormatter: (params) => osloDateTime(params.value as string),
      getQuickFilterText: (params) => osloDateTime(params.value as string),
      sort: 'desc',
      width: 160,
    },
    {
      colId: 'kind',
      field: 'kind',
      headerName: t('events.columns.kind'),
      valueFormatter: (params) => t(`events.kinds.${params.value as string}`),
      getQuickFilterText: (params) => t(`events.kinds.${params.value as string}`),
      filterValueGetter: (params) => (params.data ? t(`events.kinds.${params.data.kind}`) : ''),
      width: 160,
    },
    { colId: 'title', field: 'title', headerName: t('events.columns.title'), cellRenderer: TitleCell, flex: 1, minWidth: 220 },
    { colId: 'place', field: 'place', headerName: t('events.columns.place'), width: 180 },
    {
      colId: 'signedUp',
      headerName: t('events.columns.signedUp'),
      valueGetter: (params) => (params.data ? params.data.counts.total - params.data.counts.cancelled : 0),
      filter: 'agNumberColumnFilter',
      type: 'numericColumn',
      width: 120,
    },
    {
      colId: 'attended',
      headerName: t('events.columns.attended'),
      valueGetter: (params) => params.data?.counts.attended ?? 0,
      filter: 'agNumberColumnFilter',
      type: 'numericColumn',
      width: 110,
    },
    { colId: 'capacity', field: 'capacity', headerName: t('events.columns.capacity'), type: 'numericColumn', width: 120, hide: false },
  ];
}

/** Arrangementer: the list of events, or one event (its roster, kiosk, kit, sheet and paper entry). */
export function EventsPage() {
  const [route, go] = useEventsRoute();
  if (route.eventId === null) return <EventList onOpen={(eventId) => go({ eventId, view: 'detail' })} />;
  const back = () => go({ eventId: null });
  const toDetail = () => go({ eventId: route.eventId, view: 'detail' });
  if (route.view === 'sheet') return <SignInSheet key={`${route.eventId}-sheet`} eventId={route.eventId} onBack={toDetail} />;
  if (route.view === 'paper') return <PaperEntry key={`${route.eventId}-paper`} eventId={route.eventId} onBack={toDetail} />;
  return <EventDetail key={route.eventId} eventId={route.eventId} onBack={back} onView={(view) => go({ eventId: route.eventId, view })} />;
}

function EventList({ onOpen }: { onOpen: (eventId: string) => void }) {
  const { t } = useTranslation();
  const searchId = useId();
  const [rows, setRows] = useState<EventSummary[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [quickFilter, setQuickFilter] = useState('');
  const [creating, setCreating] = useState(false);

  useApi(() => eventsCall('events.list', {}), [], {
    onData: setRows,
    onError: (caught) => {
      setRows([]);
      setError(caught);
    },
  });

  const columnDefs = useMemo(() => columns(t), [t]);
  const context = useMemo<Context>(() => ({ open: (row) => onOpen(row.id) }), [onOpen]);

  return (
    <Page title={t('nav.events')} intro={t('events.intro')}>
      <div className="toolbar">
        <Textfield
          id={searchId}
          className="toolbar-field toolbar-field--grow"
          label={t('events.quickSearch')}
          type="search"
          data-size="sm"
          value={quickFilter}
          onChange={(event) => setQuickFilter(event.target.value)}
        />
        <div className="toolbar__end">
          <Button data-size="sm" onClick={() => setCreating(true)}>
            {t('events.create')}
          </Button>
        </div>
      </div>
      <ErrorAlert error={error} />
      <p className="grid-caption muted" data-testid="event-count">
        {rows ? t('events.count', { count: rows.length }) : ''}
      </p>
      <KobleGrid<EventSummary>
        label={t('events.gridLabel')}
        testId="events-grid"
        rowData={rows}
        columnDefs={columnDefs}
        quickFilterText={quickFilter}
        context={context}
        onOpen={(row) => onOpen(row.id)}
      />
      {creating && (
        <EventForm
          event={null}
          onClose={() => setCreating(false)}
          onSaved={(saved) => {
            setCreating(false);
            onOpen(saved.id);
          }}
        />
      )}
    </Page>
  );
}
