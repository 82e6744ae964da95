import { describe, expect, it } from 'vitest';
import { count, eq } from 'drizzle-orm';
import { auditLog, matches, participants, stageChanges } from '../../db/schema/index.ts';
import { filesContaining } from '../../db/test/temp-dir.ts';
import { osloToday } from '../../shared/oslo-day.ts';
import { closingTestProgrammes, type TestProgramme } from '../test/programme.ts';

type Programme = TestProgramme;
const programme = closingTestProgrammes();

/** Everything a refused write must leave as it was. */
function snapshot(p: Programme) {
  const db = p.db();
  return {
    people: db.select().from(participants).all(),
    changes: db.select({ n: count() }).from(stageChanges).get()?.n,
    audit: db.select({ n: count() }).from(auditLog).get()?.n,
  };
}

const today = osloToday();

describe('registering participants', () => {
  it('creates a participant at stage registered, with a dated, attributed first stage and an audit entry without values', async () => {
    const p = await programme();
    const cohort = await p.call('cohorts.create', { name: 'Høst 2026', startOn: '2026-08-15', endOn: '2026-12-15' });
    const { id } = await p.call('people.create', {
      firstName: 'Amina',
      lastName: 'Haddad',
      email: 'amina.haddad@example.no',
      phone: '+47 912 34 567',
      birthYear: 1990,
      gender: 'female',
      countryOfBackground: 'SYR',
      municipalityNumber: '4003',
      field: 'engineering_technology_it',
      norwegianLevel: 'B1',
      educationLevel: 'master',
      cohortId: cohort.id,
      registeredOn: '2026-01-10',
    });

    const rows = await p.call('people.list', {});
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      id, firstName: 'Amina', lastName: 'Haddad', stage: 'registered', stageChangedOn: '2026-01-10', cohortName: 'Høst 2026',
      countryOfBackground: 'SY', municipalityNumber: '4003', norwegianLevel: 'B1', mentorId: null, mentorName: null, registeredOn: '2026-01-10',
    });
    expect(rows[0]!.daysInStage).toBeGreaterThan(0);

    const person = await p.call('people.get', { id });
    expect(person).toMatchObject({ id, email: 'amina.haddad@example.no', educationLevel: 'master', birthYear: 1990 });
    expect(person.stageHistory).toEqual([expect.objectContaining({ fromStage: null, stage: 'registered', effectiveOn: '2026-01-10', staffName: 'Kari Nordmann' })]);
    expect(person.audit).toEqual([expect.objectContaining({ action: 'create', staffName: 'Kari Nordmann', fields: expect.arrayContaining(['firstName', 'email']) })]);
    expect(JSON.stringify(person.audit)).not.toMatch(/Amina|Haddad|example\.no|912/);
  });

  it('refuses invalid fields with API_INVALID_INPUT naming the field, and creates nothing', async () => {
    const p = await programme();
    const before = snapshot(p);
    const bad = [
      [{ firstName: '' }, 'firstName'],
      [{ firstName: 'Ola', email: 'ola@' }, 'email'],
      [{ firstName: 'Ola', birthYear: 1900 }, 'birthYear'],
      [{ firstName: 'Ola', birthYear: new Date().getFullYear() + 1 }, 'birthYear'],
      [{ firstName: 'Ola', norwegianLevel: 'B3' }, 'norwegianLevel'],
      [{ firstName: 'Ola', countryOfBackground: 'XX' }, 'countryOfBackground'],
      [{ firstName: 'Ola', municipalityNumber: '3806' }, 'municipalityNumber'],
      [{ firstName: 'Ola', field: 'astrology' }, 'field'],
      [{ firstName: 'Ola', cohortId: 'no-such-cohort' }, 'cohortId'],
      [{ firstName: 'Ola', immigrationReason: 'flukt' }, 'immigrationReason'],
      [{ firstName: 'Ola', religion: 'x' }, ''],
    ] as const;
    for (const [input, path] of bad) {
      const reply = await p.api.call('people.create', input);
      expect(reply, JSON.stringify(input)).toMatchObject({ ok: false, error: { code: 'API_INVALID_INPUT' } });
      if (!reply.ok && path) expect(JSON.stringify(reply.error.details)).toContain(`"path":"${path}"`);
    }
    expect(snapshot(p)).toEqual(before);
  });

  it('accepts an office field value (reference_values)', async () => {
    const p = await programme();
    p.session.requireVault().sqlite.prepare(`insert into reference_values (id, kind, code, label, created_at, updated_at) values ('r1', 'field', 'office_nursing', 'Sykepleie', '2026-01-01', '2026-01-01')`).run();
    expect((await p.api.call('people.create', { firstName: 'Ola', field: 'office_nursing' })).ok).toBe(true);
    const lists = await p.call('reference.lists', {});
    expect(lists.fields.map((f) => f.code)).toContain('office_nursing');
    expect(lists.municipalities.find((m) => m.number === '4003')).toEqual({ number: '4003', name: 'Skien', countyName: 'Telemark' });
    expect(lists.countries.find((c) => c.code === 'UA')?.name).toBe('Ukraina');
    expect(lists.stages).toContain('waiting_list');
    expect(lists.coordinators.map((c) => c.name)).toEqual(['Kari Nordmann']);
  });
});

