import { createHash } from 'node:crypto';

/**
 * A pseudonymous id for one person in one grant's reports: the same person keeps the same id in
 * every report to that grant (interim and final add up), a different one in another funder's.
 * Computed from the grant id and the person's internal id, so the office (which holds the file)
 * can find the person again; the funder cannot. 48 bits: no collisions in practice at 20,000 people.
 */
export function pseudonym(prefix: 'D' | 'M' | 'F', grantId: string, personId: string): string {
  return `${prefix}-${createHash('sha256').update(`koble-report\u0000${grantId}\u0000${personId}`).digest('hex').slice(0, 12).toUpperCase()}`;
}
