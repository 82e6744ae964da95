import { and, asc, eq } from 'drizzle-orm';
import { z } from 'zod';
import { KobleError } from '../../db/errors.ts';
import { OUTCOME_CATEGORIES, OUTCOME_TIMEPOINTS, outcomes, type OutcomeCategory, type OutcomeTimepoint } from '../../db/schema/index.ts';
import type { KobleDb } from '../../db/vault/vault.ts';
import { recordAudit } from '../audit/audit-log.ts';
import { requireParticipant } from '../people/participant-repository.ts';
import { prepared } from '../../db/sqlite-client.ts';
import { entityId, isoDate, optionalText } from '../people/value-schemas.ts';
import { exitFromHistory, outcomesDue } from './due.ts';
import { exitHistoriesOf, loadHistories, type Histories } from './stage-histories.ts';

export const OUTCOME_ENTITY = 'outcomes';

export const outcomeRecordSchema = z.object({
  participantId: entityId,
  timepoint: z.enum(OUTCOME_TIMEPOINTS),
  category: z.enum(OUTCOME_CATEGORIES),
  employer: optionalText(200).optional(),
  outcomeOn: isoDate,
  note: optionalText(2000).optional(),
});
export type OutcomeRecord = z.output<typeof outcomeRecordSchema>;

export type OutcomeRow = { id: string; timepoint: OutcomeTimepoint; category: OutcomeCategory; employer: string | null; outcomeOn: string; note: string | null };

const ORDER: Record<OutcomeTimepoint, number> = { exit: 0, '3m': 1, '6m': 2 };

/** A participant's outcomes: exit, 3 months, 6 months. */
export function listOutcomes(db: KobleDb, participantId: string): OutcomeRow[] {
  requireParticipant(db, participantId);
  return db
    .select({ id: outcomes.id, timepoint: outcomes.timepoint, category: outcomes.category, employer: outcomes.employer, outcomeOn: outcomes.outcomeOn, note: outcomes.note })
    .from(outcomes)
    .where(eq(outcomes.participantId, participantId))
    .orderBy(asc(outcomes.outcomeOn))
    .all()
    .sort((a, b) => ORDER[a.timepoint] - ORDER[b.timepoint]);
}

/** One outcome per timepoint: records it, or replaces what was recorded for that timepoint. */
export function recordOutcome(db: KobleDb, input: OutcomeRecord, staffId: string | null): OutcomeRow {
  return db.transaction(() => {
    const person = requireParticipant(db, input.participantId);
    if (person.erasedAt) throw new KobleError('PRIVACY_ALREADY_ERASED', 'This person has been erased', { id: person.id });
    const values = { category: input.category, employer: input.employer ?? null, outcomeOn: input.outcomeOn, note: input.note ?? null, staffId };
    const existing = db.select({ id: outcomes.id }).from(outcomes).where(and(eq(outcomes.participantId, input.participantId), eq(outcomes.timepoint, input.timepoint))).get();
    let id: string;
    if (existing) {
      db.update(outcomes).set({ ...values, updatedAt: new Date().toISOString() }).where(eq(outcomes.id, existing.id)).run();
      id = existing.id;
    } else {
      id = db.insert(outcomes).values({ participantId: input.participantId, timepoint: input.timepoint, ...values }).returning({ id: outcomes.id }).all()[0]!.id;
    }
    recordAudit(db, {
      staffId,
      action: existing ? 'update' : 'create',
      entity: OUTCOME_ENTITY,
      entityId: id,
      details: { participantId: input.participantId, timepoint: input.timepoint },
    });
    return listOutcomes(db, input.participantId).find((o) => o.id === id)!;
  });
}

export function removeOutcome(db: KobleDb, outcomeId: string, staffId: string | null): null {
  return db.transaction(() => {
    const row = db.select({ participantId: outcomes.participantId, timepoint: outcomes.timepoint }).from(outcomes).where(eq(outcomes.id, outcomeId)).get();
    if (!row) throw new KobleError('API_NOT_FOUND', 'No such outcome', { id: outcomeId });
    db.delete(outcomes).where(eq(outcomes.id, outcomeId)).run();
    recordAudit(db, { staffId, action: 'delete', entity: OUTCOME_ENTITY, entityId: outcomeId, details: { participantId: row.participantId, timepoint: row.timepoint } });
    return null;
  });
}

export type OutcomeDue = { participantId: string; name: string; timepoint: OutcomeTimepoint; dueOn: string; overdue: boolean };

/**
 * Follow-ups due as of a date (default today): outcomes not yet recorded for people who have left
 * the programme (main/outcomes/due.ts), due within `withinDays` or overdue; earliest first.
 * Erased people are not followed up.
 */
export function dueOutcomes(db: KobleDb, asOf: string, withinDays = 14, loaded: Histories = loadHistories(db, asOf)): OutcomeDue[] {
  const histories = exitHistoriesOf(loaded);
  const recorded = new Map<string, Set<OutcomeTimepoint>>();
  for (const o of prepared(db, 'select participant_id as participantId, timepoint from outcomes').all() as { participantId: string; timepoint: OutcomeTimepoint }[]) {
    const set = recorded.get(o.participantId);
    if (set) set.add(o.timepoint);
    else recorded.set(o.participantId, new Set([o.timepoint]));
  }
  const due: Omit<OutcomeDue, 'name'>[] = [];
  const none = new Set<OutcomeTimepoint>();
  for (const [participantId, history] of histories) {
    const exit = exitFromHistory(history, asOf);
    if (exit) due.push(...outcomesDue(participantId, exit, recorded.get(participantId) ?? none, asOf, withinDays));
  }
  if (due.length === 0) return [];
  const names = new Map<string, string>();
  const ids = JSON.stringify([...new Set(due.map((d) => d.participantId))]);
  for (const row of prepared(db, 'select id, first_name as firstName, last_name as lastName from participants where id in (select value from json_each(?))').all(ids) as { id: string; firstName: string; lastName: string }[]) {
    names.set(row.id, `${row.firstName} ${row.lastName}`.trim());
  }
  return due
    .map((d) => ({ participantId: d.participantId, name: names.get(d.participantId) ?? '', timepoint: d.timepoint, dueOn: d.dueOn, overdue: d.overdue }))
    .sort((a, b) => (a.dueOn === b.dueOn ? a.name.localeCompare(b.name, 'nb') : a.dueOn < b.dueOn ? -1 : 1));
}
