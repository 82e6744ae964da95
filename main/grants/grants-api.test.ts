import { describe, expect, it } from 'vitest';
import { count, eq } from 'drizzle-orm';
import { auditLog, events, grantCohorts, grantDeadlines, grants, hours } from '../../db/schema/index.ts';
import { closingTestProgrammes, type TestProgramme } from '../test/programme.ts';

type Programme = TestProgramme;
const programme = closingTestProgrammes();

/** Everything a refused write must leave as it was. */
function snapshot(p: Programme) {
  const db = p.db();
  return {
    grants: db.select().from(grants).all(),
    deadlines: db.select().from(grantDeadlines).all(),
    cohorts: db.select().from(grantCohorts).all(),
    hours: db.select().from(hours).all(),
    audit: db.select({ n: count() }).from(auditLog).get()?.n,
  };
}

async function errorCode(p: Programme, ...args: Parameters<Programme['api']['call']>) {
  const reply = await p.api.call(...args);
  return reply.ok ? 'ok' : reply.error.code;
}

describe('grants', () => {
  it('creates a county grant named from the settings, with cohorts, deadlines and linked events', async () => {
    const p = await programme();
    await p.call('settings.update', { countyFunderName: 'Telemark fylkeskommune' });
    expect((await p.call('settings.get', {})).countyFunderName).toBe('Telemark fylkeskommune');
    const cohort = await p.call('cohorts.create', { name: 'Høst 2026', startOn: '2026-08-15', endOn: '2026-12-15' });
    const grant = await p.call('grants.create', {
      funder: 'county', scheme: 'Mentor- og traineeordning', caseNumber: '26/1234', amount: 600_000,
      periodStart: '2026-01-01', periodEnd: '2026-12-31', cohortIds: [cohort.id],
    });
    expect(grant).toMatchObject({ funder: 'county', funderName: 'Telemark fylkeskommune', amount: 600_000, cohortIds: [cohort.id], eventIds: [], deadlines: [] });

    const withDeadline = await p.call('grants.addDeadline', { grantId: grant.id, kind: 'report', dueOn: '2027-03-01', description: 'Rapport og regnskap' });
    expect(withDeadline.deadlines).toEqual([{ id: expect.any(String), kind: 'report', dueOn: '2027-03-01', description: 'Rapport og regnskap', doneOn: null }]);
    const done = await p.call('grants.completeDeadline', { deadlineId: withDeadline.deadlines[0]!.id, doneOn: '2026-01-05' });
    expect(done.deadlines[0]!.doneOn).toBe('2026-01-05');

    const [event] = p.db().insert(events).values({ kind: 'kurs', title: 'CV-kurs', startsAt: '2026-09-01T08:00:00.000Z' }).returning().all();
    const updated = await p.call('grants.update', { grantId: grant.id, changes: { eventIds: [event!.id], amount: 650_000, notes: 'Økt ramme' } });
    expect(updated).toMatchObject({ amount: 650_000, notes: 'Økt ramme', eventIds: [event!.id] });
    expect(await p.call('grants.list', {})).toEqual([updated]);
    expect(await p.call('grants.get', { grantId: grant.id })).toEqual(updated);

    const afterRemove = await p.call('grants.removeDeadline', { deadlineId: withDeadline.deadlines[0]!.id });
    expect(afterRemove.deadlines).toEqual([]);
    const actions = p.db().select().from(auditLog).where(eq(auditLog.entityId, grant.id)).all().map((a) => a.action);
    expect(actions).toEqual(['create', 'update']);
  });

  it('names IMDi itself and requires a name for a foundation or for a county when none is set', async () => {
    const p = await programme();
    expect((await p.call('grants.create', { funder: 'imdi', periodStart: '2026-01-01', periodEnd: '2026-12-31' })).funderName).toBe('IMDi');
    const before = snapshot(p);
    expect(await errorCode(p, 'grants.create', { funder: 'county', periodStart: '2026-01-01', periodEnd: '2026-12-31' })).toBe('GRANT_COUNTY_NAME_MISSING');
    expect(await errorCode(p, 'grants.create', { funder: 'foundation', periodStart: '2026-01-01', periodEnd: '2026-12-31' })).toBe('API_INVALID_INPUT');
    expect(snapshot(p)).toEqual(before);
    expect((await p.call('grants.create', { funder: 'foundation', funderName: 'Kavlifondet', periodStart: '2026-01-01', periodEnd: '2027-06-30' })).funderName).toBe('Kavlifondet');
  });

  it('refuses bad periods, amounts, dates and unknown cohorts, and leaves everything as it was', async () => {
    const p = await programme();
    const grant = await p.call('grants.create', { funder: 'imdi', periodStart: '2026-01-01', periodEnd: '2026-12-31' });
    const before = snapshot(p);
    expect(await errorCode(p, 'grants.create', { funder: 'imdi', periodStart: '2026-12-31', periodEnd: '2026-01-01' })).toBe('API_INVALID_INPUT');
    expect(await errorCode(p, 'grants.create', { funder: 'imdi', amount: -5, periodStart: '2026-01-01', periodEnd: '2026-12-31' })).toBe('API_INVALID_INPUT');
    expect(await errorCode(p, 'grants.create', { funder: 'imdi', periodStart: '2026-02-30', periodEnd: '2026-12-31' })).toBe('API_INVALID_INPUT');
    expect(await errorCode(p, 'grants.create', { funder: 'imdi', periodStart: '2026-01-01', periodEnd: '2026-12-31', cohortIds: ['nope'] })).toBe('API_NOT_FOUND');
    // Only one end changed, but it would end before the stored start.
    expect(await errorCode(p, 'grants.update', { grantId: grant.id, changes: { periodEnd: '2025-06-30' } })).toBe('GRANT_BAD_PERIOD');
    expect(await errorCode(p, 'grants.update', { grantId: grant.id, changes: { amount: 5, eventIds: ['nope'] } })).toBe('API_NOT_FOUND');
    expect(await errorCode(p, 'grants.addDeadline', { grantId: grant.id, dueOn: 'snart' })).toBe('API_INVALID_INPUT');
    expect(await errorCode(p, 'grants.addDeadline', { grantId: 'nope', dueOn: '2027-01-01' })).toBe('API_NOT_FOUND');
    expect(await errorCode(p, 'grants.completeDeadline', { deadlineId: 'nope', doneOn: '2026-01-01' })).toBe('API_NOT_FOUND');
    expect(await errorCode(p, 'grants.get', { grantId: 'nope' })).toBe('API_NOT_FOUND');
    expect(snapshot(p)).toEqual(before);
  });

  it('keeps a grant that has hours charged to it unless removal is forced; the hours stay', async () => {
    const p = await programme();
    const grant = await p.call('grants.create', { funder: 'imdi', periodStart: '2025-01-01', periodEnd: '2025-12-31' });
    const row = await p.call('hours.add', { workedOn: '2025-03-03', volunteerName: 'Ola Frivillig', hours: 3, activity: 'event', grantId: grant.id, hourlyValue: 400 });
    const before = snapshot(p);
    const reply = await p.api.call('grants.remove', { grantId: grant.id });
    expect(reply).toMatchObject({ ok: false, error: { code: 'GRANT_IN_USE', details: { hours: 1 } } });
    expect(snapshot(p)).toEqual(before);
    expect(await p.call('grants.remove', { grantId: grant.id, force: true })).toBeNull();
    expect(await p.call('grants.list', {})).toEqual([]);
    expect(await p.call('hours.list', {})).toEqual([{ ...row, grantId: null }]);
  });
});

