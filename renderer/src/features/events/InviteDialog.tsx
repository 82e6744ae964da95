import { Button, Checkbox, Dialog, Field, Fieldset, Heading, Label, Paragraph, Select, Tabs, Textfield } from '@digdir/designsystemet-react';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client.ts';
import { useApi } from '../../api/use-api.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { useDebounced } from '../../components/use-debounced.ts';
import { STAGES, type SearchHit } from '../../api/people.ts';
import { useCohorts } from '../people/use-reference.ts';
import { eventsCall, type EventSummary } from './api.ts';
import { CapacityWarning, type CapacityPlan } from './CapacityWarning.tsx';

type Props = { event: EventSummary; onClose: () => void; onInvited: (text: string) => void };
type Kind = 'participant' | 'mentor';
type InviteTarget = { people: { kind: Kind; id: string }[] } | { cohortId: string } | { filter: { stages?: string[]; kinds?: Kind[] } };

/** Inviter: people by hand (search), a whole cohort, a filter (stage, participant/mentor), or a guest. */
export function InviteDialog({ event, onClose, onInvited }: Props) {
  const { t } = useTranslation();
  const titleId = useId();
  const [tab, setTab] = useState('people');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const [overfill, setOverfill] = useState<{ target: InviteTarget; plan: CapacityPlan } | null>(null);

  /** Runs the work; a null answer means nothing was done yet (the capacity warning asks first). */
  async function run(work: () => Promise<string | null>) {
    setBusy(true);
    setError(null);
    try {
      const text = await work();
      if (text === null) setBusy(false);
      else onInvited(text);
    } catch (caught) {
      setError(caught);
      setBusy(false);
    }
  }

  const invited = (result: { added: number; waitlisted: number; alreadyOnRoster: number }) =>
    result.waitlisted > 0
      ? t('workday.capacity.done', { added: result.added, waitlisted: result.waitlisted, already: result.alreadyOnRoster })
      : t('events.invite.done', { count: result.added, already: result.alreadyOnRoster });

  /** Asks first (dryRun) and warns when the invitation would overfill the event. */
  const inviteChecked = (target: InviteTarget) =>
    void run(async () => {
      const preview = await eventsCall('events.invite', { eventId: event.id, ...target, dryRun: true });
      if (preview.capacity.over > 0) {
        setOverfill({ target, plan: preview.capacity });
        return null;
      }
      return invited(await eventsCall('events.invite', { eventId: event.id, ...target }));
    });
  const inviteNow = (target: InviteTarget, useWaitingList: boolean) => void run(async () => invited(await eventsCall('events.invite', { eventId: event.id, ...target, useWaitingList })));

  return (
    <Dialog open onClose={onClose} closeButton={t('common.close')} aria-labelledby={titleId} className="invite-dialog" data-testid="invite-dialog">
      <Dialog.Block>
        <Heading level={2} data-size="sm" id={titleId}>
          {t('events.invite.title', { title: event.title })}
        </Heading>
      </Dialog.Block>
      <Dialog.Block>
        <Tabs value={tab} onChange={setTab} data-size="sm">
          <Tabs.List>
            <Tabs.Tab value="people">{t('events.invite.tabs.people')}</Tabs.Tab>
            <Tabs.Tab value="cohort">{t('events.invite.tabs.cohort')}</Tabs.Tab>
            <Tabs.Tab value="filter">{t('events.invite.tabs.filter')}</Tabs.Tab>
            <Tabs.Tab value="guest">{t('events.invite.tabs.guest')}</Tabs.Tab>
          </Tabs.List>
          <Tabs.Panel value="people">
            <ByHand busy={busy} onSubmit={(people) => inviteChecked({ people })} />
          </Tabs.Panel>
          <Tabs.Panel value="cohort">
            <ByCohort initial={event.cohortId} busy={busy} onSubmit={(cohortId) => inviteChecked({ cohortId })} />
          </Tabs.Panel>
          <Tabs.Panel value="filter">
            <ByFilter busy={busy} onSubmit={(filter) => inviteChecked({ filter })} />
          </Tabs.Panel>
          <Tabs.Panel value="guest">
            <Guest
              busy={busy}
              onSubmit={(guest) =>
                void run(async () => {
                  const added = await eventsCall('events.addGuest', { eventId: event.id, ...guest });
                  return t('events.invite.guestDone', { name: `${added.firstName} ${added.lastName}` });
                })
              }
            />
          </Tabs.Panel>
        </Tabs>
        {overfill && (
          <CapacityWarning
            plan={overfill.plan}
            busy={busy}
            onWaitingList={() => inviteNow(overfill.target, true)}
            onEveryone={() => inviteNow(overfill.target, false)}
            onCancel={() => setOverfill(null)}
          />
        )}
        <ErrorAlert error={error} />
      </Dialog.Block>
    </Dialog>
  );
}

