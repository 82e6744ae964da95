import { Button, Dialog, Field, Heading, Label, Select, Textfield, ValidationMessage } from '@digdir/designsystemet-react';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/use-api.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { osloToday } from '../../../../shared/oslo-day.ts';
import { useCohorts } from '../people/use-reference.ts';
import { grantLabel } from '../reports/api.ts';
import { EVENT_KINDS, eventsCall, type EventFields, type EventKind, type EventSummary, type Grant } from './api.ts';
import { osloToIso, osloWall } from './time.ts';
import { DateField, TimeField } from '../../components/date-field/DateField.tsx';

type Props = { event: EventSummary | null; onClose: () => void; onSaved: (event: EventSummary) => void };

type Draft = {
  kind: EventKind | '';
  title: string;
  date: string;
  startTime: string;
  endTime: string;
  place: string;
  capacity: string;
  organiser: string;
  cohortId: string;
  grantId: string;
  description: string;
};

function draftOf(event: EventSummary | null): Draft {
  const start = event ? osloWall(event.startsAt) : null;
  const end = event?.endsAt ? osloWall(event.endsAt) : null;
  return {
    kind: event?.kind ?? '',
    title: event?.title ?? '',
    date: start?.date ?? osloToday(),
    startTime: start?.time ?? '18:00',
    endTime: end?.time ?? '',
    place: event?.place ?? '',
    capacity: event?.capacity != null ? String(event.capacity) : '',
    organiser: event?.organiser ?? '',
    cohortId: event?.cohortId ?? '',
    grantId: event?.grantId ?? '',
    description: event?.description ?? '',
  };
}

/** Grants to link, or null while grants.list is not there (the field is then hidden). */
function useGrants(): Grant[] | null {
  return useApi(() => eventsCall('grants.list', {}), []).data;
}

