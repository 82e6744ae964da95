import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readInChild } from '../../bench/hostile-import.ts';
import { LARGE_HOSTILE_FILES, writeHostileFiles } from '../../scripts/make-hostile-files.ts';
import { FIXTURES_DIR } from '../../scripts/make-import-fixtures.ts';
import type { ImportPreview, ImportResult } from './index.ts';
import { readSpreadsheet } from './read-worker/run.ts';
import { testProgramme } from '../test/programme.ts';

/** Each refusal: the code and reason both the dry run and the import give. */
const REFUSED: Record<string, { code: string; reason?: string; details?: Record<string, unknown> }> = {
  'merge-bomb.xlsx': { code: 'IMPORT_UNREADABLE_FILE', reason: 'too_complex' },
  'zip-bomb.xlsx': { code: 'IMPORT_UNREADABLE_FILE', reason: 'too_large_unpacked' },
  'styled-empty-rows.xlsx': { code: 'IMPORT_TOO_MANY_ROWS', reason: 'formatted_rows' },
  'header-only.csv': { code: 'IMPORT_EMPTY_FILE', reason: 'no_rows' },
  'header-only.xlsx': { code: 'IMPORT_EMPTY_FILE', reason: 'no_rows' },
  'unterminated-quote.csv': { code: 'IMPORT_UNREADABLE_FILE', reason: 'unterminated_quote', details: { line: 3 } },
  'old.xls': { code: 'IMPORT_UNREADABLE_FILE', reason: 'old_xls' },
  'sheet.ods': { code: 'IMPORT_UNREADABLE_FILE', reason: 'ods' },
  'password.xlsx': { code: 'IMPORT_UNREADABLE_FILE', reason: 'encrypted' },
  'truncated.xlsx': { code: 'IMPORT_UNREADABLE_FILE', reason: 'damaged' },
};

/** Generous for a loaded CI machine: what matters is seconds, not the 20–60 s a full parse took. */
const SECONDS = 20;

