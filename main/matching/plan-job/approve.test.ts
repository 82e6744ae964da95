import { afterEach, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { matches } from '../../../db/schema/index.ts';
import { demoProgramme, readyCohort, runPlan, snapshot, type Programme } from '../../test/plan-programme.ts';
import type { RefusedPair } from './approve.ts';

let open: Programme[] = [];
afterEach(() => {
  for (const p of open) p.close();
  open = [];
});

describe('matching.approvePlan', () => {
  it('is all or nothing: refused with a reason per pair, data unchanged; then approves, stores the score, moves to koblingsmøte', async () => {
    const p = await demoProgramme();
    open.push(p);
    const { cohortId } = await readyCohort(p, 8);
    const draft = (await runPlan(p, { cohortId, objective: 'count' })).draft!;
    expect(draft.pairs.length).toBeGreaterThanOrEqual(4);
    const a = draft.pairs[0]!;
    const b = draft.pairs.find((x) => x.mentorId !== a.mentorId)!;
    const [c, d] = draft.pairs.filter((x) => x !== a && x !== b && x.mentorId !== b.mentorId);
    expect(d).toBeDefined();

    // Meanwhile: a's participant is matched to a mentor outside the draft, b's mentor becomes inactive.
    const used = new Set(draft.pairs.map((x) => x.mentorId));
    const elsewhere = (await p.call('matching.suggest', { participantId: a.participantId, top: 50 })).find((s) => !used.has(s.mentorId))!;
    await p.call('matching.accept', { participantId: a!.participantId, mentorId: elsewhere.mentorId });
    await p.call('mentors.update', { id: b!.mentorId, changes: { active: false } });
    const before = snapshot(p);
    const pick = (x: typeof a | undefined) => ({ participantId: x!.participantId, mentorId: x!.mentorId });

    const refused = await p.api.call('matching.approvePlan', { pairs: [pick(a), pick(b), pick(c)] });
    expect(refused).toMatchObject({ ok: false, error: { code: 'MATCHING_PLAN_REFUSED' } });
    const details = (refused as { error: { details: { refused: RefusedPair[] } } }).error.details.refused;
    expect(details).toHaveLength(2);
    expect(details.find((r) => r.participantId === a!.participantId)!.reasons).toContain('participantMatched');
    expect(details.find((r) => r.participantId === b!.participantId)!.reasons).toContain('inactive');
    expect(details.find((r) => r.participantId === b!.participantId)!.participantName).toBe(b!.participantName);
    expect(snapshot(p)).toEqual(before);

    // One participant twice in a batch is refused too.
    const twice = await p.api.call('matching.approvePlan', { pairs: [pick(c), { participantId: c!.participantId, mentorId: d!.mentorId }] });
    expect(twice).toMatchObject({ ok: false, error: { code: 'MATCHING_PLAN_REFUSED', details: { refused: [{ participantId: c!.participantId, reasons: expect.arrayContaining(['duplicateParticipant']) }] } } });
    expect(snapshot(p)).toEqual(before);
    expect(await p.api.call('matching.approvePlan', { pairs: [] })).toMatchObject({ ok: false, error: { code: 'API_INVALID_INPUT' } });

    const approved = await p.call('matching.approvePlan', { pairs: [pick(c), pick(d)] });
    expect(approved.matches.map((m) => m.participantId)).toEqual([c!.participantId, d!.participantId]);
    for (const [m, planned] of [[approved.matches[0]!, c!], [approved.matches[1]!, d!]] as const) {
      const row = p.db().select().from(matches).where(eq(matches.id, m.matchId)).get()!;
      expect(row).toMatchObject({ status: 'intro_meeting', participantId: planned.participantId, mentorId: planned.mentorId, score: m.score });
      expect(m.score).toBeCloseTo(planned.score, 0);
      expect(row.scoreBreakdown).toHaveLength(8);
      const person = await p.call('people.get', { id: planned.participantId });
      expect(person.stage).toBe('intro_meeting');
      const listed = (await p.call('people.list', {})).find((r) => r.id === planned.participantId)!;
      expect(listed.mentorId).toBe(planned.mentorId);
    }
    const after = snapshot(p);
    expect(after.matches).toBe(before.matches! + 2);
    expect(after.audit_log).toBeGreaterThan(before.audit_log!);

    // The rest stays a draft: a new plan no longer places the approved ones.
    const next = (await runPlan(p, { cohortId, objective: 'count' })).draft!;
    const placed = [...next.pairs.map((x) => x.participantId), ...next.unmatched.map((u) => u.participantId)];
    expect(placed).not.toContain(c!.participantId);
    expect(placed).not.toContain(d!.participantId);
    // Approving the same pair again is refused: the participant is matched now.
    expect(await p.api.call('matching.approvePlan', { pairs: [pick(c)] })).toMatchObject({ ok: false, error: { code: 'MATCHING_PLAN_REFUSED' } });
  });
});