describe('editing participants', () => {
  it('writes only the changed fields, one audit entry per field name, recomputes search and returns the grid row', async () => {
    const p = await programme();
    const { id } = await p.call('people.create', { firstName: 'Olena', lastName: 'Kovalenko', phone: '912 34 567' });
    const row = await p.call('people.update', { id, changes: { lastName: 'Шевченко', phone: '912 34 567', nextAction: 'Ring NAV', nextActionOn: '2026-12-01' } });
    expect(row).toMatchObject({ id, lastName: 'Шевченко', nextAction: 'Ring NAV', nextActionOn: '2026-12-01', stage: 'registered' });

    const audit = (await p.call('people.get', { id })).audit.filter((a) => a.action === 'update');
    expect(audit.map((a) => a.fields).flat().sort()).toEqual(['lastName', 'nextAction', 'nextActionOn']);
    expect(JSON.stringify(audit)).not.toMatch(/Шевченко|NAV|2026-12-01/);

    expect((await p.call('people.search', { query: 'shev', limit: 10 })).map((h) => h.id)).toEqual([id]);
    expect(await p.call('people.search', { query: 'kovalenko', limit: 10 })).toEqual([]);
  });

  it('refuses a bad change and leaves the person as they were', async () => {
    const p = await programme();
    const { id } = await p.call('people.create', { firstName: 'Ahmad', email: 'ahmad@example.no' });
    const before = snapshot(p);
    expect(await p.api.call('people.update', { id, changes: { email: 'not an e-mail', firstName: 'Ahmed' } })).toMatchObject({ ok: false, error: { code: 'API_INVALID_INPUT' } });
    expect(await p.api.call('people.update', { id, changes: { stage: 'active' } })).toMatchObject({ ok: false, error: { code: 'API_INVALID_INPUT' } });
    expect(await p.api.call('people.update', { id: 'nobody', changes: { firstName: 'X' } })).toMatchObject({ ok: false, error: { code: 'API_NOT_FOUND' } });
    expect(snapshot(p)).toEqual(before);
  });

  it('clears a field with null', async () => {
    const p = await programme();
    const { id } = await p.call('people.create', { firstName: 'Ahmad', email: 'ahmad@example.no' });
    expect(await p.call('people.update', { id, changes: { email: null } })).toMatchObject({ email: null });
    expect(await p.call('people.update', { id, changes: { email: '' } })).toMatchObject({ email: null });
  });
});