describe('hours (egenandel)', () => {
  it('values hours from the rates: own rate, the 1.2 ‰ rule with its 800 kr cap, the default', async () => {
    const p = await programme();
    const [me] = await p.call('staff.list', {});
    const mentor = await p.call('mentors.create', { firstName: 'Kari', lastName: 'Berg' });
    const mentor2 = await p.call('mentors.create', { firstName: 'Per', lastName: 'Aasen' });
    expect(await p.call('hours.getRates', {})).toEqual({ defaultHourly: null, rule: { permilleOfSalary: 1.2, maxHourly: 800 }, people: [] });
    const rates = await p.call('hours.setRates', {
      defaultHourly: 350,
      rule: { permilleOfSalary: 1.2, maxHourly: 800 },
      people: [
        { personKind: 'staff', personId: me!.id, annualSalary: 600_000 },
        { personKind: 'mentor', personId: mentor.id, annualSalary: 1_200_000 },
      ],
    });
    expect(rates.people).toHaveLength(2);
    const grant = await p.call('grants.create', { funder: 'imdi', periodStart: '2025-01-01', periodEnd: '2025-12-31' });

    const staffRow = await p.call('hours.add', { workedOn: '2025-02-03', staffId: me!.id, hours: 7.5, activity: 'coordination', grantId: grant.id });
    expect(staffRow).toMatchObject({ personKind: 'staff', personId: me!.id, personName: 'Kari Nordmann', hours: 7.5, hourlyValue: 720, value: 5400, grantId: grant.id });
    const mentorRow = await p.call('hours.add', { workedOn: '2025-02-04', mentorId: mentor.id, hours: 1.5, activity: 'mentoring', grantId: grant.id });
    expect(mentorRow).toMatchObject({ personKind: 'mentor', personName: 'Kari Berg', hourlyValue: 800, value: 1200 });
    const otherMentor = await p.call('hours.add', { workedOn: '2025-02-05', mentorId: mentor2.id, hours: 2, activity: 'mentoring', grantId: grant.id });
    expect(otherMentor).toMatchObject({ hourlyValue: 350, value: 700 });
    const volunteer = await p.call('hours.add', { workedOn: '2025-02-06', volunteerName: 'Sara Frivillig', hours: 3, activity: 'event', hourlyValue: 0, note: 'Rigging' });
    expect(volunteer).toMatchObject({ personKind: 'volunteer', personId: null, personName: 'Sara Frivillig', hourlyValue: 0, value: 0, grantId: null });

    expect((await p.call('hours.list', { grantId: grant.id })).map((r) => r.id)).toEqual([otherMentor.id, mentorRow.id, staffRow.id]);
    expect((await p.call('hours.list', { from: '2025-02-05', to: '2025-02-05' })).map((r) => r.id)).toEqual([otherMentor.id]);

    const totals = await p.call('hours.totals', { grantId: grant.id, from: '2025-01-01', to: '2025-12-31' });
    expect(totals).toMatchObject({ hours: 11, value: 7300 });
    expect(totals.byActivity.coordination).toEqual({ hours: 7.5, value: 5400 });
    expect(totals.byActivity.mentoring).toEqual({ hours: 3.5, value: 1900 });
    expect(totals.byPersonKind).toEqual({ staff: { hours: 7.5, value: 5400 }, mentor: { hours: 3.5, value: 1900 }, volunteer: { hours: 0, value: 0 } });
    const all = await p.call('hours.totals', { from: '2025-01-01', to: '2025-12-31' });
    expect(all.byPersonKind.volunteer).toEqual({ hours: 3, value: 0 });

    const changed = await p.call('hours.update', { hoursId: staffRow.id, changes: { hours: 4, note: 'Møte med NAV' } });
    expect(changed).toMatchObject({ hours: 4, value: 2880, note: 'Møte med NAV' });
    const moved = await p.call('hours.update', { hoursId: volunteer.id, changes: { mentorId: mentor.id } });
    expect(moved).toMatchObject({ personKind: 'mentor', personName: 'Kari Berg', hourlyValue: 800, value: 2400 });
    expect(await p.call('hours.remove', { hoursId: otherMentor.id })).toBeNull();
    expect(await p.call('hours.list', {})).toHaveLength(3);
    // Changing the rates later does not revalue hours already entered.
    await p.call('hours.setRates', { defaultHourly: null, rule: null, people: [] });
    expect((await p.call('hours.list', { grantId: grant.id })).find((r) => r.id === mentorRow.id)?.value).toBe(1200);
  });

  it('refuses hours over 24, no person or two, dates outside the grant or in the future, unknown people; nothing changes', async () => {
    const p = await programme();
    const [me] = await p.call('staff.list', {});
    const grant = await p.call('grants.create', { funder: 'imdi', periodStart: '2025-01-01', periodEnd: '2025-06-30' });
    const row = await p.call('hours.add', { workedOn: '2025-02-03', staffId: me!.id, hours: 2, activity: 'reporting', grantId: grant.id, hourlyValue: 500 });
    const before = snapshot(p);
    const base = { workedOn: '2025-02-03', staffId: me!.id, activity: 'reporting' } as const;
    expect(await errorCode(p, 'hours.add', { ...base, hours: 0 })).toBe('API_INVALID_INPUT');
    expect(await errorCode(p, 'hours.add', { ...base, hours: 24.5 })).toBe('API_INVALID_INPUT');
    expect(await errorCode(p, 'hours.add', { ...base, hours: 2, hourlyValue: -1 })).toBe('API_INVALID_INPUT');
    expect(await errorCode(p, 'hours.add', { ...base, hours: 2, workedOn: '2999-01-01' })).toBe('API_INVALID_INPUT');
    expect(await errorCode(p, 'hours.add', { workedOn: '2025-02-03', hours: 2, activity: 'reporting' })).toBe('HOURS_ONE_PERSON');
    expect(await errorCode(p, 'hours.add', { ...base, hours: 2, volunteerName: 'Ola' })).toBe('HOURS_ONE_PERSON');
    expect(await errorCode(p, 'hours.add', { ...base, hours: 2, grantId: grant.id, workedOn: '2025-07-01' })).toBe('HOURS_OUTSIDE_GRANT');
    expect(await errorCode(p, 'hours.add', { ...base, hours: 2, staffId: 'nope' })).toBe('API_NOT_FOUND');
    expect(await errorCode(p, 'hours.update', { hoursId: row.id, changes: { workedOn: '2025-08-01' } })).toBe('HOURS_OUTSIDE_GRANT');
    expect(await errorCode(p, 'hours.update', { hoursId: row.id, changes: { hours: 25 } })).toBe('API_INVALID_INPUT');
    expect(await errorCode(p, 'hours.remove', { hoursId: 'nope' })).toBe('API_NOT_FOUND');
    expect(await errorCode(p, 'hours.totals', { from: '2025-12-31', to: '2025-01-01' })).toBe('API_INVALID_INPUT');
    expect(await errorCode(p, 'hours.setRates', { defaultHourly: null, rule: null, people: [{ personKind: 'mentor', personId: 'nope', hourly: 300 }] })).toBe('API_NOT_FOUND');
    expect(await errorCode(p, 'hours.setRates', { defaultHourly: null, rule: { permilleOfSalary: 1.2, maxHourly: -800 }, people: [] })).toBe('API_INVALID_INPUT');
    expect(snapshot(p)).toEqual(before);
    expect(await p.call('hours.getRates', {})).toEqual({ defaultHourly: null, rule: { permilleOfSalary: 1.2, maxHourly: 800 }, people: [] });
  });
});
