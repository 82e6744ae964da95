import { EMPLOYED_OUTCOMES, EVENT_KINDS, HOUR_ACTIVITIES, OUTCOME_CATEGORIES, OUTCOME_TIMEPOINTS, PROGRESSION_SCALES } from '../../../db/schema/index.ts';
import type { EventKind, HourActivity, OutcomeCategory, OutcomeTimepoint, ProgressionScale, Stage } from '../../../db/schema/index.ts';
import { periodActivity } from './activity.ts';
import { breakdownsOf, labelsOf, type Breakdown, type ParticipantLabels } from './breakdowns.ts';
import { inPeriod } from './dates.ts';
import { ACTIVITY_LABELS, EVENT_KIND_LABELS, OUTCOME_LABELS, PERSON_KIND_LABELS, SCALE_LABELS, type KeyFigureKey } from './definitions.ts';
import { pseudonym } from './pseudonym.ts';
import type { HoursPersonKind, ReportData, ReportOutcome } from './types.ts';

export type EventKindRow = { kind: EventKind; label: string; events: number; attended: number; participants: number; otherParticipants: number; mentors: number; guests: number; walkIns: number };
export type OutcomeRow = { category: OutcomeCategory; label: string; latest: number } & Record<OutcomeTimepoint, number>;
export type ProgressionRow = { scale: ProgressionScale; label: string; n: number; startAverage: number | null; endAverage: number | null; change: number | null; improved: number };
export type HoursGroupRow = { key: string; label: string; hours: number; value: number };

export type ParticipantRow = ParticipantLabels & {
  id: string;
  /** The codes behind country and municipality (for coarser values: world region, county). */
  countryCode: string | null;
  municipalityNumber: string | null;
  registeredOn: string;
  active: boolean;
  isNew: boolean;
  completed: boolean;
  droppedOut: boolean;
  stageAtEnd: Stage | null;
  latestOutcome: OutcomeCategory | null;
  gotJob: boolean;
};

/** The numbers the screen shows before a file is written (reports.funderPreview) and the job returns. */
export type FunderTotals = {
  participantsActive: number;
  participantsNew: number;
  participantsCompleted: number;
  gotJob: number;
  events: number;
  attendance: number;
  hours: number;
  hoursValue: number;
};

export type FunderCounts = {
  keyFigures: Record<KeyFigureKey, number>;
  breakdowns: Breakdown[];
  eventsByKind: EventKindRow[];
  outcomes: { rows: OutcomeRow[]; totals: { latest: number } & Record<OutcomeTimepoint, number> };
  progression: { rows: ProgressionRow[]; forms: Record<'start' | 'mid' | 'end', number> };
  hoursByActivity: HoursGroupRow[];
  hoursByPersonKind: HoursGroupRow[];
  /** Participants the report counts, not erased, one row each with a pseudonymous id. */
  participantRows: ParticipantRow[];
  /** Erased people among those counted (they are in the numbers, never in the list). */
  erasedCounted: number;
};

const EMPLOYED = new Set<OutcomeCategory>(EMPLOYED_OUTCOMES);
const TIMEPOINT_ORDER: Record<OutcomeTimepoint, number> = { exit: 0, '3m': 1, '6m': 2 };
const round2 = (x: number) => Math.round(x * 100) / 100;

/** Each participant's latest outcome dated in the period (by date, then exit < 3m < 6m). */
export function latestOutcomes(outcomes: readonly ReportOutcome[], period: ReportData['period']): Map<string, ReportOutcome> {
  const latest = new Map<string, ReportOutcome>();
  for (const o of outcomes) {
    if (!inPeriod(o.outcomeOn, period)) continue;
    const current = latest.get(o.participantId);
    if (!current || o.outcomeOn > current.outcomeOn || (o.outcomeOn === current.outcomeOn && TIMEPOINT_ORDER[o.timepoint] > TIMEPOINT_ORDER[current.timepoint])) {
      latest.set(o.participantId, o);
    }
  }
  return latest;
}

function progressionOf(data: ReportData): FunderCounts['progression'] {
  const { period } = data;
  const start = new Map<string, ReportData['forms'][number]>();
  const end = new Map<string, ReportData['forms'][number]>();
  const forms = { start: 0, mid: 0, end: 0 };
  for (const f of data.forms) {
    if (inPeriod(f.filledOn, period)) forms[f.timepoint]++;
    if (f.timepoint === 'start') start.set(f.participantId, f);
    if (f.timepoint === 'end' && inPeriod(f.filledOn, period)) end.set(f.participantId, f);
  }
  const rows = PROGRESSION_SCALES.map((scale): ProgressionRow => {
    let n = 0;
    let sumStart = 0;
    let sumEnd = 0;
    let improved = 0;
    for (const [id, e] of end) {
      const a = start.get(id)?.scores[scale] ?? null;
      const b = e.scores[scale];
      if (a === null || b === null) continue;
      n++;
      sumStart += a;
      sumEnd += b;
      if (b > a) improved++;
    }
    const startAverage = n ? round2(sumStart / n) : null;
    const endAverage = n ? round2(sumEnd / n) : null;
    return { scale, label: SCALE_LABELS[scale], n, startAverage, endAverage, change: n ? round2(endAverage! - startAverage!) : null, improved };
  });
  return { rows, forms };
}

