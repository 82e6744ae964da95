import { describe, expect, it } from 'vitest';
import { count, eq } from 'drizzle-orm';
import { auditLog, participants, placements, stageChanges } from '../../db/schema/index.ts';
import { addMonths } from '../../shared/calendar-date.ts';
import { closingTestProgrammes, type TestProgramme } from '../test/programme.ts';
import { osloToday } from '../../shared/oslo-day.ts';

type Programme = TestProgramme;
const newProgramme = closingTestProgrammes();

const today = osloToday();
const inMonths = (n: number) => addMonths(today, n);

/** A programme with one participant at "klar for kobling", a company and a NAV office. */
async function programme() {
  const p = await newProgramme();
  const { id: participantId } = await p.call('people.create', { firstName: 'Amina', lastName: 'Haile', registeredOn: '2026-01-05' });
  await p.call('pipeline.move', { ids: [participantId], stage: 'assessed', reason: null, effectiveOn: '2026-01-10' });
  await p.call('pipeline.move', { ids: [participantId], stage: 'ready', reason: null, effectiveOn: '2026-01-20' });
  const { id: companyId } = await p.call('organisations.create', { kind: 'company', name: 'Skien Energi AS' });
  const { id: navOfficeId } = await p.call('organisations.create', { kind: 'nav_office', name: 'NAV Skien' });
  return { p, participantId, companyId, navOfficeId };
}

function snapshot(p: Programme) {
  const db = p.db();
  return JSON.stringify({
    placements: db.select().from(placements).orderBy(placements.id).all(),
    stages: db.select({ id: participants.id, stage: participants.stage }).from(participants).orderBy(participants.id).all(),
    stageChanges: db.select({ n: count() }).from(stageChanges).get()?.n,
    audit: db.select({ n: count() }).from(auditLog).get()?.n,
  });
}

const stageOf = (p: Programme, id: string) => p.db().select({ stage: participants.stage }).from(participants).where(eq(participants.id, id)).get()?.stage;

/** The field and rule each refusal names (API_INVALID_INPUT details). */
async function refusal(p: Programme, reply: Promise<{ ok: boolean; error?: { code: string; details?: unknown } }>) {
  const r = await reply;
  expect(r.ok).toBe(false);
  const details = Array.isArray(r.error!.details) ? (r.error!.details as { path: string; message: string }[]) : [];
  return { code: r.error!.code, problems: details.map((d) => `${d.path}:${d.message}`) };
}

