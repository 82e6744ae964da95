/**
 * Issue 12's "done when": suppressed workbooks of a demo programme, read back by openpyxl, with
 * every relation a reader sees rebuilt from the sheets' own labels (not from Koble's table model)
 * and each hidden cell's range worked out by an independent integer program; and the Deltakere
 * list of unsuppressed reports checked for groups smaller than 5.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as schema from '../../../../db/schema/index.ts';
import type { KobleDb } from '../../../../db/vault/vault.ts';
import { generateDemo } from '../../../demo/generate.ts';
import { openTestDb, TEST_STAFF_ID, type TestDb } from '../../../test/plain-db.ts';
import { writeProgrammeSettings } from '../../../settings/programme-settings.ts';
import { exactRanges, type CheckedRelation } from '../../disclosure/test/lp-check.ts';
import { buildFunderReport } from '../build.ts';
import { hasOpenpyxl, readerAvailable, readWithOpenpyxl, type ReadSheet } from './readers.ts';

const TODAY = '2026-05-15';
let t: TestDb;
let out: string;
let periods: { grant: string; from: string; to: string }[];

beforeAll(() => {
  t = openTestDb();
  out = mkdtempSync(join(tmpdir(), 'koble-disclosure-'));
  generateDemo(t.db, { people: 400, seed: 12, today: TODAY, staffId: TEST_STAFF_ID });
  const grants = t.db.select().from(schema.grants).all();
  // Each grant's own period, its first quarter, and a calendar year.
  periods = grants.flatMap((g) => [
    { grant: g.id, from: g.periodStart, to: g.periodEnd },
    { grant: g.id, from: g.periodStart, to: new Date(Date.parse(`${g.periodStart}T00:00:00Z`) + 89 * 86_400_000).toISOString().slice(0, 10) },
    { grant: g.id, from: '2025-01-01', to: '2025-12-31' },
  ]);
}, 120_000);
afterAll(() => {
  t?.close();
  if (out) rmSync(out, { recursive: true, force: true });
});

async function report(p: { grant: string; from: string; to: string }, suppressSmall: boolean, name: string): Promise<string> {
  const path = join(out, name);
  await buildFunderReport(t.db as unknown as KobleDb, { grantId: p.grant, from: p.from, to: p.to, suppressSmall, path, appVersion: 'test', staffId: null, force: true });
  return path;
}

/** The published counts and the relations between them, as a reader rebuilds them from the sheets. */
function readerModel(sheets: Record<string, ReadSheet>) {
  const values = new Map<string, number>();
  const hidden = new Set<string>();
  const relations: CheckedRelation[] = [];
  const put = (id: string, v: unknown) => {
    if (v === ':') hidden.add(id);
    else if (typeof v === 'number') values.set(id, v);
    else throw new Error(`${id}: neither a count nor the mark: ${String(v)}`);
  };
  const rows = (name: string) => sheets[name]!.rows.slice(1).map((r) => r.map((c) => (c ? c.v : null)));
  const key = rows('Nøkkeltall');
  const figure = (label: string) => `Nøkkeltall/${label}`;
  const people = ['Deltakere', 'Mentorer', 'Koblinger', 'Praksis', 'Resultater'];
  for (const [area, label, v] of key) if (people.includes(String(area)) || label === 'Ulike deltakere som møtte') put(figure(String(label)), v);
  const active = figure('Deltakere i programmet i perioden');

  const groups = new Map<string, string[]>();
  for (const [title, label, v] of rows('Fordelinger')) {
    const outcome = String(title).startsWith('Resultat');
    const id = label === 'Sum' ? (outcome ? `${title}/Sum` : active) : `${title}/${label}`;
    if (label === 'Sum') {
      if (outcome) put(id, v);
      else expect(v === ':' ? hidden.has(active) : values.get(active) === v, `${title}: the sum restates the key figure`).toBe(true);
      relations.push({ terms: [...groups.get(String(title))!.map((m) => [m, 1] as const), [id, -1]], kind: 'eq' });
    } else {
      put(id, v);
      groups.set(String(title), [...(groups.get(String(title)) ?? []), id]);
    }
  }
  const outcomeLabels = key.filter((r) => r[0] === 'Resultater' && !['Fått jobb', 'Deltakere med registrert resultat i perioden'].includes(String(r[1]))).map((r) => String(r[1]));
  relations.push({ terms: [...outcomeLabels.map((l) => [figure(l), 1] as const), [figure('Deltakere med registrert resultat i perioden'), -1]], kind: 'eq' });
  const employed = ['Fast jobb, relevant for utdanningen', 'Fast jobb, annen', 'Midlertidig jobb'];
  relations.push({ terms: [...employed.map((l) => [figure(l), 1] as const), [figure('Fått jobb'), -1]], kind: 'eq' });
  const timepoints = [...groups.keys()].filter((g) => g.startsWith('Resultat'));
  for (const l of outcomeLabels) relations.push({ terms: [[figure(l), 1], ...timepoints.map((tp) => [`${tp}/${l}`, -1] as const)], kind: 'le' });
  return { values, hidden, relations };
}