function ByHand({ busy, onSubmit }: { busy: boolean; onSubmit: (people: { kind: Kind; id: string }[]) => void }) {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const [hits, setHits] = useState<SearchHit[]>([]);
  const [chosen, setChosen] = useState<SearchHit[]>([]);

  const text = useDebounced(query.trim(), 80);
  useApi(() => (text === '' ? null : call('people.search', { query: text, limit: 12 })), [text], { onData: setHits, onError: () => setHits([]) });

  const isChosen = (hit: SearchHit) => chosen.some((c) => c.id === hit.id && c.kind === hit.kind);
  const shown = query.trim() === '' ? [] : hits;
  return (
    <form
      className="stack invite-tab"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        if (chosen.length > 0) onSubmit(chosen.map((hit) => ({ kind: hit.kind, id: hit.id })));
      }}
    >
      <Textfield label={t('events.invite.search')} description={t('events.invite.searchHelp')} type="search" autoComplete="off" value={query} onChange={(e) => setQuery(e.target.value)} />
      {shown.length > 0 && (
        <ul className="plain-list invite-hits" aria-label={t('events.invite.hits')}>
          {shown.map((hit) => (
            <li key={`${hit.kind}-${hit.id}`}>
              <span>
                {hit.name} <span className="muted">· {t(`kiosk.kinds.${hit.kind}`)}</span>
              </span>
              <Button
                variant="tertiary"
                data-size="sm"
                disabled={isChosen(hit)}
                aria-label={isChosen(hit) ? t('events.invite.addedNamed', { name: hit.name }) : t('events.invite.addNamed', { name: hit.name })}
                onClick={() => setChosen((list) => [...list, hit])}
              >
                {isChosen(hit) ? t('events.invite.added') : t('events.invite.add')}
              </Button>
            </li>
          ))}
        </ul>
      )}
      {chosen.length > 0 && (
        <div>
          <Paragraph data-size="sm">{t('events.invite.chosen', { count: chosen.length })}</Paragraph>
          <ul className="plain-list invite-hits" aria-label={t('events.invite.chosenLabel')} data-testid="invite-chosen">
            {chosen.map((hit) => (
              <li key={`${hit.kind}-${hit.id}`}>
                <span>{hit.name}</span>
                <Button variant="tertiary" data-size="sm" aria-label={t('events.invite.removeNamed', { name: hit.name })} onClick={() => setChosen((list) => list.filter((c) => c !== hit))}>
                  {t('events.invite.remove')}
                </Button>
              </li>
            ))}
          </ul>
        </div>
      )}
      <div className="button-row">
        <Button type="submit" loading={busy} disabled={busy || chosen.length === 0}>
          {t('events.invite.submitPeople', { count: chosen.length })}
        </Button>
      </div>
    </form>
  );
}

function ByCohort({ initial, busy, onSubmit }: { initial: string | null; busy: boolean; onSubmit: (cohortId: string) => void }) {
  const { t } = useTranslation();
  const id = useId();
  const cohorts = useCohorts();
  const [cohortId, setCohortId] = useState(initial ?? '');
  return (
    <form
      className="stack invite-tab"
      noValidate
      onSubmit={(e: FormEvent) => {
        e.preventDefault();
        if (cohortId) onSubmit(cohortId);
      }}
    >
      <Field>
        <Label htmlFor={id}>{t('events.invite.cohort')}</Label>
        <Select id={id} value={cohortId} onChange={(e) => setCohortId(e.target.value)}>
          <Select.Option value="">{t('events.invite.chooseCohort')}</Select.Option>
          {cohorts.map((cohort) => (
            <Select.Option key={cohort.id} value={cohort.id}>
              {cohort.name}
            </Select.Option>
          ))}
        </Select>
      </Field>
      <Paragraph data-size="sm" className="muted">
        {t('events.invite.cohortHelp')}
      </Paragraph>
      <div className="button-row">
        <Button type="submit" loading={busy} disabled={busy || cohortId === ''}>
          {t('events.invite.submitCohort')}
        </Button>
      </div>
    </form>
  );
}

