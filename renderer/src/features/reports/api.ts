/** Types of the grants, hours and report methods as the Rapporter screens use them, from main/api's contract. */
import type { ApiOutput } from '../../../../main/api/contract.ts';

export type GrantSummary = ApiOutput<'grants.list'>[number];
export type HoursRow = ApiOutput<'hours.list'>[number];
export type HoursTotals = ApiOutput<'hours.totals'>;
export type HourlyRates = ApiOutput<'hours.getRates'>;
export type FunderPreview = ApiOutput<'reports.funderPreview'>;
export type JobStatus = ApiOutput<'jobs.status'>;

/** How a grant is named in lists: funder name, then the scheme. */
export function grantLabel(grant: Pick<GrantSummary, 'funderName' | 'scheme'>): string {
  return grant.scheme ? `${grant.funderName} – ${grant.scheme}` : grant.funderName;
}
