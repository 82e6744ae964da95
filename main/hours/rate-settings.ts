import { inArray } from 'drizzle-orm';
import { KobleError } from '../../db/errors.ts';
import { mentors, staff } from '../../db/schema/index.ts';
import type { KobleDb } from '../../db/vault/vault.ts';
import { recordAudit } from '../audit/audit-log.ts';
import { readProgrammeSettings, writeProgrammeSettings } from '../settings/programme-settings.ts';
import type { HourlyRates } from './rates.ts';

export function getRates(db: KobleDb): HourlyRates {
  return readProgrammeSettings(db).hourlyRates;
}

/** Replaces the rates (programme setting hourlyRates). Everyone named must exist. Hours already entered keep their value. */
export function setRates(db: KobleDb, rates: HourlyRates, staffId: string | null): HourlyRates {
  return db.transaction(() => {
    const ids = (kind: 'staff' | 'mentor') => [...new Set(rates.people.filter((p) => p.personKind === kind).map((p) => p.personId))];
    const staffIds = ids('staff');
    const mentorIds = ids('mentor');
    const foundStaff = new Set(staffIds.length ? db.select({ id: staff.id }).from(staff).where(inArray(staff.id, staffIds)).all().map((r) => r.id) : []);
    const foundMentors = new Set(mentorIds.length ? db.select({ id: mentors.id }).from(mentors).where(inArray(mentors.id, mentorIds)).all().map((r) => r.id) : []);
    const missing = [...staffIds.filter((id) => !foundStaff.has(id)), ...mentorIds.filter((id) => !foundMentors.has(id))];
    if (missing.length > 0) throw new KobleError('API_NOT_FOUND', 'No such person', { ids: missing });
    const next = writeProgrammeSettings(db, { hourlyRates: rates }).hourlyRates;
    recordAudit(db, { staffId, action: 'update', entity: 'settings', entityId: 'hourlyRates', details: { people: rates.people.length, rule: rates.rule !== null } });
    return next;
  });
}
