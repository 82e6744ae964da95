import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { auditLog } from '../../db/schema/index.ts';
import { closingTestProgrammes } from '../test/programme.ts';

const programme = closingTestProgrammes();

describe('office values (reference.addValue, reference.removeValue)', () => {
  it('adds a field that reference.lists returns after the shipped ones and people can use', async () => {
    const p = await programme();
    const added = await p.call('reference.addValue', { kind: 'field', label: '  Sykepleie   og omsorg ', mapsTo: 'medicine_health' });
    expect(added).toEqual({ code: 'office_sykepleie_og_omsorg', label: 'Sykepleie og omsorg' });
    const lists = await p.call('reference.lists', {});
    const last = lists.fields.at(-1);
    expect(last).toEqual({ code: 'office_sykepleie_og_omsorg', name: 'Sykepleie og omsorg', office: true });
    expect(lists.fields.filter((f) => !f.office).length).toBeGreaterThan(5);
    const { id } = await p.call('people.create', { firstName: 'Ola', field: added.code });
    expect((await p.call('people.get', { id })).field).toBe(added.code);
    const audit = p.db().select().from(auditLog).where(and(eq(auditLog.entity, 'reference_values'), eq(auditLog.action, 'create'))).all();
    expect(audit).toHaveLength(1);
  });

  it('refuses a label the list already has, shipped or the office\'s own, folded', async () => {
    const p = await programme();
    const shipped = (await p.call('reference.lists', {})).fields[0]!;
    const again = await p.api.call('reference.addValue', { kind: 'field', label: shipped.name.toUpperCase() });
    expect(again).toMatchObject({ ok: false, error: { code: 'REFERENCE_VALUE_EXISTS', details: { code: shipped.code, shipped: true } } });
    await p.call('reference.addValue', { kind: 'field', label: 'Bærekraft' });
    const folded = await p.api.call('reference.addValue', { kind: 'field', label: 'baerekraft' });
    expect(folded).toMatchObject({ ok: false, error: { code: 'REFERENCE_VALUE_EXISTS' } });
    expect((await p.api.call('reference.addValue', { kind: 'field', label: '   ' })).ok).toBe(false);
    expect((await p.api.call('reference.addValue', { kind: 'language', label: 'Tigrinja' })).ok).toBe(false);
    expect((await p.api.call('reference.addValue', { kind: 'field', label: 'Ny', mapsTo: 'not_a_field' })).ok).toBe(false);
  });

  it('removes an unused value, refuses one in use and the shipped ones', async () => {
    const p = await programme();
    const used = await p.call('reference.addValue', { kind: 'field', label: 'Arkitektur' });
    const unused = await p.call('reference.addValue', { kind: 'field', label: 'Landskapsarkitektur' });
    await p.call('people.create', { firstName: 'Kari', field: used.code });
    expect(await p.api.call('reference.removeValue', { kind: 'field', code: used.code })).toMatchObject({ ok: false, error: { code: 'REFERENCE_VALUE_IN_USE', details: { uses: 1 } } });
    expect(await p.api.call('reference.removeValue', { kind: 'field', code: 'medicine_health' })).toMatchObject({ ok: false, error: { code: 'API_NOT_FOUND' } });
    await p.call('reference.removeValue', { kind: 'field', code: unused.code });
    const codes = (await p.call('reference.lists', {})).fields.map((f) => f.code);
    expect(codes).toContain(used.code);
    expect(codes).not.toContain(unused.code);
    // Added again after removal: a fresh row with the same code.
    expect(await p.call('reference.addValue', { kind: 'field', label: 'Landskapsarkitektur' })).toEqual(unused);
  });
});
