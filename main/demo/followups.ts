import type { FollowUpKind, NewMatch } from '../../db/schema/index.ts';
import type { DemoContext } from './context.ts';
import { officeInstant } from './context.ts';
import { minDate } from './dates.ts';
import { addDays, daysBetween } from '../../shared/calendar-date.ts';
import type { DemoGrants } from './funding.ts';
import { FOLLOW_UP_NOTES } from './occupations.ts';
import type { Attendee } from './events.ts';

const KINDS: readonly (readonly [FollowUpKind, number])[] = [['call', 40], ['meeting', 25], ['email', 20], ['sms', 10], ['other', 5]];
const MINUTES: Record<FollowUpKind, readonly [number, number]> = { call: [5, 30], meeting: [30, 90], email: [5, 15], sms: [2, 5], other: [10, 30] };

function add(ctx: DemoContext, column: 'participantId' | 'mentorId', id: string, on: string): void {
  const kind = ctx.rng.weighted(KINDS);
  const [min, max] = MINUTES[kind];
  const createdAt = officeInstant(ctx, on);
  ctx.rows.followUps.push({
    id: ctx.ids.uuid(), participantId: column === 'participantId' ? id : null, mentorId: column === 'mentorId' ? id : null,
    contactedOn: on, kind, minutes: ctx.rng.int(min, max), staffId: ctx.staffId,
    note: ctx.rng.pick(FOLLOW_UP_NOTES), createdAt, updatedAt: createdAt,
  });
}

/** About one logged contact every three to four months while a participant is in the programme. */
export function addParticipantFollowUps(ctx: DemoContext, p: Attendee): void {
  const span = daysBetween(p.from, p.until);
  const count = Math.min(5, Math.max(1, Math.floor(span / 110) + ctx.rng.int(-1, 1)));
  const dates: string[] = [];
  for (let i = 0; i < count; i++) dates.push(addDays(p.from, ctx.rng.int(0, Math.max(0, span))));
  for (const on of dates.sort()) add(ctx, 'participantId', p.id, on);
}

/** Usually one logged contact with the mentor of each match that started. */
export function addMentorFollowUps(ctx: DemoContext, matches: readonly NewMatch[]): void {
  for (const match of matches) {
    if (!match.startedOn || match.startedOn > ctx.today) continue;
    const end = minDate(match.endedOn ?? ctx.today, ctx.today);
    const span = daysBetween(match.startedOn, end);
    if (span < 0) continue;
    for (let i = ctx.rng.weighted([[0, 25], [1, 60], [2, 15]] as const); i > 0; i--) add(ctx, 'mentorId', match.mentorId, addDays(match.startedOn, ctx.rng.int(0, span)));
  }
}

/** Weekly coordination and follow-up hours for the staff member, charged to the grant of the day. */
export function generateStaffHours(ctx: DemoContext, from: string, grants: DemoGrants): void {
  for (let on = from; on <= ctx.today; on = addDays(on, 7)) {
    for (const [activity, min, max] of [['coordination', 4, 7.5], ['follow_up', 2, 6], ['administration', 1, 3]] as const) {
      const createdAt = officeInstant(ctx, on);
      ctx.rows.hours.push({
        id: ctx.ids.uuid(), workedOn: on, staffId: ctx.staffId, mentorId: null, volunteerName: null,
        hours: ctx.rng.int(min * 2, max * 2) / 2, activity, grantId: grants.forDate(on), hourlyValue: ctx.hourly.staff(ctx.staffId), note: null, createdAt, updatedAt: createdAt,
      });
    }
  }
}
