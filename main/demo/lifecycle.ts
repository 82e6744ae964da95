import type { NewMatch, OutcomeCategory, OutcomeTimepoint, ProgressionTimepoint } from '../../db/schema/index.ts';
import type { DemoContext } from './context.ts';
import { officeInstant } from './context.ts';
import { minDate } from './dates.ts';
import { addDays, addMonths } from '../../shared/calendar-date.ts';
import type { DemoGrants } from './funding.ts';
import type { DemoMentor } from './mentors.ts';
import { MEETING_TOPICS } from './occupations.ts';
import type { DemoParticipant } from './participants.ts';

/** Meetings every four to six weeks from the start until the end (or today), with midpoint and end check-ins, and the mentor's logged hours. */
export function addMatchMeetings(ctx: DemoContext, match: NewMatch, mentor: DemoMentor, grants: DemoGrants): void {
  const start = match.startedOn;
  if (!start) return;
  const last = minDate(match.endedOn ?? ctx.today, ctx.today);
  const midpoint = addMonths(start, 3);
  let midpointDone = false;
  for (let on = addDays(start, ctx.rng.int(7, 20)); on <= last; on = addDays(on, ctx.rng.int(28, 45))) {
    const isMidpoint: boolean = !midpointDone && on >= midpoint;
    midpointDone ||= isMidpoint;
    addMeeting(ctx, match, mentor, grants, on, isMidpoint ? 'midpoint' : 'meeting');
  }
  if (match.status === 'completed' && match.endedOn && match.endedOn <= ctx.today) addMeeting(ctx, match, mentor, grants, match.endedOn, 'end');
}

function addMeeting(ctx: DemoContext, match: NewMatch, mentor: DemoMentor, grants: DemoGrants, on: string, kind: 'meeting' | 'midpoint' | 'end'): void {
  const minutes = ctx.rng.pick([45, 60, 60, 75, 90, 120]);
  const createdAt = officeInstant(ctx, on);
  ctx.rows.matchMeetings.push({
    id: ctx.ids.uuid(), matchId: match.id as string, metOn: on, minutes,
    topics: ctx.rng.sample(MEETING_TOPICS, ctx.rng.int(1, 3)).join(', '), kind,
    note: null, staffId: ctx.staffId, createdAt,
  });
  if (!ctx.rng.chance(0.45)) return; // not every mentor logs their hours
  ctx.rows.hours.push({
    id: ctx.ids.uuid(), workedOn: on, staffId: null, mentorId: mentor.id, volunteerName: null,
    hours: Math.round((minutes / 60) * 4) / 4, activity: 'mentoring', grantId: grants.forDate(on),
    hourlyValue: ctx.hourly.mentor(mentor.id), note: null, createdAt, updatedAt: createdAt,
  });
}

const EXIT_WEIGHTS: readonly (readonly [OutcomeCategory, number])[] = [
  ['fast_relevant', 20], ['fast_other', 12], ['temporary', 15], ['placement', 8], ['apprenticeship', 3],
  ['education', 12], ['job_seeking', 25], ['other', 3], ['unknown', 2],
];

/** The outcome at exit, then at 3 and 6 months: people looking for work often find it later. */
export function addOutcome(
  ctx: DemoContext, p: DemoParticipant, timepoint: OutcomeTimepoint, on: string, previous: OutcomeCategory | null, employers: readonly string[],
): OutcomeCategory {
  let category: OutcomeCategory;
  if (previous === null) category = ctx.rng.weighted(EXIT_WEIGHTS);
  else if (previous === 'dropped_out') category = ctx.rng.weighted([['unknown', 40], ['job_seeking', 30], ['fast_other', 15], ['education', 15]] as const);
  else if (['job_seeking', 'placement', 'temporary', 'unknown'].includes(previous) && ctx.rng.chance(0.35))
    category = ctx.rng.weighted([['fast_relevant', 40], ['fast_other', 35], ['temporary', 25]] as const);
  else category = previous;
  addOutcomeRow(ctx, p, timepoint, on, category, employers);
  return category;
}

export function addOutcomeRow(
  ctx: DemoContext, p: DemoParticipant, timepoint: OutcomeTimepoint, on: string, category: OutcomeCategory, employers: readonly string[],
): void {
  const employed = ['fast_relevant', 'fast_other', 'temporary', 'placement', 'apprenticeship'].includes(category);
  const createdAt = officeInstant(ctx, on);
  ctx.rows.outcomes.push({
    id: ctx.ids.uuid(), participantId: p.id, timepoint, category,
    employer: employed && employers.length > 0 ? ctx.rng.pick(employers) : null,
    organisationId: null, outcomeOn: on, note: null, staffId: ctx.staffId, createdAt, updatedAt: createdAt,
  });
}

/** Self-assessment that tends to improve from start to end. */
export function addProgressionForm(ctx: DemoContext, p: DemoParticipant, timepoint: ProgressionTimepoint, on: string): void {
  const lift = timepoint === 'start' ? 0 : timepoint === 'mid' ? 1 : 2;
  const scale = () => Math.max(1, Math.min(5, ctx.rng.int(1, 3) + ctx.rng.int(0, lift)));
  const createdAt = officeInstant(ctx, on);
  ctx.rows.progressionForms.push({
    id: ctx.ids.uuid(), participantId: p.id, timepoint, filledOn: on,
    norwegianAtWork: scale(), professionalNetwork: scale(), workingLifeKnowledge: scale(), jobSeeking: scale(), beliefInChances: scale(),
    comment: ctx.rng.chance(0.2) ? ctx.rng.pick(['Føler meg tryggere i intervju', 'Har fått flere kontakter', 'Trenger mer norsktrening']) : null,
    staffId: ctx.staffId, createdAt, updatedAt: createdAt,
  });
}