function ByFilter({ busy, onSubmit }: { busy: boolean; onSubmit: (filter: { stages?: string[]; kinds?: Kind[] }) => void }) {
  const { t } = useTranslation();
  const [kinds, setKinds] = useState<Kind[]>(['participant']);
  const [stages, setStages] = useState<string[]>([]);
  const toggle = <T,>(list: T[], value: T) => (list.includes(value) ? list.filter((v) => v !== value) : [...list, value]);
  return (
    <form
      className="stack invite-tab"
      noValidate
      onSubmit={(e: FormEvent) => {
        e.preventDefault();
        if (kinds.length > 0) onSubmit({ kinds, ...(stages.length > 0 ? { stages } : {}) });
      }}
    >
      <Fieldset>
        <Fieldset.Legend>{t('events.invite.kinds')}</Fieldset.Legend>
        {(['participant', 'mentor'] as const).map((kind) => (
          <Checkbox key={kind} label={t(`kiosk.kinds.${kind}`)} checked={kinds.includes(kind)} onChange={() => setKinds((list) => toggle(list, kind))} />
        ))}
      </Fieldset>
      <Fieldset>
        <Fieldset.Legend>{t('events.invite.stages')}</Fieldset.Legend>
        <Fieldset.Description>{t('events.invite.stagesHelp')}</Fieldset.Description>
        <div className="invite-stages">
          {STAGES.map((stage) => (
            <Checkbox key={stage} label={t(`stages.${stage}`)} checked={stages.includes(stage)} onChange={() => setStages((list) => toggle(list, stage))} />
          ))}
        </div>
      </Fieldset>
      <div className="button-row">
        <Button type="submit" loading={busy} disabled={busy || kinds.length === 0}>
          {t('events.invite.submitFilter')}
        </Button>
      </div>
    </form>
  );
}

type GuestFields = { firstName: string; lastName: string; email?: string; phone?: string; organisationName?: string };

function Guest({ busy, onSubmit }: { busy: boolean; onSubmit: (guest: GuestFields) => void }) {
  const { t } = useTranslation();
  const [fields, setFields] = useState({ firstName: '', lastName: '', email: '', phone: '', organisationName: '' });
  const [submitted, setSubmitted] = useState(false);
  const set = (key: keyof typeof fields) => (value: string) => setFields((current) => ({ ...current, [key]: value }));
  const missing = (key: 'firstName' | 'lastName') => (submitted && fields[key].trim() === '' ? t('common.required') : undefined);
  return (
    <form
      className="stack invite-tab"
      noValidate
      onSubmit={(e: FormEvent) => {
        e.preventDefault();
        setSubmitted(true);
        if (fields.firstName.trim() === '' || fields.lastName.trim() === '') return;
        const optional = (value: string) => (value.trim() === '' ? undefined : value.trim());
        const guest: GuestFields = { firstName: fields.firstName.trim(), lastName: fields.lastName.trim() };
        for (const key of ['email', 'phone', 'organisationName'] as const) {
          const value = optional(fields[key]);
          if (value) guest[key] = value;
        }
        onSubmit(guest);
      }}
    >
      <div className="event-form__row">
        <Textfield label={t('kiosk.walkIn.firstName')} value={fields.firstName} onChange={(e) => set('firstName')(e.target.value)} error={missing('firstName')} />
        <Textfield label={t('kiosk.walkIn.lastName')} value={fields.lastName} onChange={(e) => set('lastName')(e.target.value)} error={missing('lastName')} />
      </div>
      <div className="event-form__row">
        <Textfield label={t('kiosk.walkIn.email')} type="email" value={fields.email} onChange={(e) => set('email')(e.target.value)} />
        <Textfield label={t('kiosk.walkIn.phone')} type="tel" value={fields.phone} onChange={(e) => set('phone')(e.target.value)} />
      </div>
      <Textfield label={t('events.invite.organisation')} value={fields.organisationName} onChange={(e) => set('organisationName')(e.target.value)} />
      <div className="button-row">
        <Button type="submit" loading={busy} disabled={busy}>
          {t('events.invite.submitGuest')}
        </Button>
      </div>
    </form>
  );
}
