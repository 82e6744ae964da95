import { createHash } from 'node:crypto';
import type { ConsentPurpose, NewConsent } from '../../db/schema/index.ts';
import type { DemoContext } from './context.ts';
import { officeInstant } from './context.ts';
import { minDate } from './dates.ts';
import { addDays, daysBetween } from '../../shared/calendar-date.ts';
import type { DemoMentor } from './mentors.ts';
import type { DemoParticipant } from './participants.ts';

function consent(ctx: DemoContext, who: Pick<NewConsent, 'participantId' | 'mentorId'>, purpose: ConsentPurpose, givenOn: string, method: NewConsent['method'], id: string = ctx.ids.uuid()): NewConsent {
  const createdAt = officeInstant(ctx, givenOn);
  return {
    id, participantId: who.participantId ?? null, mentorId: who.mentorId ?? null, guestId: null,
    purpose, lawfulBasis: 'consent', textVersion: `${givenOn.slice(0, 4)}-01`, method, givenOn, withdrawnOn: null,
    staffId: ctx.staffId, createdAt, updatedAt: createdAt,
  };
}

/**
 * Kontakt på e-post for about nine in ten people with an e-mail. Its row id and the choice come
 * from a hash of the person's id, not from the demo's random streams, so every other demo row
 * stays as it was.
 */
function addContactConsent(ctx: DemoContext, who: Pick<NewConsent, 'participantId' | 'mentorId'>, personId: string, email: string | null | undefined, givenOn: string): void {
  const digest = createHash('sha256').update(`contact_email:${personId}`).digest('hex');
  if (!email || Number.parseInt(digest.slice(0, 2), 16) < 26) return;
  const id = `${digest.slice(0, 8)}-${digest.slice(8, 12)}-4${digest.slice(13, 16)}-8${digest.slice(17, 20)}-${digest.slice(20, 32)}`;
  ctx.rows.consents.push(consent(ctx, who, 'contact_email', givenOn, 'digital', id));
}

/** Storage consent at registration; sharing with a mentor or partners by track; photos for some, a few withdrawn. */
export function addParticipantConsents(ctx: DemoContext, p: DemoParticipant): void {
  const { rng } = ctx;
  const method = rng.weighted([['paper', 50], ['digital', 45], ['verbal', 5]] as const);
  const who = { participantId: p.id, mentorId: null };
  const later = () => minDate(addDays(p.registeredOn, rng.int(0, 20)), ctx.today);
  ctx.rows.consents.push(consent(ctx, who, 'storage', p.registeredOn, method));
  addContactConsent(ctx, who, p.id, p.row.email, p.registeredOn);
  if (p.track !== 'placement') ctx.rows.consents.push(consent(ctx, who, 'share_with_mentor', later(), method));
  if (p.track !== 'mentor') ctx.rows.consents.push(consent(ctx, who, 'share_with_partners', later(), method));
  if (rng.chance(0.4)) {
    const photos = consent(ctx, who, 'photos', later(), method);
    const span = daysBetween(photos.givenOn, ctx.today);
    if (span > 30 && rng.chance(0.08)) photos.withdrawnOn = addDays(photos.givenOn, rng.int(1, span));
    ctx.rows.consents.push(photos);
  }
}

/** Mentors consent to storage when they sign up. */
export function addMentorConsents(ctx: DemoContext, mentors: readonly DemoMentor[]): void {
  for (const m of mentors) {
    ctx.rows.consents.push(consent(ctx, { participantId: null, mentorId: m.id }, 'storage', m.row.registeredOn as string, 'digital'));
    addContactConsent(ctx, { participantId: null, mentorId: m.id }, m.id, m.row.email, m.row.registeredOn as string);
  }
}
