import { mkdirSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { KobleError } from '../../../db/errors.ts';
import { writeFileAtomic } from '../../../db/vault/atomic-write.ts';
import type { KobleDb } from '../../../db/vault/vault.ts';
import { sqliteOf } from '../../../db/sqlite-client.ts';
import { recordAudit } from '../../audit/audit-log.ts';
import { readProgrammeSettings } from '../../settings/programme-settings.ts';
import { countReport, totalsOf, type FunderCounts, type FunderTotals } from './counts.ts';
import { loadReportData } from './loader.ts';
import { protectCounts, type Publication } from './protection.ts';
import { reportPseudonymKey } from './pseudonym.ts';
import type { Period } from './types.ts';

/** `force`: write the report even when the period is not within the grant's period. */
export type FunderReportRequest = { grantId: string; from: string; to: string; suppressSmall: boolean; force?: boolean };
export type FunderReportResult = { path: string; sheets: string[]; totals: FunderTotals };
export type FunderReportOutput = FunderReportResult & { counts: FunderCounts; protection: Publication['summary'] };

/** Progress phases, in order (translation keys report.phase.*). */
export const FUNDER_PHASES = ['loading', 'counting', 'protecting', 'writing'] as const;
export type FunderPhase = (typeof FUNDER_PHASES)[number];

export function checkPeriod(period: Period): void {
  if (period.from > period.to) throw new KobleError('REPORT_PERIOD_INVALID', 'The period must end on or after its first day', { from: period.from, to: period.to });
}

/** Whether the report period has days outside the grant's period (counts there are not the grant's). */
export function outsideGrantPeriod(period: Period, grant: { periodStart: string; periodEnd: string }): boolean {
  return period.from < grant.periodStart || period.to > grant.periodEnd;
}

/**
 * Refuses a period with days outside the grant's period unless `force` is given: such a report
 * counts days the grant did not fund (all zeros when the periods do not meet).
 */
export function checkGrantPeriod(db: KobleDb, grantId: string, period: Period, force: boolean): void {
  const grant = sqliteOf(db).prepare('select period_start, period_end from grants where id = ?').get(grantId) as { period_start: string; period_end: string } | undefined;
  if (!grant) throw new KobleError('API_NOT_FOUND', 'No such grant', { entity: 'grant' });
  if (!force && outsideGrantPeriod(period, { periodStart: grant.period_start, periodEnd: grant.period_end })) {
    throw new KobleError('REPORT_PERIOD_OUTSIDE_GRANT', `The period ${period.from}–${period.to} is not within the grant's period ${grant.period_start}–${grant.period_end}`, {
      from: period.from,
      to: period.to,
      grantFrom: grant.period_start,
      grantTo: grant.period_end,
    });
  }
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
): Promise<FunderReportOutput> {
  const period = { from: request.from, to: request.to };
  checkPeriod(period);
  checkGrantPeriod(db, request.grantId, period, request.force === true);
  await step('loading', 0);
  const data = loadReportData(db, request.grantId, period);
  await step('counting', 1);
  const { reportMinimumGroup, reportStablePseudonyms } = readProgrammeSettings(db);
  const counts = countReport(data, { foldSmall: request.suppressSmall, pseudonymKey: reportStablePseudonyms ? data.grant.id : reportPseudonymKey() });
  await step('protecting', 2);
  const publication = await protectCounts(counts, request.suppressSmall);
  await step('writing', 2);
  // The workbook writer (exceljs) is loaded for the first report, not when the API starts.
  const { funderWorkbook } = await import('./workbook.ts');
  const { bytes, sheets } = await funderWorkbook(data, counts, { suppressSmall: request.suppressSmall, appVersion: request.appVersion, createdAt: request.now ?? new Date(), publication, minimumGroup: reportMinimumGroup, stablePseudonyms: reportStablePseudonyms });
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
  return { path: request.path, sheets, totals, counts, protection: publication.summary };
}