describe('hostile spreadsheets', () => {
  let programme: Awaited<ReturnType<typeof testProgramme>>;
  let dir: string;
  const fileHash = () => createHash('sha256').update(readFileSync(programme.path)).digest('hex');

  beforeAll(async () => {
    programme = await testProgramme();
    dir = join(programme.dir, 'hostile');
    await writeHostileFiles(dir);
  }, 60_000);
  afterAll(() => programme.close());

  for (const [name, expected] of Object.entries(REFUSED)) {
    it(`${name}: dry run and import both refuse with ${expected.code} (${expected.reason}) in seconds, and the programme is unchanged`, async () => {
      const { api, count, session } = programme;
      const before = { people: count('participants'), audit: count('audit_log') };
      session.requireVault().sqlite.pragma('wal_checkpoint(TRUNCATE)');
      const hash = fileHash();
      const request = { kind: 'participants' as const, path: join(dir, name) };
      const start = performance.now();
      const preview = await api.call('import.preview', request);
      const commit = await api.call('import.commit', { ...request, skipInvalid: true });
      expect((performance.now() - start) / 1000).toBeLessThan(SECONDS);
      const error = { code: expected.code, details: { reason: expected.reason, ...expected.details } };
      expect(preview).toMatchObject({ ok: false, error });
      expect(commit).toMatchObject({ ok: false, error });
      expect({ people: count('participants'), audit: count('audit_log') }).toEqual(before);
      session.requireVault().sqlite.pragma('wal_checkpoint(TRUNCATE)');
      expect(fileHash()).toBe(hash);
    }, 60_000);
  }

  it('reads the large hostile files with a peak RSS of a few hundred MB (one child process, worker included)', async () => {
    const results = await readInChild(Object.keys(LARGE_HOSTILE_FILES).map((name) => join(dir, name)), { capSeconds: 50 });
    expect(results.map((r) => r.outcome)).toEqual(['IMPORT_UNREADABLE_FILE (too_complex)', 'IMPORT_UNREADABLE_FILE (too_large_unpacked)', 'IMPORT_TOO_MANY_ROWS (formatted_rows)']);
    expect(Math.max(...results.map((r) => r.peakRssMb))).toBeLessThan(400);
  }, 60_000);

  it('ends a read that passes the heap ceiling, and the app reads the next file as usual', async () => {
    await expect(readSpreadsheet(join(FIXTURES_DIR, 'mentors.xlsx'), { heapMb: 4 })).rejects.toMatchObject({ code: 'IMPORT_UNREADABLE_FILE', details: { reason: 'too_complex' } });
    await expect(readSpreadsheet(join(FIXTURES_DIR, 'mentors.xlsx'))).resolves.toMatchObject({ sheetName: 'Ark1' });
  }, 60_000);

  async function commit(name: string) {
    const reply = await programme.api.call('import.commit', { kind: 'participants', path: join(dir, name), skipInvalid: true });
    if (!reply.ok) throw new Error(`${name}: ${reply.error.code}`);
    return reply.value as ImportResult;
  }

  async function preview(name: string) {
    const reply = await programme.api.call('import.preview', { kind: 'participants', path: join(dir, name) });
    if (!reply.ok) throw new Error(`${name}: ${reply.error.code}`);
    return reply.value as ImportPreview;
  }

  it('leaves a Sum row out with a note, and notes the merged cells', async () => {
    programme.clearPeople();
    const result = await commit('sum-row.xlsx');
    expect(result.imported).toBe(3);
    expect(result.notes.map((n) => n.code).sort()).toEqual(['MERGED_CELLS', 'TOTALS_ROW_SKIPPED']);
    expect(programme.db().all<{ n: string }>("select first_name as n from participants where first_name = 'Sum'")).toEqual([]);
  }, 60_000);

  it('removes bidi and invisible characters from names (NFC kept)', async () => {
    programme.clearPeople();
    await commit('bidi-names.csv');
    const names = programme.db().all<{ f: string; l: string }>('select first_name as f, last_name as l from participants order by email');
    expect(names).toEqual([
      { f: 'Aligpj.exe', l: 'Rahimi' },
      { f: 'Jón', l: 'Lie' },
      { f: 'Sara', l: 'Bakr' },
    ]);
  }, 60_000);

  it('reports repeated headers, reads data behind an instructions sheet, and decodes UTF-16 without a byte-order mark', async () => {
    programme.clearPeople();
    expect((await preview('duplicate-headers.csv')).notes).toEqual(
      expect.arrayContaining([expect.objectContaining({ code: 'DUPLICATE_HEADER', params: { header: 'Fornavn', columns: 'A, C' } })]),
    );
    const sheet2 = await preview('instructions-first.xlsx');
    expect({ sheet: sheet2.sheetName, rows: sheet2.totalRows }).toEqual({ sheet: 'Deltakere', rows: 3 });
    expect(sheet2.notes).toEqual([expect.objectContaining({ code: 'SHEET_CHOSEN', params: { sheet: 'Deltakere', skipped: 'Instruksjoner' } })]);
    const utf16 = await preview('utf16le-no-bom.csv');
    expect(utf16.sample.map((r) => r.firstName)).toEqual(['Kari', 'Ahmed', 'Olena', 'Bjørn']);
  }, 60_000);

  it('flags a names-only re-import as possible duplicates instead of doubling everyone', async () => {
    programme.clearPeople();
    expect((await commit('names-only.csv')).imported).toBe(2);
    const again = await preview('names-only.csv');
    expect(again.problems.map((p) => [p.row, p.code])).toEqual([
      [2, 'POSSIBLE_DUPLICATE'],
      [3, 'POSSIBLE_DUPLICATE'],
    ]);
    expect(await programme.api.call('import.commit', { kind: 'participants', path: join(dir, 'names-only.csv'), skipInvalid: false })).toMatchObject({
      ok: false,
      error: { code: 'IMPORT_INVALID_ROWS' },
    });
    expect(programme.count('participants')).toBe(2);
  }, 60_000);
});
