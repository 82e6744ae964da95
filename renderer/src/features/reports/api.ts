/** Types of the grants, hours and report methods as the Rapporter screens use them, from main/api's contract. */
import type { ApiOutput } from '../../../../main/api/contract.ts';
import { isoToDisplay } from '../../components/grid/format.ts';

export type GrantSummary = ApiOutput<'grants.list'>[number];
export type HoursRow = ApiOutput<'hours.list'>[number];
export type HoursTotals = ApiOutput<'hours.totals'>;
export type HourlyRates = ApiOutput<'hours.getRates'>;
export type FunderPreview = ApiOutput<'reports.funderPreview'>;
export type JobStatus = ApiOutput<'jobs.status'>;

/**
 * How a grant is named where one is chosen: funder and scheme, then its period and case number,
 * so a funder's grants for 2024, 2025 and 2026 are told apart
 * ("Telemark fylkeskommune – Mentorordning · 01.01.2025–31.12.2025 · 2025/117").
 */
export function grantLabel(grant: Pick<GrantSummary, 'funderName' | 'scheme' | 'periodStart' | 'periodEnd' | 'caseNumber'>): string {
  const name = grant.scheme ? `${grant.funderName} – ${grant.scheme}` : grant.funderName;
  const period = `${isoToDisplay(grant.periodStart)}–${isoToDisplay(grant.periodEnd)}`;
  return [name, period, grant.caseNumber].filter(Boolean).join(' · ');
}
