import { consents } from '../../../db/schema/index.ts';
import type { KobleDb } from '../../../db/vault/vault.ts';
import { addMentors, addParticipants, type Person } from '../../test/event-fixtures.ts';
import type { TestProgramme } from '../../test/programme.ts';

/** A contact-by-e-mail consent given on 2026-01-05 (before any test's today). */
export function consentToContact(db: KobleDb, ids: { participantId?: string; mentorId?: string }[]): void {
  for (const id of ids) {
    db.insert(consents).values({ participantId: id.participantId ?? null, mentorId: id.mentorId ?? null, purpose: 'contact_email', givenOn: '2026-01-05', method: 'digital' }).run();
  }
}

/**
 * `consenting` participants with e-mail and consent, one with e-mail but no consent, one without
 * e-mail, on the roster of an event three weeks ahead of now; the mail account points at `smtpPort`.
 */
export async function invitedRoster(t: TestProgramme, smtpPort: number, consenting = 3) {
  const people: Person[] = Array.from({ length: consenting }, (_, i) => ({ firstName: `Deltaker${i + 1}`, lastName: 'Hansen', email: `d${i + 1}@example.no` }));
  const ids = addParticipants(t.db(), [...people, { firstName: 'Uten', lastName: 'Samtykke', email: 'nei@example.no' }, { firstName: 'Uten', lastName: 'Epost' }]);
  const withConsent = ids.slice(0, consenting);
  const [noConsent, noEmail] = ids.slice(consenting);
  consentToContact(t.db(), [...withConsent, noEmail!].map((participantId) => ({ participantId })));
  const startsAt = new Date(Math.floor(Date.now() / 60_000) * 60_000 + 21 * 86_400_000).toISOString();
  const event = await t.call('events.create', { kind: 'nettverkstreff', title: 'Nettverkstreff høst', startsAt, place: 'Skien bibliotek' });
  await t.call('events.invite', { eventId: event.id, people: ids.map((id) => ({ kind: 'participant' as const, id })) });
  await t.call('mail.saveSettings', { host: '127.0.0.1', port: smtpPort, security: 'none', fromAddress: 'post@kia.example', fromName: 'KIA Skien', ratePerMinute: 600, signature: 'KIA Skien, tlf 35 00 00 00' });
  return { event, withConsent, noConsent: noConsent!, noEmail: noEmail!, emails: people.map((p) => p.email!) };
}

export { addMentors, addParticipants };
