import type { NewMatch, NewPlacement, OutcomeCategory, Stage } from '../../db/schema/index.ts';
import type { DemoContext } from './context.ts';
import { officeInstant } from './context.ts';
import { maxDate, minDate, nextWorkday, osloInstant } from './dates.ts';
import { addDays, addMonths } from '../../shared/calendar-date.ts';
import type { DemoGrants } from './funding.ts';
import { addMatchMeetings, addOutcome, addOutcomeRow, addProgressionForm } from './lifecycle.ts';
import type { MentorPool } from './mentor-pool.ts';
import { scoreMatch } from './mentor-pool.ts';
import type { DemoMentor } from './mentors.ts';
import { DROPOUT_REASONS, NOT_A_FIT_REASONS } from './occupations.ts';
import type { DemoParticipant } from './participants.ts';
import { StageRecorder } from './stage-recorder.ts';

export type JourneyDeps = {
  pool: MentorPool;
  grants: DemoGrants;
  /** Partner company names, for placements and employers. */
  employers: readonly { id: string; name: string }[];
};

/** The period a participant took part in (for events and follow-ups). */
export type JourneyResult = { until: string; activeFrom: string | null };

const NEXT_ACTION: Partial<Record<Stage, [string, number]>> = {
  registered: ['Kartleggingssamtale', 10],
  assessed: ['Finne mentor', 14],
  ready: ['Foreslå mentor', 7],
  intro_meeting: ['Koblingsmøte', 0],
  active: ['Midtveissamtale', 90],
  completed: ['Oppfølging etter 3 måneder', 90],
  waiting_list: ['Ta kontakt igjen', 60],
};

const GOALS = ['Bli kjent med bransjen', 'Få relevant jobb', 'Bedre CV og LinkedIn', 'Øve på jobbintervju', 'Bygge faglig nettverk', 'Forstå NOKUT-prosessen'];