function hoursGroups(data: ReportData): { byActivity: HoursGroupRow[]; byPersonKind: HoursGroupRow[]; hours: number; value: number } {
  const byActivity = new Map<HourActivity, { hours: number; value: number }>(HOUR_ACTIVITIES.map((a) => [a, { hours: 0, value: 0 }]));
  const kinds: HoursPersonKind[] = ['staff', 'mentor', 'volunteer', 'none'];
  const byKind = new Map<HoursPersonKind, { hours: number; value: number }>(kinds.map((k) => [k, { hours: 0, value: 0 }]));
  let hours = 0;
  let value = 0;
  for (const h of data.hours) {
    const v = h.hours * (h.hourlyValue ?? 0);
    hours += h.hours;
    value += v;
    const a = byActivity.get(h.activity)!;
    a.hours += h.hours;
    a.value += v;
    const k = byKind.get(h.personKind)!;
    k.hours += h.hours;
    k.value += v;
  }
  return {
    byActivity: [...byActivity].map(([key, s]) => ({ key, label: ACTIVITY_LABELS[key], hours: round2(s.hours), value: round2(s.value) })),
    byPersonKind: [...byKind].filter(([k, s]) => k !== 'none' || s.hours > 0).map(([key, s]) => ({ key, label: PERSON_KIND_LABELS[key], hours: round2(s.hours), value: round2(s.value) })),
    hours: round2(hours),
    value: round2(value),
  };
}

/**
 * Every count of the funder report from the loaded data (definitions.ts says what each means).
 * Pure: the same data and period give the same numbers. `foldSmall` merges country and
 * municipality groups under 3 into "Andre" (used when small counts are hidden). `pseudonymKey`
 * keys the Deltakere ids: the grant's id by default (the same ids in every report to the grant);
 * a report's own random key gives ids that no other report shares.
 */
