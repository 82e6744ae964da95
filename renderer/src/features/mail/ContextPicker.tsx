import { Field, Label, Select } from '@digdir/designsystemet-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client.ts';
import { useApi } from '../../api/use-api.ts';
import { osloDateTime } from '../events/time.ts';
import type { SendRequest } from './use-send-run.ts';

export type SendKind = SendRequest['template'];
/** What a message is about: an event, a match or one person. */
export type Context = { eventId?: string; matchId?: string; personId?: string };

const EVENT_KINDS: readonly SendKind[] = ['event-invitation', 'event-reminder', 'free-message'];
const MATCH_KINDS: readonly SendKind[] = ['intro-meeting', 'match-confirmed'];

export function contextKind(kind: SendKind): 'event' | 'match' | 'person' {
  return EVENT_KINDS.includes(kind) ? 'event' : MATCH_KINDS.includes(kind) ? 'match' : 'person';
}

/** The send request for a kind and a chosen context (outcome requests ask about the exit). */
export function requestOf(kind: SendKind, context: Context): SendRequest | null {
  const on = contextKind(kind);
  if (on === 'event') return context.eventId ? { template: kind, eventId: context.eventId } : null;
  if (on === 'match') return context.matchId ? { template: kind, matchId: context.matchId } : null;
  if (!context.personId) return null;
  return kind === 'outcome-request' ? { template: kind, personIds: [context.personId], checkpoint: 'exit' } : { template: kind, personIds: [context.personId] };
}

/** Chooses the real event, koblingsmøte or participant a message is previewed (and sent) with. */
export function ContextPicker({ kind, value, onChange }: { kind: SendKind; value: Context; onChange: (next: Context) => void }) {
  const on = contextKind(kind);
  if (on === 'event') return <EventPicker value={value.eventId} onChange={(eventId) => onChange({ eventId })} />;
  if (on === 'match') return <MatchPicker value={value.matchId} onChange={(matchId) => onChange({ matchId })} />;
  return <PersonPicker value={value.personId} onChange={(personId) => onChange({ personId })} />;
}

type Option = { id: string; label: string };

function Picker({ label, options, value, onChange }: { label: string; options: Option[] | null; value: string | undefined; onChange: (id: string) => void }) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <Field>
      <Label htmlFor={id}>{label}</Label>
      <Select id={id} value={value ?? ''} onChange={(e) => onChange(e.target.value)} disabled={!options}>
        <Select.Option value="">{options ? t('mail.context.choose') : t('app.loading')}</Select.Option>
        {options?.map((o) => (
          <Select.Option key={o.id} value={o.id}>
            {o.label}
          </Select.Option>
        ))}
      </Select>
    </Field>
  );
}

function EventPicker({ value, onChange }: { value: string | undefined; onChange: (id: string) => void }) {
  const { t } = useTranslation();
  const { data } = useApi(() => call('events.list', {}), []);
  const now = new Date().toISOString();
  const options = data
    ? [...data]
        .filter((e) => e.startsAt >= now)
        .sort((a, b) => (a.startsAt < b.startsAt ? -1 : 1))
        .map((e) => ({ id: e.id, label: `${e.title} (${osloDateTime(e.startsAt)})` }))
    : null;
  return <Picker label={t('mail.context.event')} options={options} value={value} onChange={onChange} />;
}

function MatchPicker({ value, onChange }: { value: string | undefined; onChange: (id: string) => void }) {
  const { t } = useTranslation();
  const { data } = useApi(() => call('matching.list', {}), []);
  const options = data ? data.filter((m) => m.status === 'intro_meeting' || m.status === 'active').map((m) => ({ id: m.id, label: `${m.participantName} – ${m.mentorName}` })) : null;
  return <Picker label={t('mail.context.match')} options={options} value={value} onChange={onChange} />;
}

const MAX_PEOPLE = 500;

function PersonPicker({ value, onChange }: { value: string | undefined; onChange: (id: string) => void }) {
  const { t } = useTranslation();
  const { data } = useApi(() => call('people.list', {}), []);
  const options = data
    ? data
        .filter((p) => !p.erasedAt)
        .map((p) => ({ id: p.id, label: `${p.firstName} ${p.lastName}`.trim() }))
        .sort((a, b) => a.label.localeCompare(b.label, 'nb'))
        .slice(0, MAX_PEOPLE)
    : null;
  return <Picker label={t('mail.context.person')} options={options} value={value} onChange={onChange} />;
}