/** Nytt arrangement / Rediger: kind, title, date and time on the Oslo clock, place, capacity, organiser, cohort and grant. */
export function EventForm({ event, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const ids = { title: useId(), kind: useId(), cohort: useId(), grant: useId() };
  const cohorts = useCohorts();
  const grants = useGrants();
  const [draft, setDraft] = useState<Draft>(() => draftOf(event));
  const [submitted, setSubmitted] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const set = (key: keyof Draft) => (value: string) => setDraft((current) => ({ ...current, [key]: value }));

  const startsAt = osloToIso(draft.date, draft.startTime);
  const endsAt = draft.endTime ? osloToIso(draft.date, draft.endTime) : null;
  const capacity = draft.capacity.trim() === '' ? null : Number(draft.capacity);
  const problems = {
    kind: draft.kind === '' ? t('events.form.kindMissing') : undefined,
    title: draft.title.trim() === '' ? t('events.form.titleMissing') : undefined,
    start: startsAt === null ? t('events.form.startMissing') : undefined,
    end: draft.endTime !== '' && (endsAt === null || (startsAt !== null && endsAt <= startsAt)) ? t('events.form.endBeforeStart') : undefined,
    capacity: capacity !== null && (!Number.isInteger(capacity) || capacity < 1) ? t('events.form.capacityInvalid') : undefined,
  };
  const shown: Partial<typeof problems> = submitted ? problems : {};

  async function submit(formEvent: FormEvent) {
    formEvent.preventDefault();
    setSubmitted(true);
    if (Object.values(problems).some(Boolean) || draft.kind === '' || startsAt === null || busy) return;
    const text = (value: string) => (value.trim() === '' ? null : value.trim());
    const fields: EventFields = {
      kind: draft.kind,
      title: draft.title.trim(),
      startsAt,
      endsAt,
      place: text(draft.place),
      capacity,
      organiser: text(draft.organiser),
      cohortId: text(draft.cohortId),
      description: text(draft.description),
      ...(grants !== null ? { grantId: text(draft.grantId) } : {}),
    };
    setBusy(true);
    setError(null);
    try {
      const saved = event
        ? await eventsCall('events.update', { eventId: event.id, changes: fields })
        : await eventsCall('events.create', Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== null)) as EventFields);
      onSaved(saved);
    } catch (caught) {
      setError(caught);
      setBusy(false);
    }
  }

  return (
    <Dialog open onClose={onClose} closeButton={t('common.close')} aria-labelledby={ids.title} className="event-form" data-testid="event-form">
      <Dialog.Block>
        <Heading level={2} data-size="sm" id={ids.title}>
          {event ? t('events.form.editTitle') : t('events.form.createTitle')}
        </Heading>
      </Dialog.Block>
      <Dialog.Block>
        <form className="stack" onSubmit={(e) => void submit(e)} noValidate>
          <Field>
            <Label htmlFor={ids.kind}>{t('events.fields.kind')}</Label>
            <Select id={ids.kind} value={draft.kind} onChange={(e) => set('kind')(e.target.value)} aria-invalid={shown.kind ? true : undefined}>
              <Select.Option value="">{t('events.form.chooseKind')}</Select.Option>
              {EVENT_KINDS.map((kind) => (
                <Select.Option key={kind} value={kind}>
                  {t(`events.kinds.${kind}`)}
                </Select.Option>
              ))}
            </Select>
            {shown.kind && <ValidationMessage>{shown.kind}</ValidationMessage>}
          </Field>
          <Textfield label={t('events.fields.title')} value={draft.title} onChange={(e) => set('title')(e.target.value)} error={shown.title} />
          <div className="event-form__row">
            <DateField label={t('events.fields.date')} value={draft.date} onChange={set('date')} error={shown.start} />
            <TimeField label={t('events.fields.startTime')} value={draft.startTime} onChange={set('startTime')} />
            <TimeField label={t('events.fields.endTime')} value={draft.endTime} onChange={set('endTime')} error={shown.end} />
          </div>
          <p className="muted event-form__zone">{t('events.form.timeZone')}</p>
          <Textfield label={t('events.fields.place')} value={draft.place} onChange={(e) => set('place')(e.target.value)} />
          <div className="event-form__row">
            <Textfield label={t('events.fields.capacity')} type="number" min={1} inputMode="numeric" value={draft.capacity} onChange={(e) => set('capacity')(e.target.value)} error={shown.capacity} />
            <Textfield label={t('events.fields.organiser')} value={draft.organiser} onChange={(e) => set('organiser')(e.target.value)} />
          </div>
          <div className="event-form__row">
            <Field>
              <Label htmlFor={ids.cohort}>{t('events.fields.cohort')}</Label>
              <Select id={ids.cohort} value={draft.cohortId} onChange={(e) => set('cohortId')(e.target.value)}>
                <Select.Option value="">{t('events.form.none')}</Select.Option>
                {cohorts.map((cohort) => (
                  <Select.Option key={cohort.id} value={cohort.id}>
                    {cohort.name}
                  </Select.Option>
                ))}
              </Select>
            </Field>
            {grants !== null && (
              <Field>
                <Label htmlFor={ids.grant}>{t('events.fields.grant')}</Label>
                <Select id={ids.grant} value={draft.grantId} onChange={(e) => set('grantId')(e.target.value)}>
                  <Select.Option value="">{t('events.form.none')}</Select.Option>
                  {grants.map((grant) => (
                    <Select.Option key={grant.id} value={grant.id}>
                      {grantLabel(grant)}
                    </Select.Option>
                  ))}
                </Select>
              </Field>
            )}
          </div>
          <Textfield label={t('events.fields.description')} multiline rows={3} value={draft.description} onChange={(e) => set('description')(e.target.value)} />
          <ErrorAlert error={error} />
          <div className="button-row">
            <Button type="submit" loading={busy} disabled={busy}>
              {event ? t('common.save') : t('events.form.createSubmit')}
            </Button>
            <Button variant="tertiary" onClick={onClose}>
              {t('common.cancel')}
            </Button>
          </div>
        </form>
      </Dialog.Block>
    </Dialog>
  );
}
