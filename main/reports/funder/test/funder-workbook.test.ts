import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recentAudit } from '../../../audit/audit-log.ts';
import { buildFunderReport } from '../build.ts';
import { buildFixture, PERIOD, type Fixture } from './fixture.ts';
import { convertWithLibreOffice, hasOpenpyxl, hasSoffice, readerAvailable, readWithOpenpyxl, type ReadCell, type ReadSheet } from './readers.ts';

let f: Fixture;
let full: string;
let suppressed: string;
const phases: string[] = [];

async function report(name: string, suppressSmall: boolean): Promise<string> {
  const path = join(f.dir, 'ut', name);
  const { jobId } = await f.call('reports.startFunder', { grantId: f.id('county'), from: PERIOD.from, to: PERIOD.to, suppressSmall, path });
  for (;;) {
    const status = await f.call('jobs.status', { jobId });
    if (status.state === 'running') {
      if (!phases.includes(status.phase)) phases.push(status.phase);
      await new Promise((done) => setImmediate(done));
      continue;
    }
    expect(status).toMatchObject({ state: 'done', result: { path } });
    return path;
  }
}

beforeAll(async () => {
  f = await buildFixture();
  full = await report('Rapport.xlsx', false);
  suppressed = await report('Rapport ut av kontoret.xlsx', true);
}, 60_000);
afterAll(() => f?.close());

const v = (c: ReadCell) => (c ? c.v : null);
const table = (sheet: ReadSheet) => sheet.rows.map((r) => r.map(v));

describe('reports API', () => {
  it('runs as a job with the phases loading, counting, writing, records the export, and previews the same totals', async () => {
    expect(phases.filter((p) => ['loading', 'counting', 'writing'].includes(p)).length).toBeGreaterThan(0);
    expect(existsSync(full)).toBe(true);
    const audit = recentAudit(f.db(), 20).filter((a) => a.action === 'export' && a.entity === 'grants');
    expect(audit).toHaveLength(2);
    expect(audit[0]).toMatchObject({ entityId: f.id('county'), details: { kind: 'funder_report', from: PERIOD.from, to: PERIOD.to } });
    expect(JSON.stringify(audit)).not.toMatch(/Amina|Haddad/);
    const preview = await f.call('reports.funderPreview', { grantId: f.id('county'), ...PERIOD });
    expect(preview).toEqual({ participantsActive: 4, participantsNew: 2, participantsCompleted: 2, gotJob: 2, events: 2, attendance: 6, hours: 8, hoursValue: 3075 });
  });

  it('writes nothing when the job is cancelled while the workbook is being built', async () => {
    const path = join(f.dir, 'ut', 'Avbrutt.xlsx');
    let writingSteps = 0;
    const cancelled = buildFunderReport(f.db(), { grantId: f.id('county'), ...PERIOD, suppressSmall: false, path, appVersion: 'test', staffId: null }, async (phase) => {
      if (phase === 'writing' && ++writingSteps === 2) throw new Error('cancelled');
    });
    await expect(cancelled).rejects.toThrow('cancelled');
    expect(existsSync(path)).toBe(false);
  });

  it('refuses a period that ends before it starts, an unknown grant and an unwritable path, with translated codes', async () => {
    const bad = await f.api.call('reports.funderPreview', { grantId: f.id('county'), from: '2025-12-31', to: '2025-01-01' });
    expect(bad).toMatchObject({ ok: false, error: { code: 'REPORT_PERIOD_INVALID' } });
    expect(await f.api.call('reports.startFunder', { grantId: 'nope', ...PERIOD, suppressSmall: false, path: join(f.dir, 'x.xlsx') })).toMatchObject({ ok: false, error: { code: 'API_NOT_FOUND' } });
    expect(await f.api.call('reports.funderPreview', { grantId: f.id('county'), from: '2025-02-30', to: '2025-12-31' })).toMatchObject({ ok: false, error: { code: 'API_INVALID_INPUT' } });
    // A folder where the file should be: the job fails with REPORT_WRITE_FAILED.
    const { jobId } = await f.call('reports.startFunder', { grantId: f.id('county'), ...PERIOD, suppressSmall: false, path: join(f.dir, 'ut') });
    const status = await f.session.jobs.wait(jobId);
    expect(status).toMatchObject({ state: 'failed', error: { code: 'REPORT_WRITE_FAILED' } });
  });
});

