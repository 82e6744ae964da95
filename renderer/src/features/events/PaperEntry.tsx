import { Alert, Button, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useId, useMemo, useState, type FormEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/use-api.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Page } from '../frame/Page.tsx';
import { eventsCall, personName, type EventSummary, type RosterEntry } from './api.ts';
import { paperChanges } from './paper.ts';
import { osloDateTime } from './time.ts';

/**
 * Registrer fra papirliste: the roster as a quick list of "Møtt" boxes. ↑/↓ move, Space ticks,
 * M ticks and moves on, N clears and moves on; names not on the list are added as guests.
 */
export function PaperEntry({ eventId, onBack }: { eventId: string; onBack: () => void }) {
  const { t } = useTranslation();
  const filterId = useId();
  const [event, setEvent] = useState<EventSummary | null>(null);
  const [roster, setRoster] = useState<RosterEntry[] | null>(null);
  const [ticked, setTicked] = useState<ReadonlySet<string>>(new Set());
  const [filter, setFilter] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [notice, setNotice] = useState<string | null>(null);

  const { reload } = useApi(() => Promise.all([eventsCall('events.get', { eventId }), eventsCall('events.roster', { eventId })]), [eventId], {
    onData: ([value, list]) => {
      setEvent(value);
      setRoster(list);
      setTicked(new Set(list.filter((entry) => entry.status === 'attended').map((entry) => entry.attendanceId)));
    },
    onError: setError,
  });

  const shown = useMemo(() => {
    const text = filter.trim().toLocaleLowerCase('nb');
    return (roster ?? []).filter((entry) => text === '' || `${entry.firstName} ${entry.lastName} ${entry.hint ?? ''}`.toLocaleLowerCase('nb').includes(text));
  }, [roster, filter]);
  const changes = useMemo(() => paperChanges(roster ?? [], ticked), [roster, ticked]);
  const changeCount = changes.attended.length + changes.noShow.length;

  const toggle = (id: string, on: boolean) =>
    setTicked((current) => {
      const next = new Set(current);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });

  function onKeyDown(keyEvent: KeyboardEvent<HTMLTableSectionElement>) {
    const boxes = Array.from(keyEvent.currentTarget.querySelectorAll<HTMLInputElement>('input[type="checkbox"]'));
    const index = boxes.indexOf(document.activeElement as HTMLInputElement);
    if (index < 0) return;
    const move = (step: number) => boxes[Math.max(0, Math.min(boxes.length - 1, index + step))]?.focus();
    const key = keyEvent.key.toLowerCase();
    if (key === 'arrowdown' || key === 'arrowup') {
      keyEvent.preventDefault();
      move(key === 'arrowdown' ? 1 : -1);
    } else if (key === 'm' || key === 'n') {
      keyEvent.preventDefault();
      const id = boxes[index]!.dataset.id;
      if (id) toggle(id, key === 'm');
      move(1);
    }
  }

  async function save() {
    setBusy(true);
    setError(null);
    try {
      if (changes.attended.length > 0) await eventsCall('events.setStatus', { eventId, attendanceIds: changes.attended, status: 'attended', source: 'paper' });
      if (changes.noShow.length > 0) await eventsCall('events.setStatus', { eventId, attendanceIds: changes.noShow, status: 'no_show', source: 'paper' });
      setNotice(t('events.paper.saved', { attended: changes.attended.length, noShow: changes.noShow.length }));
      reload();
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Page title={t('events.paper.title')} intro={event ? `${event.title} · ${osloDateTime(event.startsAt)}` : undefined}>
      <Paragraph data-size="sm">{t('events.paper.help')}</Paragraph>
      <div className="toolbar">
        <Textfield id={filterId} className="toolbar-field toolbar-field--grow" label={t('events.paper.filter')} type="search" data-size="sm" value={filter} onChange={(e) => setFilter(e.target.value)} />
        <div className="toolbar__end">
          <span className="muted" data-testid="paper-changes">
            {t('events.paper.changes', { count: changeCount })}
          </span>
          <Button data-size="sm" onClick={() => void save()} loading={busy} disabled={busy || changeCount === 0}>
            {t('events.paper.save')}
          </Button>
          <Button data-size="sm" variant="tertiary" onClick={onBack}>
            {t('events.backToEvent')}
          </Button>
        </div>
      </div>
      <div role="status" className="status-line">
        {notice && (
          <Alert data-color="success">
            <Paragraph data-size="sm">{notice}</Paragraph>
          </Alert>
        )}
      </div>
      <ErrorAlert error={error} />
      {roster && (
        <div className="table-scroll paper-entry">
          <table className="paper-entry__table" data-testid="paper-table">
            <caption className="sr-only">{t('events.paper.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('events.paper.attended')}</th>
                <th scope="col">{t('events.roster.name')}</th>
                <th scope="col">{t('events.roster.hint')}</th>
                <th scope="col">{t('events.roster.status')}</th>
              </tr>
            </thead>
            <tbody onKeyDown={onKeyDown}>
              {shown.map((entry) => (
                <tr key={entry.attendanceId} className={ticked.has(entry.attendanceId) ? 'paper-entry__row--on' : undefined}>
                  <td>
                    <input
                      type="checkbox"
                      className="ds-input paper-entry__box"
                      data-id={entry.attendanceId}
                      aria-label={t('events.paper.attendedNamed', { name: personName(entry) })}
                      checked={ticked.has(entry.attendanceId)}
                      onChange={(e) => toggle(entry.attendanceId, e.target.checked)}
                    />
                  </td>
                  <td>{`${entry.lastName}, ${entry.firstName}`}</td>
                  <td className="muted">{entry.hint ?? ''}</td>
                  <td>{t(`events.status.${entry.status}`)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <AddName
        eventId={eventId}
        onAdded={(name) => {
          setNotice(t('events.paper.added', { name }));
          reload();
        }}
        onError={setError}
      />
    </Page>
  );
}

/** A name on the paper sheet that is not on the roster: a guest from paper, marked as attended. */
function AddName({ eventId, onAdded, onError }: { eventId: string; onAdded: (name: string) => void; onError: (error: unknown) => void }) {
  const { t } = useTranslation();
  const [firstName, setFirstName] = useState('');
  const [lastName, setLastName] = useState('');
  const [submitted, setSubmitted] = useState(false);
  const [busy, setBusy] = useState(false);

  async function submit(formEvent: FormEvent) {
    formEvent.preventDefault();
    setSubmitted(true);
    if (firstName.trim() === '' || lastName.trim() === '' || busy) return;
    setBusy(true);
    try {
      const added = await eventsCall('events.addGuest', { eventId, firstName: firstName.trim(), lastName: lastName.trim(), source: 'paper' });
      await eventsCall('events.setStatus', { eventId, attendanceIds: [added.attendanceId], status: 'attended', source: 'paper' });
      setFirstName('');
      setLastName('');
      setSubmitted(false);
      onAdded(personName(added));
    } catch (caught) {
      onError(caught);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="paper-entry__add" aria-labelledby="paper-add-title">
      <Heading level={2} data-size="xs" id="paper-add-title">
        {t('events.paper.addTitle')}
      </Heading>
      <form className="toolbar" onSubmit={(e) => void submit(e)} noValidate>
        <Textfield className="toolbar-field" data-size="sm" label={t('kiosk.walkIn.firstName')} value={firstName} onChange={(e) => setFirstName(e.target.value)} error={submitted && firstName.trim() === '' ? t('common.required') : undefined} />
        <Textfield className="toolbar-field" data-size="sm" label={t('kiosk.walkIn.lastName')} value={lastName} onChange={(e) => setLastName(e.target.value)} error={submitted && lastName.trim() === '' ? t('common.required') : undefined} />
        <Button type="submit" data-size="sm" variant="secondary" loading={busy} disabled={busy}>
          {t('events.paper.add')}
        </Button>
      </form>
    </section>
  );
}
