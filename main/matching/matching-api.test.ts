import { describe, expect, it } from 'vitest';
import { count } from 'drizzle-orm';
import { matchExclusions, matches, settings } from '../../db/schema/index.ts';
import { closingTestProgrammes, type TestProgramme } from '../test/programme.ts';
import { explanationText } from './explain.ts';
import { readyCohort } from '../test/plan-programme.ts';

type Programme = TestProgramme;
const newProgramme = closingTestProgrammes();

async function demoProgramme(): Promise<Programme> {
  const p = await newProgramme();
  await p.call('demo.generate', { people: 150, seed: 11 });
  return p;
}

function tableCounts(p: Programme) {
  const db = p.db();
  return {
    matches: db.select({ n: count() }).from(matches).get()?.n,
    exclusions: db.select({ n: count() }).from(matchExclusions).get()?.n,
    settings: JSON.stringify(db.select().from(settings).all()),
    matchRows: JSON.stringify(db.select().from(matches).all()),
  };
}

describe('matching.suggest', () => {
  it('ranks available mentors with a breakdown per criterion; excluded, inactive and full mentors never appear', async () => {
    const p = await demoProgramme();
    const rows = await p.call('people.list', {});
    const someone = rows.find((r) => r.mentorId === null && ['registered', 'assessed', 'ready'].includes(r.stage))!;
    expect(someone).toBeDefined();

    const first = await p.call('matching.suggest', { participantId: someone.id, top: 50 });
    expect(first.length).toBeGreaterThan(3);
    for (let i = 1; i < first.length; i++) expect(first[i - 1]!.score).toBeGreaterThanOrEqual(first[i]!.score);
    const mentors = new Map((await p.call('mentors.list', {})).map((m) => [m.id, m]));
    for (const s of first) {
      const m = mentors.get(s.mentorId)!;
      expect(m.active).toBe(true);
      expect(m.activeMatches).toBeLessThan(m.capacity);
      expect(s.score).toBeGreaterThanOrEqual(0);
      expect(s.score).toBeLessThanOrEqual(100);
      expect(s.breakdown.map((b) => b.criterion)).toEqual(['field', 'occupation', 'education', 'languages', 'geography', 'capacity', 'gender', 'interests']);
      for (const b of s.breakdown) expect(explanationText(b.explanation)).not.toMatch(/\{\{/);
    }
    const fieldLine = explanationText(first[0]!.breakdown[0]!.explanation);
    expect(fieldLine).toMatch(/^(Samme fagfelt|Ulikt fagfelt|Fagfelt mangler)/);

    // Exclude the top three: a manual "never", an inactive mentor, a full one.
    const [never, inactive, full] = first;
    p.db().insert(matchExclusions).values({ participantId: someone.id, mentorId: never!.mentorId, kind: 'never', reason: 'test' }).run();
    await p.call('mentors.update', { id: inactive!.mentorId, changes: { active: false } });
    await p.call('mentors.update', { id: full!.mentorId, changes: { capacity: mentors.get(full!.mentorId)!.activeMatches } });
    const after = await p.call('matching.suggest', { participantId: someone.id, top: 50 });
    const ids = after.map((s) => s.mentorId);
    for (const gone of [never, inactive, full]) expect(ids).not.toContain(gone!.mentorId);

    // A must-have: only mentors of the same field remain.
    await p.call('matching.setWeights', { field: { mustHave: true } });
    const person = await p.call('people.get', { id: someone.id });
    const strict = await p.call('matching.suggest', { participantId: someone.id, top: 50 });
    for (const s of strict) expect(mentors.get(s.mentorId)!.field).toBe(person.field);
    expect((await p.call('matching.suggest', { participantId: someone.id, top: 2 })).length).toBeLessThanOrEqual(2);
  });

  it('refuses a participant already in an open match, and unknown ids', async () => {
    const p = await demoProgramme();
    const rows = await p.call('people.list', {});
    const matched = rows.find((r) => r.mentorId !== null && ['intro_meeting', 'active'].includes(r.stage));
    expect(matched).toBeDefined();
    const reply = await p.api.call('matching.suggest', { participantId: matched!.id });
    expect(reply).toMatchObject({ ok: false, error: { code: 'MATCHING_ALREADY_MATCHED' } });
    expect(await p.api.call('matching.suggest', { participantId: 'nobody' })).toMatchObject({ ok: false, error: { code: 'API_NOT_FOUND' } });
    expect(await p.api.call('matching.suggest', { participantId: rows[0]!.id, top: 51 })).toMatchObject({ ok: false, error: { code: 'API_INVALID_INPUT' } });
  });
});

describe('matching.getWeights and matching.setWeights', () => {
  it('has sensible defaults, changes only what is given and validates 0–10', async () => {
    const p = await newProgramme();
    const defaults = await p.call('matching.getWeights', {});
    expect(defaults.field).toEqual({ weight: 10, mustHave: false });
    const next = await p.call('matching.setWeights', { languages: { weight: 8 }, gender: { mustHave: true } });
    expect(next.languages).toEqual({ weight: 8, mustHave: false });
    expect(next.gender).toEqual({ weight: defaults.gender.weight, mustHave: true });
    expect(next.field).toEqual(defaults.field);
    expect(await p.call('matching.getWeights', {})).toEqual(next);
    expect(await p.api.call('matching.setWeights', { field: { weight: 11 } })).toMatchObject({ ok: false, error: { code: 'API_INVALID_INPUT' } });
    expect(await p.api.call('matching.setWeights', { astrology: { weight: 1 } })).toMatchObject({ ok: false, error: { code: 'API_INVALID_INPUT' } });
    // The other programme settings are untouched.
    expect((await p.call('settings.get', {})).autoLockMinutes).toBe(10);
  });
});

describe('matching.plan', () => {
  it("places a cohort's ready participants within the mentors' remaining capacity, writes nothing", async () => {
    const p = await demoProgramme();
    const { cohortId, ids } = await readyCohort(p, 12);
    // One of them already has a running match: not planned again.
    const rows = await p.call('people.list', {});
    const taken = rows.find((r) => r.mentorId !== null)!;
    await p.call('people.update', { id: taken.id, changes: { cohortId } });
    const before = tableCounts(p);

    const plan = await p.call('matching.plan', { cohortId, objective: 'score' });
    expect(tableCounts(p)).toEqual(before);
    const planned = [...plan.pairs.map((x) => x.participantId), ...plan.unmatched];
    expect(planned.toSorted()).toEqual(ids.toSorted());
    expect(planned).not.toContain(taken.id);
    expect(plan.totalScore).toBeCloseTo(plan.pairs.reduce((s, x) => s + x.score, 0), 1);

    const mentors = new Map((await p.call('mentors.list', {})).map((m) => [m.id, m]));
    const use = new Map<string, number>();
    for (const pair of plan.pairs) use.set(pair.mentorId, (use.get(pair.mentorId) ?? 0) + 1);
    for (const [mentorId, n] of use) {
      const m = mentors.get(mentorId)!;
      expect(m.active).toBe(true);
      expect(m.activeMatches + n).toBeLessThanOrEqual(m.capacity);
    }
    // Every planned pair is one suggest would give, with the same score.
    const pair = plan.pairs[0]!;
    const suggested = await p.call('matching.suggest', { participantId: pair.participantId, top: 50 });
    expect(suggested.find((s) => s.mentorId === pair.mentorId)?.score).toBe(pair.score);

    const count = await p.call('matching.plan', { cohortId, objective: 'count' });
    expect(count.pairs.length).toBeGreaterThanOrEqual(plan.pairs.length);
    expect(count.totalScore).toBeLessThanOrEqual(plan.totalScore + 0.05);
    expect(tableCounts(p)).toEqual(before);
  });

  it('respects capacities when mentors are scarce, and leaves the rest unmatched', async () => {
    const p = await demoProgramme();
    const { cohortId, ids } = await readyCohort(p, 6);
    // Every mentor inactive but two, with one place each.
    const mentors = await p.call('mentors.list', {});
    const keep = mentors.filter((m) => m.active && m.activeMatches === 0).slice(0, 2);
    for (const m of mentors) {
      if (keep.some((k) => k.id === m.id)) await p.call('mentors.update', { id: m.id, changes: { capacity: 1 } });
      else if (m.active) await p.call('mentors.update', { id: m.id, changes: { active: false } });
    }
    p.db().insert(matchExclusions).values({ participantId: ids[0]!, mentorId: keep[0]!.id, kind: 'declined' }).run();
    const plan = await p.call('matching.plan', { cohortId, objective: 'count' });
    expect(plan.pairs).toHaveLength(2);
    expect(new Set(plan.pairs.map((x) => x.mentorId))).toEqual(new Set(keep.map((k) => k.id)));
    expect(plan.unmatched).toHaveLength(4);
    expect(plan.pairs).not.toContainEqual(expect.objectContaining({ participantId: ids[0], mentorId: keep[0]!.id }));
    expect(await p.api.call('matching.plan', { cohortId: 'no-such-cohort' })).toMatchObject({ ok: false, error: { code: 'API_NOT_FOUND' } });
  });
});

describe('matching.solve', () => {
  it('solves a matrix without a programme and refuses bad shapes', async () => {
    const p = await newProgramme();
    await p.call('vault.lock', {});
    expect(await p.call('matching.solve', { scores: [[90, 80], [85, null]], capacity: [1, 1] })).toEqual({ pairs: [[0, 1], [1, 0]], total: 165 });
    expect(await p.api.call('matching.solve', { scores: [[1, 2]], capacity: [1] })).toMatchObject({ ok: false, error: { code: 'MATCHING_BAD_SOLVER_INPUT' } });
    expect(await p.api.call('matching.solve', { scores: [['x']], capacity: [1] })).toMatchObject({ ok: false, error: { code: 'API_INVALID_INPUT' } });
  });
});
