import { Alert, Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Page } from '../frame/Page.tsx';
import { useCohorts } from '../people/use-reference.ts';
import { enterFullscreen, kioskStarted, leaveFullscreen } from '../kiosk/kiosk-mode.ts';
import { eventsCall, type EventSummary, type RosterEntry } from './api.ts';
import { EventForm } from './EventForm.tsx';
import { InviteDialog } from './InviteDialog.tsx';
import { KitExportDialog } from './KitExportDialog.tsx';
import { KitImportDialog } from './KitImportDialog.tsx';
import { Roster } from './Roster.tsx';
import { osloDateTime, osloTime } from './time.ts';

type Props = { eventId: string; onBack: () => void; onView: (view: 'sheet' | 'paper') => void };
type Open = 'edit' | 'invite' | 'remove' | { kit: 'export' | 'import'; path: string } | null;

/** One event: its facts and counts, the roster, and the ways in: kiosk, kit, sign-in sheet, paper entry. */
export function EventDetail({ eventId, onBack, onView }: Props) {
  const { t } = useTranslation();
  const cohorts = useCohorts();
  const [event, setEvent] = useState<EventSummary | null>(null);
  const [roster, setRoster] = useState<RosterEntry[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [open, setOpen] = useState<Open>(null);
  const [busy, setBusy] = useState(false);

  const load = useCallback(() => {
    eventsCall('events.get', { eventId }).then(setEvent, (caught: unknown) => setError(caught));
    eventsCall('events.roster', { eventId }).then(setRoster, (caught: unknown) => {
      setRoster([]);
      setError(caught);
    });
  }, [eventId]);

  useEffect(load, [load]);

  async function startKiosk() {
    setBusy(true);
    setError(null);
    enterFullscreen();
    try {
      const entered = await eventsCall('kiosk.enter', { eventId });
      kioskStarted('kiosk', entered);
    } catch (caught) {
      leaveFullscreen();
      setError(caught);
      setBusy(false);
    }
  }

  /** The save dialog (export) or the open dialog (import) first, then the passphrase. */
  async function chooseKit(kind: 'export' | 'import') {
    setError(null);
    try {
      const chosen = kind === 'export' ? await eventsCall('kit.chooseExportFile', { eventId }) : await eventsCall('kit.chooseFile', {});
      if (chosen) setOpen({ kit: kind, path: chosen.path });
    } catch (caught) {
      setError(caught);
    }
  }

  async function remove() {
    setBusy(true);
    setError(null);
    try {
      await eventsCall('events.remove', { eventId });
      onBack();
    } catch (caught) {
      setError(caught);
      setOpen(null);
      setBusy(false);
    }
  }

  const done = (text: string) => {
    setOpen(null);
    setNotice(text);
    load();
  };

  if (!event) {
    return (
      <Page title={error ? t('events.notFound') : t('app.loading')}>
        <ErrorAlert error={error} />
        <Button variant="tertiary" onClick={onBack}>
          {t('events.backToList')}
        </Button>
      </Page>
    );
  }

  const end = event.endsAt ? `–${osloTime(event.endsAt)}` : '';
  const cohortName = cohorts.find((cohort) => cohort.id === event.cohortId)?.name;
  const facts: [string, string][] = [
    [t('events.fields.kind'), t(`events.kinds.${event.kind}`)],
    [t('events.fields.when'), `${osloDateTime(event.startsAt)}${end}`],
    [t('events.fields.place'), event.place ?? '—'],
    [t('events.fields.capacity'), event.capacity != null ? String(event.capacity) : '—'],
    [t('events.fields.organiser'), event.organiser ?? '—'],
  ];
  if (cohortName) facts.push([t('events.fields.cohort'), cohortName]);

  return (
    <Page title={event.title}>
      <Button variant="tertiary" data-size="sm" className="events-back" onClick={onBack}>
        {t('events.backToList')}
      </Button>
      <div className="event-head">
        <dl className="event-facts">
          {facts.map(([label, value]) => (
            <div key={label}>
              <dt>{label}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
        <dl className="event-counts" data-testid="event-counts">
          <div>
            <dt>{t('events.counts.signedUp')}</dt>
            <dd>{event.counts.total - event.counts.cancelled - event.counts.waitlisted}</dd>
          </div>
          <div>
            <dt>{t('events.counts.attended')}</dt>
            <dd data-testid="attended-count">{event.counts.attended}</dd>
          </div>
          <div>
            <dt>{t('events.counts.noShow')}</dt>
            <dd>{event.counts.noShow}</dd>
          </div>
          <div>
            <dt>{t('events.counts.cancelled')}</dt>
            <dd>{event.counts.cancelled}</dd>
          </div>
          {event.counts.waitlisted > 0 && (
            <div>
              <dt>{t('events.counts.waitlisted')}</dt>
              <dd data-testid="waitlisted-count">{event.counts.waitlisted}</dd>
            </div>
          )}
        </dl>
      </div>
      {event.description && <Paragraph className="event-description">{event.description}</Paragraph>}
      <div className="button-row" role="group" aria-label={t('events.actions')}>
        <Button onClick={() => void startKiosk()} loading={busy} disabled={busy}>
          {t('events.startKiosk')}
        </Button>
        <Button variant="secondary" onClick={() => setOpen('invite')}>
          {t('events.invite.open')}
        </Button>
        <Button variant="secondary" onClick={() => onView('sheet')}>
          {t('events.sheet.open')}
        </Button>
        <Button variant="secondary" onClick={() => onView('paper')}>
          {t('events.paper.open')}
        </Button>
        <Button variant="secondary" onClick={() => void chooseKit('export')}>
          {t('events.kit.exportOpen')}
        </Button>
        <Button variant="secondary" onClick={() => void chooseKit('import')}>
          {t('events.kit.importOpen')}
        </Button>
        <Button variant="tertiary" onClick={() => setOpen('edit')}>
          {t('events.edit')}
        </Button>
        <Button variant="tertiary" data-color="danger" onClick={() => setOpen('remove')}>
          {t('events.remove.open')}
        </Button>
      </div>
      {open === 'remove' && (
        <Alert data-color="warning" className="confirm">
          <Paragraph>{t('events.remove.confirm', { title: event.title })}</Paragraph>
          <div className="button-row">
            <Button data-color="danger" onClick={() => void remove()} loading={busy} disabled={busy}>
              {t('events.remove.submit')}
            </Button>
            <Button variant="tertiary" onClick={() => setOpen(null)}>
              {t('common.cancel')}
            </Button>
          </div>
        </Alert>
      )}
      <div role="status" className="status-line" data-testid="event-notice">
        {notice && (
          <Alert data-color="success">
            <Paragraph data-size="sm">{notice}</Paragraph>
          </Alert>
        )}
      </div>
      <ErrorAlert error={error} />
      <Heading level={2} data-size="sm" className="section-heading">
        {t('events.roster.title', { count: roster?.length ?? 0 })}
      </Heading>
      <Roster eventId={eventId} roster={roster} onChanged={load} onNotice={setNotice} onError={setError} />
      {open === 'edit' && <EventForm event={event} onClose={() => setOpen(null)} onSaved={() => done(t('events.form.saved'))} />}
      {open === 'invite' && <InviteDialog event={event} onClose={() => setOpen(null)} onInvited={(text) => done(text)} />}
      {open !== null && typeof open === 'object' && open.kit === 'export' && <KitExportDialog event={event} path={open.path} onClose={() => setOpen(null)} />}
      {open !== null && typeof open === 'object' && open.kit === 'import' && (
        <KitImportDialog
          path={open.path}
          onClose={(changed) => {
            setOpen(null);
            if (changed) load();
          }}
        />
      )}
    </Page>
  );
}