describe('moving people through the pipeline', () => {
  async function three(p: Programme) {
    const ids: string[] = [];
    for (const firstName of ['Amina', 'Bjørn', 'Yohannes']) ids.push((await p.call('people.create', { firstName, registeredOn: '2026-01-05' })).id);
    return ids as [string, string, string];
  }

  it('moves one person, dated and attributed, and the grid shows the new stage', async () => {
    const p = await programme();
    const [a] = await three(p);
    expect(await p.call('pipeline.move', { ids: [a], stage: 'assessed', effectiveOn: '2026-02-01' })).toEqual({ moved: 1 });
    const row = (await p.call('people.list', {})).find((r) => r.id === a)!;
    expect(row).toMatchObject({ stage: 'assessed', stageChangedOn: '2026-02-01' });
    const person = await p.call('people.get', { id: a });
    expect(person.stageChoices).toEqual({ next: 'ready', allowed: ['ready', 'waiting_list', 'dropped_out'], reasonRequired: ['dropped_out'] });
    expect(person.stageHistory.map((h) => [h.fromStage, h.stage, h.effectiveOn, h.staffName])).toEqual([
      [null, 'registered', '2026-01-05', 'Kari Nordmann'],
      ['registered', 'assessed', '2026-02-01', 'Kari Nordmann'],
    ]);
    expect(person.audit.some((e) => e.fields.includes('stage'))).toBe(true);
  });

  it('moves many at once with a reason, in one go', async () => {
    const p = await programme();
    const ids = await three(p);
    expect(await p.call('pipeline.move', { ids, stage: 'assessed', reason: 'Kartlagt på informasjonsmøte' })).toEqual({ moved: 3 });
    const rows = await p.call('people.list', {});
    expect(rows.map((r) => [r.stage, r.stageChangedOn, r.daysInStage])).toEqual(ids.map(() => ['assessed', today, 0]));
    expect((await p.call('people.get', { id: ids[1] })).stageHistory.at(-1)).toMatchObject({ reason: 'Kartlagt på informasjonsmøte' });
  });

  it('refuses the whole move if one transition is not allowed, listing each refusal, and changes nothing', async () => {
    const p = await programme();
    const [a, b, c] = await three(p);
    await p.call('pipeline.move', { ids: [a], stage: 'assessed', effectiveOn: '2026-02-01' });
    const before = snapshot(p);
    const reply = await p.api.call('pipeline.move', { ids: [a, b, c], stage: 'ready', reason: 'Klar for kobling' });
    expect(reply).toMatchObject({
      ok: false,
      error: {
        code: 'PIPELINE_TRANSITION_REFUSED',
        details: [
          { id: b, from: 'registered', to: 'ready', why: 'transition_not_allowed' },
          { id: c, from: 'registered', to: 'ready', why: 'transition_not_allowed' },
        ],
      },
    });
    expect(snapshot(p)).toEqual(before);
  });

  it('requires a reason for dropped_out and for bulk moves; refuses future dates and back-dating before the current stage', async () => {
    const p = await programme();
    const [a, b] = await three(p);
    const before = snapshot(p);
    expect(await p.api.call('pipeline.move', { ids: [a], stage: 'dropped_out' })).toMatchObject({
      ok: false, error: { code: 'PIPELINE_TRANSITION_REFUSED', details: [{ id: a, from: 'registered', to: 'dropped_out', why: 'reason_required' }] },
    });
    expect(await p.api.call('pipeline.move', { ids: [a, b], stage: 'assessed' })).toMatchObject({ ok: false, error: { code: 'PIPELINE_TRANSITION_REFUSED' } });
    expect(await p.api.call('pipeline.move', { ids: [a], stage: 'assessed', effectiveOn: '2999-01-01' })).toMatchObject({ ok: false, error: { code: 'API_INVALID_INPUT' } });
    expect(await p.api.call('pipeline.move', { ids: [a], stage: 'assessed', effectiveOn: '2025-12-31' })).toMatchObject({
      ok: false, error: { code: 'PIPELINE_TRANSITION_REFUSED', details: [{ why: 'before_current_stage' }] },
    });
    expect(await p.api.call('pipeline.move', { ids: [], stage: 'assessed' })).toMatchObject({ ok: false, error: { code: 'API_INVALID_INPUT' } });
    expect(snapshot(p)).toEqual(before);
    expect(await p.call('pipeline.move', { ids: [a], stage: 'dropped_out', reason: 'Flyttet fra kommunen' })).toEqual({ moved: 1 });
  });

  it('shows the pipeline as of a past date by replaying the stage history', async () => {
    const p = await programme();
    const [a, b] = await three(p);
    await p.call('pipeline.move', { ids: [a], stage: 'assessed', effectiveOn: '2026-02-01' });
    await p.call('pipeline.move', { ids: [a], stage: 'ready', effectiveOn: '2026-03-01' });
    const late = (await p.call('people.create', { firstName: 'Øystein', registeredOn: '2026-04-01' })).id;

    const feb15 = await p.call('people.list', { asOf: '2026-02-15' });
    expect(feb15.map((r) => r.id).sort()).toEqual([a, b, feb15.find((r) => r.firstName === 'Yohannes')!.id].sort());
    expect(feb15.find((r) => r.id === a)).toMatchObject({ stage: 'assessed', stageChangedOn: '2026-02-01', daysInStage: 14 });
    expect(feb15.find((r) => r.id === b)).toMatchObject({ stage: 'registered', stageChangedOn: '2026-01-05', daysInStage: 41 });
    expect(feb15.some((r) => r.id === late)).toBe(false);
    expect((await p.call('people.list', { asOf: '2025-12-31' }))).toEqual([]);
    expect((await p.call('people.list', {})).find((r) => r.id === a)).toMatchObject({ stage: 'ready' });
  });

  it('shows the mentor of the open match and leaves out erased people unless asked', async () => {
    const p = await programme();
    const [a, b] = await three(p);
    const org = await p.call('organisations.create', { kind: 'company', name: 'Skagerak Energi', partner: true });
    const mentor = await p.call('mentors.create', { firstName: 'Kari', lastName: 'Berg', organisationId: org.id, capacity: 2 });
    const db = p.db();
    db.insert(matches).values({ participantId: a, mentorId: mentor.id, status: 'active', startedOn: '2026-02-01' }).run();
    db.insert(matches).values({ participantId: b, mentorId: mentor.id, status: 'completed', startedOn: '2026-02-01' }).run();
    db.update(participants).set({ erasedAt: '2026-05-01T00:00:00.000Z', firstName: '', lastName: '' }).where(eq(participants.id, b)).run();

    const rows = await p.call('people.list', {});
    expect(rows.map((r) => r.id)).not.toContain(b);
    expect(rows.find((r) => r.id === a)).toMatchObject({ mentorId: mentor.id, mentorName: 'Kari Berg' });
    expect((await p.call('people.list', { includeErased: true })).map((r) => r.id)).toContain(b);

    const mentors = await p.call('mentors.list', {});
    expect(mentors).toEqual([expect.objectContaining({ id: mentor.id, employerName: 'Skagerak Energi', capacity: 2, activeMatches: 1, active: true, languages: [] })]);
    const detail = await p.call('people.get', { id: a });
    expect(detail.matches).toEqual([expect.objectContaining({ mentorName: 'Kari Berg', status: 'active', startedOn: '2026-02-01' })]);
  });
});

