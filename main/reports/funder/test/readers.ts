import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Debian's python3 (with python3-openpyxl), never a pyenv python3 that happens to be on PATH. */
export const SYSTEM_PYTHON = '/usr/bin/python3';
export const SOFFICE = '/usr/bin/soffice';
const SCRIPT = fileURLToPath(new URL('./read_workbook.py', import.meta.url));

export const onCi = process.env.CI === 'true' || process.env.CI === '1';

export function hasOpenpyxl(): boolean {
  return spawnSync(SYSTEM_PYTHON, ['-c', 'import openpyxl'], { stdio: 'ignore' }).status === 0;
}

export function hasSoffice(): boolean {
  return spawnSync(SOFFICE, ['--version'], { stdio: 'ignore', timeout: 60_000 }).status === 0;
}

/**
 * Whether a reader test runs: yes when the reader is installed; when it is missing, the test is
 * skipped on a developer's machine but fails with the install command under CI=true.
 */
export function readerAvailable(name: string, available: boolean): boolean {
  if (!available && onCi) {
    throw new Error(`${name} is missing: apt-get install -y --no-install-recommends python3-openpyxl libreoffice-calc-nogui (.ci/run does this)`);
  }
  return available;
}

export type ReadCell = { t: 'number' | 'text' | 'date' | 'bool'; v: string | number | boolean } | null;
export type ReadSheet = {
  freeze: string | null;
  autofilter: string | null;
  orientation: string | null;
  fitToWidth: number | null;
  fitToPage: boolean;
  printTitleRows: string | null;
  /** The left part of the printed page header. */
  pageHeader: string | null;
  /** Number format, horizontal alignment and wrapping of the first data row's cells. */
  formats: [string, string | null, boolean][];
  widths: Record<string, number>;
  rows: ReadCell[][];
  formulas: [string, string][];
};

/** The workbook as openpyxl reads it (values with cached formula results, and the formulas). */
export function readWithOpenpyxl(path: string): { sheets: string[]; detail: Record<string, ReadSheet> } {
  const r = spawnSync(SYSTEM_PYTHON, [SCRIPT, path], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  if (r.status !== 0) throw new Error(`openpyxl could not read ${path}: ${r.stderr}`);
  return JSON.parse(r.stdout) as { sheets: string[]; detail: Record<string, ReadSheet> };
}

/**
 * LibreOffice headless converts every sheet to CSV (one file per sheet, LibreOffice 7.2+). Throws
 * with LibreOffice's output when it fails or writes nothing. Returns CSV text by file name.
 */
export function convertWithLibreOffice(path: string): Map<string, string> {
  const out = mkdtempSync(join(tmpdir(), 'koble-lo-out-'));
  const profile = mkdtempSync(join(tmpdir(), 'lo-profile-'));
  try {
    // Filter options: comma, double quote, UTF-8, from row 1, …, the last token -1 = every sheet.
    const r = spawnSync(
      SOFFICE,
      [`-env:UserInstallation=file://${profile}`, '--headless', '--norestore', '--convert-to', 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1', '--outdir', out, path],
      { encoding: 'utf8', timeout: 180_000 },
    );
    const files = readdirSync(out).filter((f) => f.endsWith('.csv'));
    if (r.status !== 0 || files.length === 0 || /error/i.test(r.stderr ?? '')) {
      throw new Error(`LibreOffice could not convert ${path} (exit ${r.status}): ${r.stdout}\n${r.stderr}`);
    }
    return new Map(files.map((f) => [f, readFileSync(join(out, f), 'utf8')]));
  } finally {
    rmSync(out, { recursive: true, force: true });
    rmSync(profile, { recursive: true, force: true });
  }
}
