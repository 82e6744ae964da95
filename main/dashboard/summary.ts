import { OUTCOME_CATEGORIES, type GrantDeadlineKind, type OutcomeCategory, type OutcomeTimepoint } from '../../db/schema/index.ts';
import type { KobleDb } from '../../db/vault/vault.ts';
import { dueOutcomes, type OutcomeDue } from '../outcomes/outcome-repository.ts';
import { prepared } from '../../db/sqlite-client.ts';
import { addDays, daysBetween } from '../../shared/calendar-date.ts';
import { loadHistories, staysOf } from '../outcomes/stage-histories.ts';
import { stageFigures, type StageCount, type StageTimes } from './counts.ts';

/** Report deadlines show on the dashboard from this many days before. */
export const DEADLINE_WINDOW_DAYS = 60;

export type CohortOutcomes = { cohortId: string | null; cohortName: string; participants: number; byCategory: Record<OutcomeCategory, number> };
export type IntroMeetingDue = { matchId: string; participantId: string; mentorId: string; participantName: string; mentorName: string; at: string | null; place: string | null };
export type DeadlineDue = { deadlineId: string; grantId: string; funderName: string; scheme: string | null; kind: GrantDeadlineKind; dueOn: string; daysLeft: number };

export type DashboardSummary = {
  asOf: string;
  funnel: StageCount[];
  daysInStage: StageTimes[];
  outcomesByCohort: CohortOutcomes[];
  introMeetingsDue: IntroMeetingDue[];
  followUpsDue: OutcomeDue[];
  deadlines: DeadlineDue[];
};

const LATEST_FIRST: Record<OutcomeTimepoint, number> = { '6m': 0, '3m': 1, exit: 2 };

/**
 * Each cohort's participants by their latest recorded outcome (6 months, else 3 months, else
 * exit). Erased people keep their anonymous outcome and are counted; no names are involved.
 */
function outcomesByCohort(db: KobleDb, asOf: string): CohortOutcomes[] {
  const rows = prepared(
    db,
    `select o.participant_id as participantId, o.timepoint as timepoint, o.category as category, p.cohort_id as cohortId, c.name as cohortName, c.starts_on as startsOn
       from outcomes o join participants p on p.id = o.participant_id left join cohorts c on c.id = p.cohort_id
      where o.outcome_on <= ?`,
  ).all(asOf) as { participantId: string; timepoint: OutcomeTimepoint; category: OutcomeCategory; cohortId: string | null; cohortName: string | null; startsOn: string | null }[];
  const latest = new Map<string, (typeof rows)[number]>();
  for (const row of rows) {
    const seen = latest.get(row.participantId);
    if (!seen || LATEST_FIRST[row.timepoint] < LATEST_FIRST[seen.timepoint]) latest.set(row.participantId, row);
  }
  const cohorts = new Map<string, CohortOutcomes & { startsOn: string }>();
  for (const row of latest.values()) {
    const key = row.cohortId ?? '';
    let entry = cohorts.get(key);
    if (!entry) {
      const byCategory = Object.fromEntries(OUTCOME_CATEGORIES.map((c) => [c, 0])) as Record<OutcomeCategory, number>;
      entry = { cohortId: row.cohortId, cohortName: row.cohortName ?? '', participants: 0, byCategory, startsOn: row.startsOn ?? '' };
      cohorts.set(key, entry);
    }
    entry.participants++;
    entry.byCategory[row.category]++;
  }
  // Oldest cohort first; people without a cohort last.
  return [...cohorts.values()]
    .sort((a, b) => (a.cohortId === null ? 1 : b.cohortId === null ? -1 : a.startsOn.localeCompare(b.startsOn) || a.cohortName.localeCompare(b.cohortName, 'nb')))
    .map(({ startsOn: _startsOn, ...rest }) => rest);
}

/** Booked koblingsmøter (matches in intro_meeting), soonest first, undated last. Erased people show no name. */
function introMeetingsDue(db: KobleDb): IntroMeetingDue[] {
  const rows = prepared(
    db,
    `select m.id as matchId, m.participant_id as participantId, m.mentor_id as mentorId, m.intro_meeting_at as at, m.intro_meeting_place as place,
       case when p.erased_at is null then trim(p.first_name || ' ' || p.last_name) else '' end as participantName,
       case when me.erased_at is null then trim(me.first_name || ' ' || me.last_name) else '' end as mentorName
       from matches m join participants p on p.id = m.participant_id join mentors me on me.id = m.mentor_id
      where m.status = 'intro_meeting'
      order by m.intro_meeting_at is null, m.intro_meeting_at, m.proposed_on limit 200`,
  ).all() as IntroMeetingDue[];
  return rows;
}

/** Open report deadlines due within 60 days of the date, or overdue; soonest first. */
function deadlinesDue(db: KobleDb, asOf: string): DeadlineDue[] {
  const rows = prepared(
    db,
    `select d.id as deadlineId, d.grant_id as grantId, g.funder_name as funderName, g.scheme as scheme, d.kind as kind, d.due_on as dueOn
       from grant_deadlines d join grants g on g.id = d.grant_id
      where d.done_on is null and d.due_on <= ? order by d.due_on, g.funder_name`,
  ).all(addDays(asOf, DEADLINE_WINDOW_DAYS)) as Omit<DeadlineDue, 'daysLeft'>[];
  return rows.map((r) => ({ ...r, daysLeft: daysBetween(asOf, r.dueOn) }));
}

/**
 * Oversikt as of a date: the pipeline funnel and time in each stage (from the dated stage history
 * of people not erased), outcomes by cohort, koblingsmøter booked, follow-ups due and report deadlines.
 */
export function dashboardSummary(db: KobleDb, asOf: string): DashboardSummary {
  const histories = loadHistories(db, asOf);
  const { funnel, daysInStage } = stageFigures(staysOf(histories), asOf);
  return {
    asOf,
    funnel,
    daysInStage,
    outcomesByCohort: outcomesByCohort(db, asOf),
    introMeetingsDue: introMeetingsDue(db),
    followUpsDue: dueOutcomes(db, asOf, 14, histories),
    deadlines: deadlinesDue(db, asOf),
  };
}
