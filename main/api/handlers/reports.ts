import { z } from 'zod';
import { KobleError } from '../../../db/errors.ts';
import { sqliteOf } from '../../../db/sqlite-client.ts';
import { buildFunderReport, checkGrantPeriod, checkPeriod, funderPreview, type FunderReportResult } from '../../reports/funder/build.ts';
import { funderFileName } from '../../reports/funder/file-name.ts';
import { method } from '../method.ts';
import { isoDate } from '../../calendar/iso-date.ts';

const grantPeriod = z.object({ grantId: z.string().min(1).max(100), from: isoDate, to: isoDate });

/** What `jobs.status` holds as `result` when a `reports.startFunder` job is done. */
export type FunderJobResult = FunderReportResult;

function funderNameOf(db: Parameters<typeof sqliteOf>[0], grantId: string): string {
  const row = sqliteOf(db).prepare('select funder_name from grants where id = ?').get(grantId) as { funder_name: string } | undefined;
  if (!row) throw new KobleError('API_NOT_FOUND', 'No such grant', { entity: 'grant' });
  return row.funder_name;
}

export const reportHandlers = {
  /** Save dialog for the report, suggested "Rapport <funder> <from>–<to>.xlsx"; null when cancelled. */
  'reports.chooseFunderFile': method(grantPeriod, async (input, { session, host }) => {
    const db = session.requireVault().db;
    checkPeriod(input);
    const path = await host.chooseExportFile(funderFileName(funderNameOf(db, input.grantId), input.from, input.to));
    return path ? { path: session.allowPath(path, 'export') } : null;
  }),

  /**
   * Builds the funder workbook as a job (phases loading, counting, protecting, writing). The path must come
   * from reports.chooseFunderFile (or a host that trusts paths). The file is a deliberate
   * plaintext export; the export is recorded in the audit log.
   */
  'reports.startFunder': method(grantPeriod.extend({ suppressSmall: z.boolean().default(false), path: z.string().min(1).max(4096), force: z.boolean().default(false) }), (input, { session, host }) => {
    const vault = session.requireVault();
    const path = session.checkPath(input.path, host.trustsPaths, 'export');
    checkPeriod(input);
    // Refused here, before a job starts: REPORT_PERIOD_OUTSIDE_GRANT unless the caller confirmed (force).
    checkGrantPeriod(vault.db, input.grantId, input, input.force);
    const staffId = session.staffId;
    return session.jobs.start('report.funder', async (ctx): Promise<FunderJobResult> => {
      const result = await buildFunderReport(
        vault.db,
        { grantId: input.grantId, from: input.from, to: input.to, suppressSmall: input.suppressSmall, force: input.force, path, appVersion: host.appVersion, staffId },
        async (phase, done) => {
          ctx.report({ phase, done, total: 3 });
          await ctx.yieldNow();
          if (ctx.signal.aborted) throw new Error('cancelled');
        },
      );
      return { path: session.wrote(result.path), sheets: result.sheets, totals: result.totals };
    });
  }),

  /** The report's totals for the screen, without writing a file. */
  'reports.funderPreview': method(grantPeriod, (input, { session }) => funderPreview(session.requireVault().db, input)),
};
