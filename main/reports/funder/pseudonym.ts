import { createHash, randomBytes } from 'node:crypto';

/**
 * A pseudonymous id for one person under one key. Keyed by the grant id, the same person keeps
 * the same id in every report to that grant (stable pseudonyms, a programme setting), so the office
 * can find the person again; keyed by a report's own random key (the default for the Deltakere
 * list), two reports cannot be compared row by row, so an erasure between them shows nowhere.
 * 48 bits: no collisions in practice at 20,000 people.
 */
export function pseudonym(prefix: 'D' | 'M' | 'F', key: string, personId: string): string {
  return `${prefix}-${createHash('sha256').update(`koble-report\u0000${key}\u0000${personId}`).digest('hex').slice(0, 12).toUpperCase()}`;
}

/** A report's own pseudonym key: random, used once, never stored. */
export function reportPseudonymKey(): string {
  return `report:${randomBytes(16).toString('hex')}`;
}