describe.runIf(readerAvailable('openpyxl (python3-openpyxl)', hasOpenpyxl()))('the workbook read back by openpyxl', () => {
  it('has the sheets, Norwegian headings, frozen header rows, autofilter and print setup', () => {
    const book = readWithOpenpyxl(full);
    // Four people in the list cannot make groups of five: the Deltakere sheet is left out (funder-participants.test.ts has one).
    expect(book.sheets).toEqual(['Nøkkeltall', 'Fordelinger', 'Progresjon', 'Aktiviteter', 'Timer', 'Om rapporten']);
    const header = (name: string) => table(book.detail[name]!)[0];
    expect(header('Nøkkeltall')).toEqual(['Område', 'Nøkkeltall', 'Antall']);
    expect(header('Fordelinger')).toEqual(['Fordeling', 'Gruppe', 'Antall', 'Andel']);
    expect(header('Progresjon')).toEqual(['Skala', 'n', 'Snitt start', 'Snitt slutt', 'Endring', 'Andel forbedret']);
    expect(header('Aktiviteter')?.slice(0, 6)).toEqual(['Dato', 'Type', 'Tittel', 'Sted', 'Kull', 'Møtt']);
    expect(header('Timer')).toEqual(['Dato', 'Persontype', 'Person', 'Aktivitet', 'Timer', 'Timesats (kr)', 'Verdi (kr)']);
    for (const [name, sheet] of Object.entries(book.detail)) {
      expect(sheet.freeze, name).toBe('A2');
      expect(sheet.orientation, name).toBe('landscape');
      expect(sheet.fitToPage && sheet.fitToWidth === 1, name).toBe(true);
      expect(sheet.printTitleRows, name).toBe('$1:$1');
      expect(Object.values(sheet.widths).every((w) => w >= 8), name).toBe(true);
      if (name !== 'Om rapporten') expect(sheet.autofilter, name).toMatch(/^A1:[A-Z]+\d+$/);
      // Every printed page says whose report it is and for which period.
      expect(sheet.pageHeader, name).toBe('Telemark fylkeskommune · Mentor- og traineeordning · saksnr. 25/123 · rapportperiode 01.01.2025–31.12.2025');
    }
    // Counts with the locale's thousands separator; definitions wrap.
    expect(book.detail['Nøkkeltall']!.formats[2]?.[0]).toBe('#,##0');
    expect(book.detail['Aktiviteter']!.formats.slice(5).every(([format]) => format === '#,##0')).toBe(true);
    expect(book.detail['Om rapporten']!.formats[1]?.[2]).toBe(true);
  });

  it('numbers are numbers, totals add up across sheets, formulas carry their results', () => {
    const book = readWithOpenpyxl(full);
    const key = table(book.detail['Nøkkeltall']!);
    for (const row of book.detail['Nøkkeltall']!.rows.slice(1)) expect(row[2]?.t, String(row[1]?.v)).toBe('number');
    const figure = (label: string) => key.find((r) => r[1] === label)?.[2];
    expect(figure('Deltakere i programmet i perioden')).toBe(4);
    expect(figure('Fått jobb')).toBe(2);
    expect(figure('Timer (egenandel)')).toBe(8);
    expect(figure('Verdi av timene (kr)')).toBe(3075);

    const rows = book.detail['Fordelinger']!.rows.slice(1);
    const byBreakdown = new Map<string, { sum: number; total: number }>();
    for (const r of rows) {
      expect(r[2]?.t).toBe('number');
      const entry = byBreakdown.get(String(r[0]?.v)) ?? { sum: 0, total: -1 };
      if (r[1]?.v === 'Sum') entry.total = r[2]!.v as number;
      else entry.sum += r[2]!.v as number;
      byBreakdown.set(String(r[0]?.v), entry);
    }
    for (const title of ['Kjønn', 'Aldersgruppe', 'Landbakgrunn', 'Botid i Norge', 'Innvandringsgrunn', 'Utdanningsnivå', 'Fagfelt', 'Kommune', 'Kull', 'Spor']) {
      expect(byBreakdown.get(title), title).toEqual({ sum: 4, total: 4 });
    }
    for (const [title, b] of byBreakdown) expect(b.sum, title).toBe(b.total);

    const activities = book.detail['Aktiviteter']!;
    expect(activities.rows[1]?.[0]).toEqual({ t: 'date', v: '2025-03-05' });
    expect(activities.rows[1]?.slice(5).every((c) => c?.t === 'number')).toBe(true);
    expect(table(activities).at(-1)?.slice(5, 10)).toEqual([6, 3, 1, 2, 1]);
    expect(activities.formulas).toContainEqual(['F4', '=SUM(F2:F3)']);
    // Text that looks like a formula is written as text, never as a formula.
    expect(activities.formulas.some(([, formula]) => formula.includes('CV'))).toBe(false);

    const hours = book.detail['Timer']!;
    expect(table(hours).at(-1)).toEqual(['Sum', null, null, null, 8, null, 3075]);
    expect(hours.formulas).toContainEqual(['G2', '=E2*F2']);
    expect(hours.formulas).toContainEqual(['E5', '=SUM(E2:E4)']);

    const everything = JSON.stringify(book);
    for (const secret of ['Amina', 'Haddad', 'Farida', 'Rahimi', 'example.no', '+47', 'Ola Frivillig', 'Per Mentor']) expect(everything).not.toContain(secret);

    const about = table(book.detail['Om rapporten']!);
    expect(about.find((r) => r[0] === 'Laget med')?.[1]).toMatch(/^Koble \d+\.\d+\.\d+/);
    expect(about.find((r) => r[0] === 'Rapportperiode fra')?.[1]).toBe('2025-01-01');
    expect(about.find((r) => r[0] === 'Slettede personer i tallene')?.[1]).toBe(1);
    expect(about.find((r) => r[0] === 'Deltakere')?.[1]).toMatch(/^Utelatt: færre enn 5 deltakere/);
    expect(about.filter((r) => typeof r[1] === 'string' && r[1].length > 40).length).toBeGreaterThan(20);
  });

  it('with small counts hidden: one mark for a small cell and the cell hidden beside it, and no participant list', () => {
    const book = readWithOpenpyxl(suppressed);
    expect(book.sheets).toEqual(['Nøkkeltall', 'Fordelinger', 'Progresjon', 'Aktiviteter', 'Timer', 'Om rapporten']);
    const rows = table(book.detail['Fordelinger']!);
    const gender = Object.fromEntries(rows.filter((r) => r[0] === 'Kjønn').map((r) => [r[1], r[2]]));
    // Mann 1 is hidden; Kvinne 3 would give it away from the sum, so it is hidden too, with the same mark.
    // With four people every other breakdown is all 1s and 2s (age 1 + 2 + 1): shown, the sum 4 would
    // narrow each to 1–2, so the sum is hidden too, here and wherever it is restated.
    expect(gender).toEqual({ Kvinne: ':', Mann: ':', Annet: 0, Ukjent: 0, Sum: ':' });
    const key = table(book.detail['Nøkkeltall']!);
    expect(key.find((r) => r[1] === 'Deltakere i programmet i perioden')?.[2]).toBe(':');
    expect(rows.filter((r) => r[1] === 'Sum' && !String(r[0]).startsWith('Resultat')).every((r) => r[2] === ':')).toBe(true);
    expect(key.find((r) => r[1] === 'Avbrutt i perioden')?.[2]).toBe(':');
    expect(key.find((r) => r[1] === 'Fått jobb')?.[2]).toBe(':');
    // The mark sits right-aligned in the number column.
    expect(book.detail['Nøkkeltall']!.formats[2]?.[1]).toBe('right');
    // No cell says whether it is small: the old marks are gone.
    expect(JSON.stringify(book)).not.toMatch(/"<3"|"x"/);
    // Activity is not hidden.
    expect(key.find((r) => r[1] === 'Oppmøte i alt')?.[2]).toBe(6);
    // Progression over two people is hidden.
    expect(table(book.detail['Progresjon']!)[1]).toEqual(['Norsk på jobb', ':', null, null, null, null]);
  });
});

describe.runIf(readerAvailable('LibreOffice (libreoffice-calc-nogui)', hasSoffice()))('the workbook converted by LibreOffice headless', () => {
  it('converts every sheet to CSV without error', () => {
    const sheets = convertWithLibreOffice(full);
    const names = [...sheets.keys()].map((n) => n.replace(/^.*?-/, '').replace(/\.csv$/, '')).sort();
    expect(names).toEqual(['Aktiviteter', 'Fordelinger', 'Nøkkeltall', 'Om rapporten', 'Progresjon', 'Timer'].sort());
    const key = [...sheets].find(([n]) => n.includes('Nøkkeltall'))![1];
    expect(key).toContain('Deltakere,Deltakere i programmet i perioden,4');
    const hours = [...sheets].find(([n]) => n.includes('Timer'))![1];
    expect(hours.trim().split('\n').at(-1)).toBe('Sum,,,,8,,3075');
  }, 200_000);
});
