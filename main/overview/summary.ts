import { and, count, eq, gte, isNull } from 'drizzle-orm';
import { cohorts, events, matches, mentors, participants } from '../../db/schema/index.ts';
import { STAGES, type Stage } from '../../db/schema/stages.ts';
import type { KobleDb } from '../../db/vault/vault.ts';
import { osloDayStart } from '../../shared/oslo-day.ts';

export type OverviewSummary = {
  participants: number;
  participantsByStage: Record<Stage, number>;
  activeMentors: number;
  activeMatches: number;
  cohorts: number;
  upcomingEvents: number;
};

/** The figures on Oversikt. Erased people are not counted. */
/** `today` is the office's (Oslo) day; events count as upcoming from its first instant. */
export function overviewSummary(db: KobleDb, today: string): OverviewSummary {
  const byStage = Object.fromEntries(STAGES.map((stage) => [stage, 0])) as Record<Stage, number>;
  const rows = db
    .select({ stage: participants.stage, n: count() })
    .from(participants)
    .where(isNull(participants.erasedAt))
    .groupBy(participants.stage)
    .all();
  for (const row of rows) byStage[row.stage] = row.n;
  const one = (value: { n: number } | undefined) => value?.n ?? 0;
  return {
    participants: rows.reduce((sum, row) => sum + row.n, 0),
    participantsByStage: byStage,
    activeMentors: one(db.select({ n: count() }).from(mentors).where(and(eq(mentors.active, true), isNull(mentors.erasedAt))).get()),
    activeMatches: one(db.select({ n: count() }).from(matches).where(eq(matches.status, 'active')).get()),
    cohorts: one(db.select({ n: count() }).from(cohorts).get()),
    upcomingEvents: one(db.select({ n: count() }).from(events).where(gte(events.startsAt, osloDayStart(today))).get()),
  };
}