/** Simulates one participant from registration to today, consistent with the pipeline's transitions. */
export function runJourney(ctx: DemoContext, p: DemoParticipant, deps: JourneyDeps): JourneyResult {
  const { rng, today } = ctx;
  const rec = new StageRecorder(ctx, p);
  let match: NewMatch | null = null;
  let mentor: DemoMentor | null = null;
  const done = (activeFrom: string | null = null, action: [string, string] | null = null): JourneyResult => {
    if (match && mentor) addMatchMeetings(ctx, match, mentor, deps.grants);
    const next = NEXT_ACTION[rec.stage];
    if (action) [p.row.nextAction, p.row.nextActionOn] = action;
    else if (next) [p.row.nextAction, p.row.nextActionOn] = [next[0], addDays(rec.date, next[1])];
    const finished = rec.stage === 'dropped_out' || rec.stage === 'completed' || rec.stage === 'followed_up';
    return { until: finished ? rec.date : today, activeFrom };
  };

  /** One early step (registered → assessed → ready) with the chance of a side exit. */
  const step = (next: Stage, gap: number, notBefore = ''): boolean => {
    if (rng.chance(0.03)) {
      const on = addDays(rec.date, rng.int(3, gap + 3));
      if (on <= today) rec.move('dropped_out', on, rng.pick(DROPOUT_REASONS));
      return false;
    }
    if (rng.chance(0.04)) {
      const on = addDays(rec.date, rng.int(3, gap + 3));
      if (on > today) return false;
      const back = rec.stage;
      rec.move('waiting_list', on, rng.pick(['Venter på ledig mentor', 'Tar norskkurs først', 'Permisjon']));
      const returns = addDays(on, rng.int(30, 150));
      if (returns > today) return false;
      if (rng.chance(0.25)) {
        rec.move('dropped_out', returns, rng.pick(DROPOUT_REASONS));
        return false;
      }
      rec.move(back, returns, 'Tilbake fra venteliste');
    }
    const on = maxDate(addDays(rec.date, gap), notBefore);
    if (on > today) return false;
    rec.move(next, on);
    return true;
  };

  if (!step('assessed', rng.int(5, 30))) return done();
  if (!step('ready', rng.int(7, 40), addDays(p.cohort.startsOn, -21))) return done();

  let activeFrom: string | null = null;
  const ends: { on: string; early: boolean }[] = [];

  if (p.track !== 'placement') {
    const tried = new Set<string>();
    for (let attempt = 0; attempt < 3 && activeFrom === null; attempt++) {
      const bookOn = maxDate(addDays(rec.date, rng.int(5, 30)), addDays(p.cohort.startsOn, -7));
      if (bookOn > today) {
        const proposedOn = addDays(rec.date, rng.int(2, 10));
        if (proposedOn <= today && rng.chance(0.35)) {
          const m = deps.pool.pick(ctx, p, proposedOn, true, tried);
          if (m) newMatch(ctx, p, m, { status: 'proposed', proposedOn });
        }
        return done();
      }
      const introOn = nextWorkday(addDays(bookOn, rng.int(5, 21)));
      const fit = rng.chance(0.87);
      const start = introOn;
      const early = rng.chance(0.1);
      const matchEnd = early ? addDays(start, rng.int(30, 150)) : addDays(addMonths(start, 6), rng.int(-7, 14));
      const openToday = introOn > today || (fit && matchEnd > today);
      const m = deps.pool.pick(ctx, p, bookOn, openToday, tried);
      if (!m) return done();
      tried.add(m.id);
      rec.move('intro_meeting', bookOn);
      const base = { proposedOn: addDays(bookOn, -rng.int(0, 4)), introMeetingAt: osloInstant(introOn, rng.int(9, 17)) };
      if (introOn > today) {
        newMatch(ctx, p, m, { ...base, status: 'intro_meeting' });
        return done();
      }
      if (!fit) {
        const reason = rng.pick(NOT_A_FIT_REASONS);
        newMatch(ctx, p, m, { ...base, status: 'not_a_fit', endedOn: introOn, endReason: reason });
        ctx.rows.matchExclusions.push({
          id: ctx.ids.uuid(), participantId: p.id, mentorId: m.id, kind: 'declined', reason, staffId: ctx.staffId, createdAt: officeInstant(ctx, introOn),
        });
        rec.move('ready', introOn, 'Ikke match etter koblingsmøte');
        continue;
      }
      const status = matchEnd > today ? 'active' : early ? 'ended_early' : 'completed';
      match = newMatch(ctx, p, m, {
        ...base, status, confirmedOn: introOn, startedOn: start, plannedEndOn: addMonths(start, 6),
        endedOn: status === 'active' ? null : matchEnd,
        endReason: status === 'ended_early' ? rng.pick(['Fikk jobb', 'Mentor flyttet', 'Manglende oppmøte', 'Deltaker flyttet']) : null,
        goals: rng.sample(GOALS, 2).join('. '),
      });
      mentor = m;
      rec.move('active', start);
      activeFrom = start;
      ends.push({ on: matchEnd, early });
    }
    if (activeFrom === null) return done();
  }

  if (p.track !== 'mentor') {
    const start = activeFrom === null ? maxDate(addDays(rec.date, rng.int(14, 60)), p.cohort.startsOn) : addDays(activeFrom, rng.int(0, 60));
    const early = rng.chance(0.08);
    const end = early ? addDays(start, rng.int(20, 80)) : addMonths(start, rng.int(3, 6));
    addPlacement(ctx, p, deps, start, end, early);
    if (activeFrom === null) {
      if (start > today) return done(null, ['Oppstart i praksis', start]);
      rec.move('active', start);
      activeFrom = start;
    }
    ends.push({ on: end, early });
  }
  if (activeFrom === null) return done();

  const formOn = addDays(activeFrom, rng.int(0, 14));
  if (rng.chance(0.9)) addProgressionForm(ctx, p, 'start', formOn > today ? activeFrom : formOn);
  const employers = deps.employers.map((e) => e.name);
  const earlyEnd = ends.find((e) => e.early && e.on <= today);
  if (earlyEnd && rng.chance(0.5)) {
    rec.move('dropped_out', earlyEnd.on, rng.pick(DROPOUT_REASONS));
    endRunning(ctx, p, match, earlyEnd.on);
    addOutcomeRow(ctx, p, 'exit', earlyEnd.on, 'dropped_out', employers);
    return done(activeFrom);
  }
  const end = ends.reduce((latest, e) => maxDate(latest, e.on), activeFrom);
  const mid = addMonths(activeFrom, 3);
  if (mid <= today && mid < end && rng.chance(0.8)) addProgressionForm(ctx, p, 'mid', mid);
  if (end > today) return done(activeFrom);

  rec.move('completed', end);
  if (rng.chance(0.85)) addProgressionForm(ctx, p, 'end', end);
  let outcome: OutcomeCategory = addOutcome(ctx, p, 'exit', end, null, employers);
  const threeMonths = addDays(end, rng.int(85, 110));
  if (threeMonths > today) return done(activeFrom);
  rec.move('followed_up', threeMonths);
  outcome = addOutcome(ctx, p, '3m', threeMonths, outcome, employers);
  const sixMonths = addDays(end, rng.int(175, 200));
  if (sixMonths <= today && rng.chance(0.9)) addOutcome(ctx, p, '6m', sixMonths, outcome, employers);
  return done(activeFrom);
}