describe('placements.create and list', () => {
  it('stores a running placement with a NAV agreement and moves the participant to aktiv', async () => {
    const { p, participantId, companyId, navOfficeId } = await programme();
    const reply = await p.call('placements.create', {
      participantId,
      organisationId: companyId,
      supervisorName: 'Kari Veileder',
      supervisorEmail: 'kari@skienenergi.no',
      jobTitle: 'Elektroingeniør',
      startsOn: today,
      endsOn: inMonths(4),
      navAgreement: true,
      navOfficeId,
      navAdvisor: 'Ola Nav',
      livelihood: 'measures_benefit',
      status: 'active',
    });
    expect(reply).toEqual({ placementId: expect.any(String), warnings: [], participantStage: 'active' });
    expect(stageOf(p, participantId)).toBe('active');
    const change = p.db().select().from(stageChanges).where(eq(stageChanges.participantId, participantId)).all().at(-1)!;
    expect(change).toMatchObject({ fromStage: 'ready', stage: 'active', reason: 'praksis', effectiveOn: today });
    const [row] = await p.call('placements.list', { participantId });
    expect(row).toMatchObject({
      id: reply.placementId,
      participantName: 'Amina Haile',
      organisationName: 'Skien Energi AS',
      navAgreement: true,
      navOfficeName: 'NAV Skien',
      navAdvisor: 'Ola Nav',
      livelihood: 'measures_benefit',
      status: 'active',
      plannedMonths: 4,
      warnings: [],
    });
    expect(await p.call('placements.list', { status: 'planned' })).toEqual([]);
    // The person's audit trail shows it.
    const audit = await p.call('audit.forPerson', { personId: participantId });
    expect(audit.some((a) => a.entity === 'placements' && a.action === 'create')).toBe(true);
  });

  it('flags a length outside 3–6 months as a warning, stores it, and leaves a planned one out of the pipeline', async () => {
    const { p, participantId } = await programme();
    const short = await p.call('placements.create', { participantId, startsOn: inMonths(1), endsOn: inMonths(2) });
    expect(short).toMatchObject({ warnings: ['length_outside_3_6_months'], participantStage: null });
    const long = await p.call('placements.create', { participantId, startsOn: inMonths(1), endsOn: addMonths(inMonths(1), 7) });
    expect(long.warnings).toEqual(['length_outside_3_6_months']);
    const exact = await p.call('placements.create', { participantId, startsOn: inMonths(1), endsOn: addMonths(inMonths(1), 6) });
    expect(exact.warnings).toEqual([]);
    const rows = await p.call('placements.list', { participantId });
    expect(rows.map((r) => r.status)).toEqual(['planned', 'planned', 'planned']);
    expect(rows.find((r) => r.id === short.placementId)).toMatchObject({ plannedMonths: 1, warnings: ['length_outside_3_6_months'] });
    expect(stageOf(p, participantId)).toBe('ready');
  });

  it('refuses an end before the start, NAV details without an agreement, unknown values — and writes nothing', async () => {
    const { p, participantId, companyId, navOfficeId } = await programme();
    const before = snapshot(p);
    const base = { participantId, startsOn: today, endsOn: inMonths(4) };
    expect(await refusal(p, p.api.call('placements.create', { ...base, endsOn: today }))).toEqual({ code: 'API_INVALID_INPUT', problems: ['endsOn:end_before_start'] });
    expect(await refusal(p, p.api.call('placements.create', { ...base, navOfficeId, navAdvisor: 'Ola' }))).toEqual({
      code: 'API_INVALID_INPUT',
      problems: ['navOfficeId:nav_without_agreement', 'navAdvisor:nav_without_agreement'],
    });
    expect(await refusal(p, p.api.call('placements.create', { ...base, navAgreement: true, navOfficeId: companyId }))).toEqual({ code: 'API_INVALID_INPUT', problems: ['navOfficeId:not_a_nav_office'] });
    expect(await refusal(p, p.api.call('placements.create', { ...base, organisationId: 'nowhere' }))).toEqual({ code: 'API_INVALID_INPUT', problems: ['organisationId:unknown_organisation'] });
    expect((await refusal(p, p.api.call('placements.create', { ...base, livelihood: 'lottery' }))).problems[0]).toMatch(/^livelihood:/);
    expect((await refusal(p, p.api.call('placements.create', { ...base, status: 'completed' }))).code).toBe('API_INVALID_INPUT');
    expect((await refusal(p, p.api.call('placements.create', { ...base, startsOn: '2026-02-30' }))).code).toBe('API_INVALID_INPUT');
    expect((await refusal(p, p.api.call('placements.create', { ...base, participantId: 'nobody' }))).code).toBe('API_NOT_FOUND');
    expect(snapshot(p)).toBe(before);
  });

  it('lets a participant have a mentor and a placement at once', async () => {
    const p = await newProgramme();
    await p.call('demo.generate', { people: 150, seed: 7 });
    const [match] = await p.call('matching.list', { status: 'active' });
    const placedBefore = (await p.call('placements.list', { participantId: match!.participantId, status: 'active' })).length;
    await p.call('placements.create', { participantId: match!.participantId, startsOn: today, endsOn: inMonths(3), status: 'active' });
    expect((await p.call('placements.list', { participantId: match!.participantId, status: 'active' })).length).toBe(placedBefore + 1);
    expect((await p.call('matching.list', { participantId: match!.participantId })).find((m) => m.id === match!.id)?.status).toBe('active');
    expect(stageOf(p, match!.participantId)).toBe('active');
  });
});