export function countReport(data: ReportData, options: { foldSmall?: boolean; pseudonymKey?: string } = {}): FunderCounts {
  const { period } = data;
  const activity = periodActivity(data.stageChanges, period);
  const latest = latestOutcomes(data.outcomes, period);
  const cohortNames = new Map(data.cohortNames);
  const endForms = new Set(data.forms.filter((f) => f.timepoint === 'end' && inPeriod(f.filledOn, period)).map((f) => f.participantId));

  const labels = new Map<string, ParticipantLabels>();
  const activeLabels: ParticipantLabels[] = [];
  const participantRows: ParticipantRow[] = [];
  const k = Object.fromEntries(Object.keys(emptyKeyFigures()).map((key) => [key, 0])) as Record<KeyFigureKey, number>;
  let erasedCounted = 0;
  for (const p of data.participants) {
    const a = activity.get(p.id);
    const l = labelsOf(p, period.to, cohortNames, data.fieldMap);
    labels.set(p.id, l);
    const isNew = inPeriod(p.registeredOn, period);
    const outcome = latest.get(p.id) ?? null;
    if (a?.active) {
      k.participantsActive++;
      activeLabels.push(l);
    }
    if (isNew) k.participantsNew++;
    if (a?.inMentoringOrPlacement) k.participantsInMentoringOrPlacement++;
    if (a?.completed) k.participantsCompleted++;
    if (a?.droppedOut) k.participantsDroppedOut++;
    const counted = !!(a?.active || a?.completed || a?.droppedOut || isNew || outcome || endForms.has(p.id));
    if (!counted) continue;
    if (p.erased) {
      erasedCounted++;
      continue;
    }
    participantRows.push({
      ...l,
      id: pseudonym('D', options.pseudonymKey ?? data.grant.id, p.id),
      countryCode: p.countryOfBackground,
      municipalityNumber: p.municipalityNumber,
      registeredOn: p.registeredOn,
      active: !!a?.active,
      isNew,
      completed: !!a?.completed,
      droppedOut: !!a?.droppedOut,
      stageAtEnd: a?.stageAtEnd ?? null,
      latestOutcome: outcome?.category ?? null,
      gotJob: outcome !== null && EMPLOYED.has(outcome.category),
    });
  }
  participantRows.sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));

  // Matches and mentors.
  const runningMentors = new Set<string>();
  for (const m of data.matches) {
    const start = m.startedOn ?? m.confirmedOn;
    if (!start) continue;
    if (inPeriod(start, period)) k.matchesStarted++;
    if (start <= period.to && (m.endedOn === null || m.endedOn >= period.from)) {
      k.matchesRunning++;
      runningMentors.add(m.mentorId);
    }
    if (m.status === 'completed' && inPeriod(m.endedOn, period)) k.matchesCompleted++;
    if (m.status === 'ended_early' && inPeriod(m.endedOn, period)) k.matchesEndedEarly++;
  }
  k.mentorsActive = runningMentors.size;
  k.mentorsNew = data.mentors.filter((m) => runningMentors.has(m.id) && inPeriod(m.registeredOn, period)).length;

  for (const pl of data.placements) {
    if (!pl.startsOn) continue;
    const end = pl.endedOn ?? (pl.status === 'active' ? null : pl.endsOn);
    if (inPeriod(pl.startsOn, period)) k.placementsStarted++;
    if (pl.startsOn <= period.to && (end === null || end >= period.from)) k.placementsRunning++;
    if (pl.status === 'completed' && inPeriod(end, period)) k.placementsCompleted++;
  }

  // Events.
  const eventsByKind: EventKindRow[] = EVENT_KINDS.map((kind) => ({ kind, label: EVENT_KIND_LABELS[kind], events: 0, attended: 0, participants: 0, otherParticipants: 0, mentors: 0, guests: 0, walkIns: 0 }));
  for (const e of data.events) {
    const row = eventsByKind.find((r) => r.kind === e.kind)!;
    const a = e.attendance;
    row.events++;
    row.participants += a.attendedParticipants;
    row.otherParticipants += a.attendedOtherParticipants;
    row.mentors += a.attendedMentors;
    row.guests += a.attendedGuests;
    row.attended += a.attendedParticipants + a.attendedOtherParticipants + a.attendedMentors + a.attendedGuests;
    row.walkIns += a.walkIns;
  }
  for (const r of eventsByKind) {
    k.events += r.events;
    k.attendance += r.attended;
    k.attendanceParticipants += r.participants;
    k.attendanceOtherParticipants += r.otherParticipants;
    k.attendanceMentors += r.mentors;
    k.attendanceGuests += r.guests;
    k.walkIns += r.walkIns;
  }
  k.uniqueParticipantsAtEvents = data.uniqueParticipantsAtEvents;

  // Outcomes.
  const inScope = new Set(data.participants.map((p) => p.id));
  const rows: OutcomeRow[] = OUTCOME_CATEGORIES.map((category) => ({ category, label: OUTCOME_LABELS[category], latest: 0, exit: 0, '3m': 0, '6m': 0 }));
  const byCategory = new Map(rows.map((r) => [r.category, r]));
  for (const o of data.outcomes) if (inScope.has(o.participantId) && inPeriod(o.outcomeOn, period)) byCategory.get(o.category)![o.timepoint]++;
  for (const o of latest.values()) byCategory.get(o.category)!.latest++;
  const totals = { latest: latest.size, exit: 0, '3m': 0, '6m': 0 };
  for (const r of rows) for (const t of OUTCOME_TIMEPOINTS) totals[t] += r[t];
  k.outcomesRecorded = latest.size;
  k.gotJob = rows.filter((r) => EMPLOYED.has(r.category)).reduce((s, r) => s + r.latest, 0);

  const h = hoursGroups(data);
  k.hours = h.hours;
  k.hoursValue = h.value;

  const cohortOrder = data.cohorts.map((c) => c.name);
  return {
    keyFigures: k,
    breakdowns: breakdownsOf(activeLabels, cohortOrder, options.foldSmall ?? false),
    eventsByKind,
    outcomes: { rows, totals },
    progression: progressionOf(data),
    hoursByActivity: h.byActivity,
    hoursByPersonKind: h.byPersonKind,
    participantRows,
    erasedCounted,
  };
}

function emptyKeyFigures(): Record<KeyFigureKey, 0> {
  return {
    participantsActive: 0, participantsNew: 0, participantsInMentoringOrPlacement: 0, participantsCompleted: 0, participantsDroppedOut: 0,
    mentorsActive: 0, mentorsNew: 0, matchesStarted: 0, matchesRunning: 0, matchesCompleted: 0, matchesEndedEarly: 0,
    placementsRunning: 0, placementsStarted: 0, placementsCompleted: 0, events: 0, attendance: 0, attendanceParticipants: 0, attendanceOtherParticipants: 0,
    attendanceMentors: 0, attendanceGuests: 0, walkIns: 0, uniqueParticipantsAtEvents: 0, outcomesRecorded: 0, gotJob: 0, hours: 0, hoursValue: 0,
  };
}

export function totalsOf(counts: FunderCounts): FunderTotals {
  const k = counts.keyFigures;
  return {
    participantsActive: k.participantsActive,
    participantsNew: k.participantsNew,
    participantsCompleted: k.participantsCompleted,
    gotJob: k.gotJob,
    events: k.events,
    attendance: k.attendance,
    hours: k.hours,
    hoursValue: k.hoursValue,
  };
}