describe.runIf(readerAvailable('openpyxl (python3-openpyxl)', hasOpenpyxl()))('funder reports of a demo programme, read back', () => {
  it('suppressed: no hidden cell can be narrowed to fewer than three values from what the sheets show', async () => {
    let checked = 0;
    for (const [i, p] of periods.entries()) {
      const book = readWithOpenpyxl(await report(p, true, `suppressed-${i}.xlsx`));
      const { values, hidden, relations } = readerModel(book.detail);
      for (const [cell, range] of exactRanges(values, hidden, relations)) {
        expect(range.max - range.min, `${p.grant} ${p.from}–${p.to}: ${cell} narrowed to ${range.min}–${range.max}`).toBeGreaterThanOrEqual(2);
        checked++;
      }
      expect(JSON.stringify(book.detail['Om rapporten']!.rows)).toContain('personvernhensyn');
    }
    expect(checked).toBeGreaterThan(10);
  }, 300_000);

  it('unsuppressed: every combination of the Deltakere list’s attributes is shared by at least 5 people, ids differ per report unless stable pseudonyms are on', async () => {
    const p = periods[0]!;
    const book = readWithOpenpyxl(await report(p, false, 'full-a.xlsx'));
    const list = book.detail['Deltakere']!;
    const header = list.rows[0]!.map((c) => String(c?.v));
    const attributes = ['Kull', 'Spor', 'Kjønn', 'Aldersgruppe', 'Landbakgrunn', 'Botid', 'Innvandringsgrunn', 'Utdanningsnivå', 'Fagfelt', 'Kommune', 'Registrert (måned)'];
    // Columns removed for everyone are left out of the sheet; the rest follow Id in this order.
    const shown = attributes.filter((h) => header.includes(h));
    const quasi = shown.map((h) => header.indexOf(h));
    expect(quasi).toEqual(shown.map((_, i) => i + 1));
    const groups = new Map<string, number>();
    for (const r of list.rows.slice(1)) {
      const k = JSON.stringify(quasi.map((i) => r[i]?.v ?? null));
      groups.set(k, (groups.get(k) ?? 0) + 1);
    }
    expect(list.rows.length).toBeGreaterThan(20);
    expect(Math.min(...groups.values())).toBeGreaterThanOrEqual(5);
    // Om rapporten names the columns shown as recorded and the ones removed, as the sheet shows them.
    const about = String(book.detail['Om rapporten']!.rows.find((r) => r[0]?.v === 'Deltakere')?.[1]?.v);
    const named = (label: string) => (new RegExp(`${label}: ([^.]*)\\.`).exec(about)?.[1] ?? '').split(', ').filter(Boolean);
    const column = (h: string) => new Set(list.rows.slice(1).map((r) => r[header.indexOf(h)]?.v ?? null));
    const removed = named('Fjernet \\(står ikke i listen\\)');
    expect([...removed, ...shown].sort()).toEqual([...attributes].sort());
    expect(removed.length).toBeGreaterThan(0); // this programme is small: some columns must go, and are not in the sheet
    for (const h of named('Vist som registrert')) expect(column(h).has('*')).toBe(false);
    for (const h of shown) expect(column(h).has('*')).toBe(false);
    expect(named('Vist som registrert').length).toBeGreaterThan(0);
    expect(about).toContain('ingen av dem kan vises ett trinn finere');
    expect(list.rows.slice(1).every((r) => /^D-[0-9A-F]{12}$/.test(String(r[0]?.v)))).toBe(true);
    // Registered: the month at most, never the day.
    const registered = header.indexOf('Registrert (måned)');
    if (registered > 0) expect(list.rows.slice(1).every((r) => /^\d{4}(-\d{2})?$/.test(String(r[registered]?.v)))).toBe(true);

    const ids = (b: typeof book) => new Set(b.detail['Deltakere']!.rows.slice(1).map((r) => String(r[0]?.v)));
    const again = readWithOpenpyxl(await report(p, false, 'full-b.xlsx'));
    expect([...ids(again)].filter((id) => ids(book).has(id))).toEqual([]);
    writeProgrammeSettings(t.db as unknown as KobleDb, { reportStablePseudonyms: true });
    try {
      const stable1 = ids(readWithOpenpyxl(await report(p, false, 'stable-a.xlsx')));
      const stable2 = readWithOpenpyxl(await report(p, false, 'stable-b.xlsx'));
      expect([...ids(stable2)].sort()).toEqual([...stable1].sort());
      expect(JSON.stringify(stable2.detail['Om rapporten']!.rows)).toContain('stabile pseudonymer');
    } finally {
      writeProgrammeSettings(t.db as unknown as KobleDb, { reportStablePseudonyms: false });
    }
  }, 300_000);
});
