import { statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { eq } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { participants, stageChanges } from '../../db/schema/index.ts';
import { recentAudit } from '../audit/audit-log.ts';
import { FIXTURES_DIR, makeLargeSheet, makeOversizeFile } from '../../scripts/make-import-fixtures.ts';
import { commitImport, MAX_PROBLEMS, type ImportPreview } from './index.ts';
import { testProgramme } from '../test/programme.ts';

let close = () => {};
afterEach(() => close());

async function programme(options: Parameters<typeof testProgramme>[0] = {}) {
  const p = await testProgramme(options);
  close = p.close;
  return p;
}

function csvFile(dir: string, name: string, rows: string[][]): string {
  const path = join(dir, name);
  writeFileSync(path, rows.map((r) => r.join(';')).join('\n'));
  return path;
}

describe('import through the API', () => {
  it('accepts only a spreadsheet chosen in the dialog, and answers null when cancelled', async () => {
    const file = join(FIXTURES_DIR, 'semicolon.csv');
    const { api } = await programme({ trustsPaths: false, spreadsheet: file });
    expect(await api.call('import.preview', { kind: 'participants', path: file })).toMatchObject({ ok: false, error: { code: 'API_PATH_NOT_CHOSEN' } });
    expect(await api.call('import.chooseFile', {})).toMatchObject({ ok: true, value: { path: file, name: 'semicolon.csv' } });
    expect(await api.call('import.preview', { kind: 'participants', path: file })).toMatchObject({ ok: true, value: { totalRows: 3, validRows: 3 } });
    const cancelled = await programme({ trustsPaths: false });
    expect(await cancelled.api.call('import.chooseFile', {})).toEqual({ ok: true, value: null });
  });

  it('refuses while the programme is locked', async () => {
    const { api } = await programme();
    await api.call('vault.lock', {});
    expect(await api.call('import.preview', { kind: 'participants', path: join(FIXTURES_DIR, 'semicolon.csv') })).toMatchObject({ ok: false, error: { code: 'VAULT_LOCKED' } });
  });

  it('describes the columns and fields for the wizard', async () => {
    const { api } = await programme();
    const reply = await api.call('import.preview', { kind: 'participants', path: join(FIXTURES_DIR, 'unknown-headers.csv') });
    const value = (reply.ok ? reply.value : null) as ImportPreview;
    expect(value.headers).toEqual([
      { column: 0, header: 'Fornavn', field: 'firstName', suggested: 'firstName' },
      { column: 1, header: 'Etternavn', field: 'lastName', suggested: 'lastName' },
      { column: 2, header: 'Kolonne X', field: null, suggested: null },
      { column: 3, header: 'Hjemby', field: null, suggested: null },
    ]);
    expect(value.fields).toContainEqual({ field: 'firstName', label: 'import.fields.firstName', required: true });
    expect(value.fields.map((f) => f.field)).not.toContain('employer');
    expect(value).toMatchObject({ fileName: 'unknown-headers.csv', sheetName: 'unknown-headers.csv', headerRow: 1, moreProblems: 0 });
  });

  it('lets the user map the rest, and refuses a mapping to an unknown field', async () => {
    const { api, db } = await programme();
    const path = join(FIXTURES_DIR, 'unknown-headers.csv');
    const mapping = { Hjemby: 'municipality', 'Kolonne X': '', Etternavn: '' };
    const preview = await api.call('import.preview', { kind: 'participants', path, mapping });
    expect(preview).toMatchObject({ ok: true, value: { headers: [{ field: 'firstName' }, { field: null, suggested: 'lastName' }, { field: null }, { field: 'municipality' }] } });
    expect(await api.call('import.commit', { kind: 'participants', path, mapping, skipInvalid: false })).toMatchObject({ ok: true, value: { imported: 1 } });
    expect(db().select().from(participants).get()).toMatchObject({ firstName: 'Kari', lastName: '', municipalityNumber: '4003' });
    expect(await api.call('import.preview', { kind: 'participants', path, mapping: { Hjemby: 'religion' } })).toMatchObject({
      ok: false,
      error: { code: 'IMPORT_BAD_MAPPING' },
    });
    expect(await api.call('import.preview', { kind: 'participants', path, mapping: { Hjemby: 'employer' } })).toMatchObject({ ok: false, error: { code: 'IMPORT_BAD_MAPPING' } });
  });

  it('writes participants at stage registered with their first stage change, text stored as text, and an audit entry with counts only', async () => {
    const { api, db, session } = await programme();
    const reply = await api.call('import.commit', { kind: 'participants', path: join(FIXTURES_DIR, 'injection.csv'), skipInvalid: false });
    expect(reply).toMatchObject({ ok: true, value: { imported: 3, skipped: 0, problems: [] } });
    const rows = db().select().from(participants).all();
    expect(rows.map((r) => r.firstName).sort()).toEqual(['=HYPERLINK("http://example.invalid","klikk")', '@SUM(1+1)', 'Kari']);
    for (const row of rows) {
      expect(row).toMatchObject({ stage: 'registered', track: 'mentor', gender: 'unknown' });
      expect(row.stageChangedOn).toBe(row.registeredOn);
      expect(db().select().from(stageChanges).where(eq(stageChanges.participantId, row.id)).all()).toEqual([
        expect.objectContaining({ fromStage: null, stage: 'registered', effectiveOn: row.registeredOn, reason: 'import', staffId: session.staffId }),
      ]);
    }
    expect(rows.find((r) => r.firstName === 'Kari')!.searchText).toContain('kari');
    const audit = recentAudit(db(), 5).find((entry) => entry.entity === 'import');
    expect(audit).toMatchObject({ action: 'create', details: { kind: 'participants', imported: 3, skipped: 0 } });
    expect(JSON.stringify(audit)).not.toMatch(/Kari|HYPERLINK|Nordmann/);
  });

  it('imports mentors with their employer organisation, one per company however it is spelt', async () => {
    const { api, count } = await programme();
    const reply = await api.call('import.commit', { kind: 'mentors', path: join(FIXTURES_DIR, 'mentors.xlsx'), skipInvalid: true });
    expect(reply).toMatchObject({ ok: true, value: { imported: 2, skipped: 1 } });
    expect(count('mentors')).toBe(2);
    expect(count('organisations')).toBe(2);
    expect(count('participants')).toBe(0);
  });

  it('rolls everything back when the row writer fails part-way', async () => {
    const { dir, db, count } = await programme();
    const rows = [['Fornavn', 'Etternavn', 'E-post']];
    for (let i = 0; i < 1000; i++) rows.push([`Person${i}`, `Etternavn${i}`, `p${i}@example.no`]);
    const path = csvFile(dir, 'many.csv', rows);
    const auditBefore = count('audit_log');
    await expect(
      commitImport(db(), { kind: 'participants', path, skipInvalid: false }, {
        staffId: null,
        beforeRow: (_record, index) => {
          if (index === 900) throw new Error('disk full');
        },
      }),
    ).rejects.toThrow('disk full');
    expect({ participants: count('participants'), stages: count('stage_changes'), audit: count('audit_log') }).toEqual({ participants: 0, stages: 0, audit: auditBefore });
    const ok = await commitImport(db(), { kind: 'participants', path, skipInvalid: false }, { staffId: null });
    expect(ok.imported).toBe(1000);
    expect(count('stage_changes')).toBe(1000);
  });

  it('caps the problem list at 1,000 and counts the rest', async () => {
    const { dir, api } = await programme();
    const rows = [['Fornavn', 'Etternavn', 'E-post']];
    for (let i = 0; i < 1500; i++) rows.push([`P${i}`, 'X', 'ikke-epost']);
    const reply = await api.call('import.preview', { kind: 'participants', path: csvFile(dir, 'bad.csv', rows) });
    expect(reply).toMatchObject({ ok: true, value: { totalRows: 1500, invalidRows: 1500, moreProblems: 500 } });
    expect((reply.ok ? (reply.value as ImportPreview) : null)?.problems).toHaveLength(MAX_PROBLEMS);
    const commit = await api.call('import.commit', { kind: 'participants', path: join(dir, 'bad.csv'), skipInvalid: false });
    expect(commit).toMatchObject({ ok: false, error: { code: 'IMPORT_INVALID_ROWS', details: { invalidRows: 1500, moreProblems: 500 } } });
  });

  it('reads a 20 MB sheet, refuses a file over 25 MB before reading it, and refuses more than 50,000 rows', async () => {
    const { dir, api } = await programme();
    const large = join(dir, 'large.xlsx');
    const { rows } = await makeLargeSheet(large, 20);
    expect(statSync(large).size).toBeGreaterThan(19 * 1024 * 1024);
    expect(statSync(large).size).toBeLessThan(25 * 1024 * 1024);
    expect(await api.call('import.preview', { kind: 'participants', path: large })).toMatchObject({ ok: true, value: { totalRows: rows, validRows: rows } });
    const oversize = join(dir, 'oversize.xlsx');
    makeOversizeFile(oversize);
    expect(await api.call('import.preview', { kind: 'participants', path: oversize })).toMatchObject({
      ok: false,
      error: { code: 'IMPORT_UNREADABLE_FILE', details: { reason: 'too_large' } },
    });
    const many = [['Fornavn', 'Etternavn']];
    for (let i = 0; i < 50_001; i++) many.push([`P${i}`, 'X']);
    expect(await api.call('import.preview', { kind: 'participants', path: csvFile(dir, 'many.csv', many) })).toMatchObject({
      ok: false,
      error: { code: 'IMPORT_TOO_MANY_ROWS' },
    });
    expect(await api.call('import.preview', { kind: 'participants', path: join(dir, 'missing.csv') })).toMatchObject({
      ok: false,
      error: { code: 'IMPORT_UNREADABLE_FILE', details: { reason: 'missing' } },
    });
  }, 120_000);
});