describe('follow-ups, mentors, organisations, cohorts and saved views', () => {
  it('logs follow-ups with the staff member and lists them newest first', async () => {
    const p = await programme();
    const { id } = await p.call('people.create', { firstName: 'Hassan' });
    await p.call('followUps.add', { participantId: id, date: '2026-03-01', kind: 'call', minutes: 15, note: 'Snakket om CV' });
    await p.call('followUps.add', { participantId: id, date: '2026-03-10', kind: 'meeting', minutes: 60, note: null });
    const list = await p.call('followUps.list', { participantId: id });
    expect(list.map((f) => [f.date, f.kind, f.minutes, f.staffName])).toEqual([
      ['2026-03-10', 'meeting', 60, 'Kari Nordmann'],
      ['2026-03-01', 'call', 15, 'Kari Nordmann'],
    ]);
    expect((await p.call('people.get', { id })).followUps).toHaveLength(2);
    expect(await p.api.call('followUps.add', { participantId: id, date: '2999-01-01', kind: 'call', minutes: 5, note: null })).toMatchObject({ ok: false, error: { code: 'API_INVALID_INPUT' } });
    expect(await p.api.call('followUps.add', { participantId: 'nobody', date: '2026-03-01', kind: 'call' })).toMatchObject({ ok: false, error: { code: 'API_NOT_FOUND' } });
  });

  it('creates, updates and shows mentors with validation and audit', async () => {
    const p = await programme();
    expect(await p.api.call('mentors.create', { firstName: 'Per', capacity: -1 })).toMatchObject({ ok: false, error: { code: 'API_INVALID_INPUT' } });
    expect(await p.api.call('mentors.create', { firstName: 'Per', organisationId: 'nope' })).toMatchObject({ ok: false, error: { code: 'API_INVALID_INPUT' } });
    const { id } = await p.call('mentors.create', { firstName: 'Per', lastName: 'Aasen', field: 'economics_administration', languages: ['en', 'AR'] });
    const row = await p.call('mentors.update', { id, changes: { jobTitle: 'Controller', capacity: 3 } });
    expect(row).toMatchObject({ id, jobTitle: 'Controller', capacity: 3, languages: ['en', 'ar'] });
    const mentor = await p.call('mentors.get', { id });
    expect(mentor).toMatchObject({ lastName: 'Aasen', jobTitle: 'Controller', matches: [], activeMatches: 0 });
    expect(mentor.audit.map((a) => a.fields).flat()).toEqual(expect.arrayContaining(['jobTitle', 'capacity']));
    expect((await p.call('people.search', { query: 'åsen', limit: 5 }))).toEqual([{ id, kind: 'mentor', name: 'Per Aasen', detail: null }]);
  });

  it('lists organisations by kind and cohorts with their size; refuses a duplicate cohort name', async () => {
    const p = await programme();
    await p.call('organisations.create', { kind: 'nav_office', name: 'NAV Skien', municipalityNumber: '4003' });
    await p.call('organisations.create', { kind: 'company', name: 'Yara Porsgrunn', orgNumber: '986 228 608' });
    expect(await p.api.call('organisations.create', { kind: 'company', name: 'X', orgNumber: '123' })).toMatchObject({ ok: false, error: { code: 'API_INVALID_INPUT' } });
    expect((await p.call('organisations.list', { kind: 'nav_office' })).map((o) => o.name)).toEqual(['NAV Skien']);
    expect((await p.call('organisations.list', {})).find((o) => o.name === 'Yara Porsgrunn')?.orgNumber).toBe('986228608');

    const cohort = await p.call('cohorts.create', { name: 'Vår 2026', startOn: '2026-01-10', endOn: '2026-06-20' });
    await p.call('people.create', { firstName: 'Zahra', cohortId: cohort.id });
    expect(await p.call('cohorts.list', {})).toEqual([{ id: cohort.id, name: 'Vår 2026', startOn: '2026-01-10', endOn: '2026-06-20', participants: 1 }]);
    expect(await p.api.call('cohorts.create', { name: 'Vår 2026' })).toMatchObject({ ok: false, error: { code: 'API_CONFLICT' } });
    expect(await p.api.call('cohorts.create', { name: 'Feil', startOn: '2026-06-01', endOn: '2026-01-01' })).toMatchObject({ ok: false, error: { code: 'API_INVALID_INPUT' } });
    expect((await p.call('people.list', { cohortId: cohort.id })).map((r) => r.firstName)).toEqual(['Zahra']);
  });

  it('saves, replaces, lists and deletes grid views; refuses a view over 64 KB', async () => {
    const p = await programme();
    const saved = await p.call('views.save', { name: 'Mine aktive', grid: 'participants', state: { filter: { stage: 'active' }, columns: ['firstName'] } });
    await p.call('views.save', { name: 'Mine aktive', grid: 'participants', state: { filter: { stage: 'ready' } } });
    await p.call('views.save', { name: 'Ledige mentorer', grid: 'mentors', state: {} });
    const views = await p.call('views.list', {});
    expect(views.map((v) => [v.name, v.grid])).toEqual([['Mine aktive', 'participants'], ['Ledige mentorer', 'mentors']]);
    expect(views[0]).toMatchObject({ id: saved.id, state: { filter: { stage: 'ready' } } });
    expect(await p.api.call('views.save', { name: 'Stor', grid: 'participants', state: { blob: 'x'.repeat(70_000) } })).toMatchObject({ ok: false, error: { code: 'API_INVALID_INPUT' } });
    await p.call('views.delete', { id: saved.id });
    expect((await p.call('views.list', { grid: 'participants' }))).toEqual([]);
    expect(await p.api.call('views.delete', { id: saved.id })).toMatchObject({ ok: false, error: { code: 'API_NOT_FOUND' } });
  });
});

