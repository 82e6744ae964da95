import { describe, expect, it } from 'vitest';
import { count } from 'drizzle-orm';
import { auditLog, outcomes, progressionForms } from '../../db/schema/index.ts';
import { closingTestProgrammes, type TestProgramme } from '../test/programme.ts';

type Programme = TestProgramme;
const programme = closingTestProgrammes();
function snapshot(p: Programme) {
  const db = p.db();
  return { outcomes: db.select().from(outcomes).all(), forms: db.select().from(progressionForms).all(), audit: db.select({ n: count() }).from(auditLog).get()?.n };
}
async function errorCode(p: Programme, ...args: Parameters<Programme['api']['call']>) {
  const reply = await p.api.call(...args);
  return reply.ok ? 'ok' : reply.error.code;
}

describe('outcomes', () => {
  it('records one outcome per timepoint, replaces it on a second record, lists in order and removes', async () => {
    const p = await programme();
    const { id } = await p.call('people.create', { firstName: 'Amina', lastName: 'Haddad', registeredOn: '2025-01-01' });
    const three = await p.call('outcomes.record', { participantId: id, timepoint: '3m', category: 'temporary', employer: 'Vikarbyrået', outcomeOn: '2025-12-01' });
    const exit = await p.call('outcomes.record', { participantId: id, timepoint: 'exit', category: 'job_seeking', outcomeOn: '2025-09-01', note: 'Søker aktivt' });
    expect(await p.call('outcomes.list', { participantId: id })).toEqual([
      { id: exit.id, timepoint: 'exit', category: 'job_seeking', employer: null, outcomeOn: '2025-09-01', note: 'Søker aktivt' },
      { id: three.id, timepoint: '3m', category: 'temporary', employer: 'Vikarbyrået', outcomeOn: '2025-12-01', note: null },
    ]);
    const replaced = await p.call('outcomes.record', { participantId: id, timepoint: '3m', category: 'fast_relevant', employer: 'Skien kommune', outcomeOn: '2025-12-03' });
    expect(replaced).toEqual({ id: three.id, timepoint: '3m', category: 'fast_relevant', employer: 'Skien kommune', outcomeOn: '2025-12-03', note: null });
    expect(await p.call('outcomes.list', { participantId: id })).toHaveLength(2);
    expect(await p.call('outcomes.remove', { outcomeId: exit.id })).toBeNull();
    expect((await p.call('outcomes.list', { participantId: id })).map((o) => o.timepoint)).toEqual(['3m']);
  });

  it('refuses unknown categories, bad dates, unknown and erased people; nothing changes', async () => {
    const p = await programme();
    const { id } = await p.call('people.create', { firstName: 'Bilal', lastName: 'Ahmadi', registeredOn: '2025-01-01' });
    const gone = await p.call('people.create', { firstName: 'Eyerusalem', lastName: 'Tesfay', registeredOn: '2025-01-01' });
    await p.call('privacy.erase', { personId: gone.id, confirmName: 'Eyerusalem Tesfay' });
    await p.call('outcomes.record', { participantId: id, timepoint: 'exit', category: 'education', outcomeOn: '2025-09-01' });
    const before = snapshot(p);
    const ok = { participantId: id, timepoint: 'exit', category: 'education', outcomeOn: '2025-09-01' };
    expect(await errorCode(p, 'outcomes.record', { ...ok, category: 'lottery' })).toBe('API_INVALID_INPUT');
    expect(await errorCode(p, 'outcomes.record', { ...ok, timepoint: '12m' })).toBe('API_INVALID_INPUT');
    expect(await errorCode(p, 'outcomes.record', { ...ok, outcomeOn: '2025-13-01' })).toBe('API_INVALID_INPUT');
    expect(await errorCode(p, 'outcomes.record', { ...ok, participantId: 'nope' })).toBe('API_NOT_FOUND');
    expect(await errorCode(p, 'outcomes.record', { ...ok, participantId: gone.id })).toBe('PRIVACY_ALREADY_ERASED');
    expect(await errorCode(p, 'outcomes.remove', { outcomeId: 'nope' })).toBe('API_NOT_FOUND');
    expect(await errorCode(p, 'outcomes.due', { asOf: 'i dag' })).toBe('API_INVALID_INPUT');
    expect(snapshot(p)).toEqual(before);
  });
});

describe('progression forms', () => {
  it('records start, mid and end with 1–5 answers, replaces a timepoint on a second record, removes', async () => {
    const p = await programme();
    const { id } = await p.call('people.create', { firstName: 'Cyrus', lastName: 'Karimi', registeredOn: '2025-01-01' });
    const end = await p.call('progression.record', { participantId: id, timepoint: 'end', filledOn: '2025-09-01', norwegianAtWork: 4, professionalNetwork: 4, workingLifeKnowledge: 5, jobSeeking: 4, beliefInChances: 5, comment: 'Mye tryggere' });
    const start = await p.call('progression.record', { participantId: id, timepoint: 'start', filledOn: '2025-03-01', norwegianAtWork: 2, jobSeeking: 1 });
    expect(start).toMatchObject({ timepoint: 'start', norwegianAtWork: 2, professionalNetwork: null, jobSeeking: 1, comment: null });
    expect((await p.call('progression.list', { participantId: id })).map((f) => f.timepoint)).toEqual(['start', 'end']);
    const again = await p.call('progression.record', { participantId: id, timepoint: 'start', filledOn: '2025-03-02', norwegianAtWork: 3 });
    expect(again).toMatchObject({ id: start.id, filledOn: '2025-03-02', norwegianAtWork: 3, jobSeeking: null });
    expect(await p.call('progression.remove', { formId: end.id })).toBeNull();
    expect(await p.call('progression.list', { participantId: id })).toEqual([again]);
  });

  it('refuses answers outside 1–5, empty forms, future dates and erased people; nothing changes', async () => {
    const p = await programme();
    const { id } = await p.call('people.create', { firstName: 'Dina', lastName: 'Hassan', registeredOn: '2025-01-01' });
    await p.call('progression.record', { participantId: id, timepoint: 'start', filledOn: '2025-03-01', beliefInChances: 3 });
    const gone = await p.call('people.create', { firstName: 'Olena', lastName: 'Shevchenko', registeredOn: '2025-01-01' });
    await p.call('privacy.erase', { personId: gone.id, confirmName: 'Olena Shevchenko' });
    const before = snapshot(p);
    const base = { participantId: id, timepoint: 'mid', filledOn: '2025-06-01' };
    expect(await errorCode(p, 'progression.record', { ...base, jobSeeking: 6 })).toBe('API_INVALID_INPUT');
    expect(await errorCode(p, 'progression.record', { ...base, jobSeeking: 0 })).toBe('API_INVALID_INPUT');
    expect(await errorCode(p, 'progression.record', { ...base, jobSeeking: 2.5 })).toBe('API_INVALID_INPUT');
    expect(await errorCode(p, 'progression.record', base)).toBe('API_INVALID_INPUT');
    expect(await errorCode(p, 'progression.record', { ...base, jobSeeking: 3, filledOn: '2999-01-01' })).toBe('API_INVALID_INPUT');
    expect(await errorCode(p, 'progression.record', { ...base, jobSeeking: 3, participantId: gone.id })).toBe('PRIVACY_ALREADY_ERASED');
    expect(await errorCode(p, 'progression.remove', { formId: 'nope' })).toBe('API_NOT_FOUND');
    expect(snapshot(p)).toEqual(before);
  });
});