describe('placements.update and end', () => {
  it('starts a planned placement (the participant follows), checks the merged values, refuses status jumps', async () => {
    const { p, participantId, navOfficeId } = await programme();
    const { placementId } = await p.call('placements.create', { participantId, startsOn: today, endsOn: inMonths(5), navAgreement: true, navOfficeId });
    const before = snapshot(p);
    expect(await refusal(p, p.api.call('placements.update', { placementId, changes: { endsOn: today } }))).toEqual({ code: 'API_INVALID_INPUT', problems: ['changes.endsOn:end_before_start'] });
    expect(await refusal(p, p.api.call('placements.update', { placementId, changes: { navAgreement: false } }))).toEqual({ code: 'API_INVALID_INPUT', problems: ['changes.navOfficeId:nav_without_agreement'] });
    expect(await p.api.call('placements.update', { placementId, changes: { status: 'completed' } })).toMatchObject({ ok: false, error: { code: 'API_INVALID_INPUT' } });
    expect(await p.api.call('placements.update', { placementId, changes: { colour: 'red' } })).toMatchObject({ ok: false, error: { code: 'API_INVALID_INPUT' } });
    expect(await p.api.call('placements.update', { placementId: 'nothing', changes: { jobTitle: 'X' } })).toMatchObject({ ok: false, error: { code: 'API_NOT_FOUND' } });
    expect(snapshot(p)).toBe(before);

    expect(await p.call('placements.update', { placementId, changes: { navAgreement: false, navOfficeId: null, jobTitle: 'Lærling', endsOn: inMonths(8) } })).toEqual({
      placementId,
      warnings: ['length_outside_3_6_months'],
      participantStage: null,
    });
    expect(await p.call('placements.update', { placementId, changes: { status: 'active' } })).toMatchObject({ participantStage: 'active' });
    expect(stageOf(p, participantId)).toBe('active');
    const [row] = await p.call('placements.list', { participantId });
    expect(row).toMatchObject({ status: 'active', jobTitle: 'Lærling', navAgreement: false, navOfficeId: null });
    const stable = snapshot(p);
    expect(await p.api.call('placements.update', { placementId, changes: { status: 'planned' } })).toMatchObject({ ok: false, error: { code: 'PLACEMENT_TRANSITION_REFUSED', details: { from: 'active', to: 'planned' } } });
    expect(snapshot(p)).toBe(stable);
  });

  it('ends a placement: completed moves the participant to avsluttet; early needs a reason and an end after the start', async () => {
    const { p, participantId } = await programme();
    const { placementId } = await p.call('placements.create', { participantId, startsOn: today, endsOn: inMonths(3), status: 'active' });
    const before = snapshot(p);
    expect(await refusal(p, p.api.call('placements.end', { placementId, endedOn: today, outcome: 'ended_early' }))).toEqual({ code: 'API_INVALID_INPUT', problems: ['reason:reason_required'] });
    expect(await refusal(p, p.api.call('placements.end', { placementId, endedOn: '2026-01-01', outcome: 'completed' }))).toEqual({ code: 'API_INVALID_INPUT', problems: ['endedOn:end_before_start'] });
    expect((await refusal(p, p.api.call('placements.end', { placementId, endedOn: inMonths(1), outcome: 'completed' }))).code).toBe('API_INVALID_INPUT');
    expect(snapshot(p)).toBe(before);
    expect(await p.call('placements.end', { placementId, endedOn: today, outcome: 'completed' })).toEqual({ placementId, participantStage: 'completed' });
    expect(stageOf(p, participantId)).toBe('completed');
    expect(p.db().select().from(placements).where(eq(placements.id, placementId)).get()).toMatchObject({ status: 'completed', endedOn: today, endReason: null });
    const after = snapshot(p);
    expect(await p.api.call('placements.end', { placementId, endedOn: today, outcome: 'completed' })).toMatchObject({ ok: false, error: { code: 'PLACEMENT_TRANSITION_REFUSED', details: { from: 'completed' } } });
    expect(snapshot(p)).toBe(after);
  });

  it('an early end keeps the stage unless asked; a planned placement can be cancelled but not ended', async () => {
    const { p, participantId } = await programme();
    const running = await p.call('placements.create', { participantId, startsOn: today, endsOn: inMonths(3), status: 'active' });
    expect(await p.call('placements.end', { placementId: running.placementId, endedOn: today, outcome: 'ended_early', reason: 'Fikk jobb' })).toEqual({ placementId: running.placementId, participantStage: null });
    expect(stageOf(p, participantId)).toBe('active');
    const planned = await p.call('placements.create', { participantId, startsOn: inMonths(1), endsOn: inMonths(4) });
    expect(await p.api.call('placements.end', { placementId: planned.placementId, endedOn: today, outcome: 'completed' })).toMatchObject({ ok: false, error: { code: 'PLACEMENT_TRANSITION_REFUSED' } });
    await p.call('placements.update', { placementId: planned.placementId, changes: { status: 'cancelled' } });
    expect((await p.call('placements.list', { status: 'cancelled' })).map((r) => r.id)).toEqual([planned.placementId]);
  });
});