describe('search as you type', () => {
  it('finds names whatever the case, diacritics, Norwegian letters or script', async () => {
    const p = await programme();
    const cohort = await p.call('cohorts.create', { name: 'Høst 2026' });
    const ids: Record<string, string> = {};
    for (const [firstName, lastName] of [['Bjørn', 'Hansen'], ['Øystein', 'Ærø'], ['Олена', 'Коваленко'], ['Yohannes', 'Tesfamariam'], ['Åse', 'Berhane'], ['Ahmad', 'Rahimi']]) {
      ids[firstName!] = (await p.call('people.create', { firstName: firstName!, lastName: lastName!, cohortId: cohort.id })).id;
    }
    const find = async (query: string) => (await p.call('people.search', { query, limit: 20 })).map((h) => h.name);
    expect(await find('bjorn')).toEqual(['Bjørn Hansen']);
    expect(await find('BJØ')).toEqual(['Bjørn Hansen']);
    expect(await find('oystein')).toEqual(['Øystein Ærø']);
    expect(await find('aero')).toEqual(['Øystein Ærø']);
    expect(await find('olena')).toEqual(['Олена Коваленко']);
    expect(await find('Оле')).toEqual(['Олена Коваленко']);
    expect(await find('kovalenko olena')).toEqual(['Олена Коваленко']);
    expect(await find('yohannes tes')).toEqual(['Yohannes Tesfamariam']);
    expect(await find('tesfa')).toEqual(['Yohannes Tesfamariam']);
    expect(await find('aase')).toEqual(['Åse Berhane']);
    expect(await find('ase')).toEqual(['Åse Berhane']);
    expect(await find('han')).toEqual(['Bjørn Hansen']); // word starts only: not "Yohannes"
    expect(await find('')).toEqual([]);
    expect(await find('%')).toEqual([]);
    expect((await p.call('people.search', { query: 'bjorn', limit: 5 }))[0]).toEqual({ id: ids['Bjørn'], kind: 'participant', name: 'Bjørn Hansen', detail: 'Høst 2026', stage: 'registered' });
    expect(await p.api.call('people.search', { query: 'a', limit: 51 })).toMatchObject({ ok: false, error: { code: 'API_INVALID_INPUT' } });
  });

  it('keeps names out of the file on disk in plain text', async () => {
    const p = await programme();
    await p.call('people.create', { firstName: 'Tesfamariam', lastName: 'Zerezghi' });
    p.session.lock();
    expect(filesContaining(p.dir, ['Tesfamariam', 'tesfamariam', 'Zerezghi'])).toEqual([]);
  });
});
