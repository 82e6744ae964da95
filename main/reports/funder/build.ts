import { mkdirSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { KobleError } from '../../../db/errors.ts';
import { writeFileAtomic } from '../../../db/vault/atomic-write.ts';
import type { KobleDb } from '../../../db/vault/vault.ts';
import { recordAudit } from '../../audit/audit-log.ts';
import { countReport, totalsOf, type FunderCounts, type FunderTotals } from './counts.ts';
import { loadReportData } from './loader.ts';
import type { Period } from './types.ts';

export type FunderReportRequest = { grantId: string; from: string; to: string; suppressSmall: boolean };
export type FunderReportResult = { path: string; sheets: string[]; totals: FunderTotals };

/** Progress phases, in order (translation keys report.phase.*). */
export const FUNDER_PHASES = ['loading', 'counting', 'writing'] as const;
export type FunderPhase = (typeof FUNDER_PHASES)[number];

export function checkPeriod(period: Period): void {
  if (period.from > period.to) throw new KobleError('REPORT_PERIOD_INVALID', 'The period must end on or after its first day', { from: period.from, to: period.to });
}

/** Counts without writing a file (the screen's preview). */
export function funderPreview(db: KobleDb, request: Omit<FunderReportRequest, 'suppressSmall'>): FunderTotals {
  const period = { from: request.from, to: request.to };
  checkPeriod(period);
  return totalsOf(countReport(loadReportData(db, request.grantId, period)));
}

/**
 * The whole funder report: load (one read transaction), count, write the workbook atomically to
 * `path`, and record an export audit entry (grant, period and counts; never personal data).
 * `step` is told each phase and may yield or stop (a cancelled job throws from it).
 */
export async function buildFunderReport(
  db: KobleDb,
  request: FunderReportRequest & { path: string; appVersion: string; staffId: string | null; now?: Date },
  step: (phase: FunderPhase, done: number) => Promise<void> = async () => undefined,
): Promise<FunderReportResult & { counts: FunderCounts }> {
  const period = { from: request.from, to: request.to };
  checkPeriod(period);
  await step('loading', 0);
  const data = loadReportData(db, request.grantId, period);
  await step('counting', 1);
  const counts = countReport(data, { foldSmall: request.suppressSmall });
  await step('writing', 2);
  // The workbook writer (exceljs) is loaded for the first report, not when the API starts.
  const { funderWorkbook } = await import('./workbook.ts');
  const { bytes, sheets } = await funderWorkbook(data, counts, { suppressSmall: request.suppressSmall, appVersion: request.appVersion, createdAt: request.now ?? new Date() });
  // A cancel (or a lock) while the workbook was built stops here, before anything is on disk.
  await step('writing', 2);
  // From here to the audit entry there is no await: nothing (a cancel, a lock closing the
  // database) can come between the plaintext file and its record. No file without its entry.
  try {
    mkdirSync(dirname(request.path), { recursive: true });
    writeFileAtomic(request.path, bytes);
  } catch (error) {
    throw new KobleError('REPORT_WRITE_FAILED', `The report could not be written (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  const totals = totalsOf(counts);
  try {
    recordAudit(db, {
      staffId: request.staffId,
      action: 'export',
      entity: 'grants',
      entityId: request.grantId,
      details: { kind: 'funder_report', format: 'xlsx', from: request.from, to: request.to, suppressSmall: request.suppressSmall, sheets: sheets.length, participantsActive: totals.participantsActive },
    });
  } catch (error) {
    rmSync(request.path, { force: true });
    throw error;
  }
  await step('writing', 3);
  return { path: request.path, sheets, totals, counts };
}