function newMatch(ctx: DemoContext, p: DemoParticipant, m: DemoMentor, fields: Partial<NewMatch> & Pick<NewMatch, 'status' | 'proposedOn'>): NewMatch {
  const { score, breakdown } = scoreMatch(p, m);
  const createdAt = officeInstant(ctx, fields.proposedOn as string);
  const lastDate = [fields.endedOn, fields.startedOn, fields.proposedOn].find((d): d is string => !!d && d <= ctx.today) ?? (fields.proposedOn as string);
  const row: NewMatch = {
    id: ctx.ids.uuid(), participantId: p.id, mentorId: m.id, score, scoreBreakdown: breakdown,
    introMeetingAt: null, introMeetingPlace: fields.introMeetingAt ? ctx.rng.pick(['Kontoret', 'Hos bedriften', 'Kafé i sentrum', 'Digitalt']) : null,
    confirmedOn: null, startedOn: null, plannedEndOn: null, endedOn: null, endReason: null, goals: null,
    staffId: ctx.staffId, createdAt, updatedAt: lastDate === fields.proposedOn ? createdAt : officeInstant(ctx, lastDate),
    ...fields,
  };
  ctx.rows.matches.push(row);
  return row;
}

function addPlacement(ctx: DemoContext, p: DemoParticipant, deps: JourneyDeps, start: string, end: string, early: boolean): void {
  const { rng, today } = ctx;
  const company = rng.pick(deps.employers);
  const status = start > today ? 'planned' : end > today ? 'active' : early ? 'ended_early' : 'completed';
  const createdAt = officeInstant(ctx, minDate(addDays(start, -rng.int(7, 30)), today));
  const nav = rng.chance(0.7);
  const row: NewPlacement = {
    id: ctx.ids.uuid(), participantId: p.id, organisationId: company.id,
    supervisorName: `${ctx.faker.person.firstName()} ${ctx.faker.person.lastName()}`, supervisorEmail: null, supervisorPhone: null,
    jobTitle: p.row.desiredOccupation ?? null, startsOn: start, endsOn: end,
    endedOn: status === 'completed' || status === 'ended_early' ? end : null,
    navAgreement: nav, navOfficeId: nav ? (p.row.navOfficeId ?? null) : null, navAdvisor: nav ? (p.row.navAdvisor ?? null) : null,
    livelihood: nav ? rng.weighted([['introduction_benefit', 35], ['measures_benefit', 35], ['work_assessment_allowance', 10], ['social_assistance', 10], ['qualification_benefit', 10]] as const) : rng.pick(['salary', 'none'] as const),
    status, endReason: status === 'ended_early' ? rng.pick(['Fikk jobb annet sted', 'Avsluttet etter avtale', 'Sykdom']) : null,
    notes: null, staffId: ctx.staffId, createdAt, updatedAt: createdAt,
  };
  ctx.rows.placements.push(row);
}

/** A dropout ends whatever was still running on that day. */
function endRunning(ctx: DemoContext, p: DemoParticipant, match: NewMatch | null, on: string): void {
  if (match && (match.endedOn === null || (match.endedOn ?? '') > on)) {
    match.status = 'ended_early';
    match.endedOn = on;
    match.endReason = match.endReason ?? 'Deltaker avbrøt';
  }
  for (let i = ctx.rows.placements.length - 1; i >= 0 && i >= ctx.rows.placements.length - 2; i--) {
    const placement = ctx.rows.placements[i];
    if (!placement || placement.participantId !== p.id) continue;
    if ((placement.startsOn ?? '') > on) placement.status = 'cancelled';
    else if (placement.endedOn === null || (placement.endedOn ?? '') > on || placement.status === 'active') {
      placement.status = 'ended_early';
      placement.endedOn = on;
      placement.endReason = placement.endReason ?? 'Deltaker avbrøt';
    }
  }
}
