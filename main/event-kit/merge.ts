import { type AttendanceStatus, type KitItemOutcome } from '../../db/schema/index.ts';
import type { KobleDb, OpenVault } from '../../db/vault/vault.ts';
import { KobleError } from '../../db/errors.ts';
import { recordAudit } from '../audit/audit-log.ts';
import { ContactDirectory, type PersonRef } from '../events/people-match.ts';
import { attendanceOf, insertAttendanceRow, insertConsentRow, insertGuestRow } from './merge-writes.ts';
import type { KitConflict, KitImportSummary, RosterPersonKind } from '../events/types.ts';
import { prepared } from '../../db/sqlite-client.ts';
import { openKitFile, type KitMeta } from './kit-file.ts';
import { conflictFor, type ConflictKind } from './conflicts.ts';
import { readRoster, readWalkIns } from './kit-rows.ts';
import { sameName } from '../kiosk/walk-in-match.ts';
import { osloDate } from '../../shared/oslo-day.ts';

export type KitDecision = { conflictId: string; choice: string };

export type KitCheckIn = { itemId: string; attendanceId: string; personKind: RosterPersonKind; firstName: string; lastName: string; checkedInAt: string };
export type KitWalkIn = {
  itemId: string;
  firstName: string;
  lastName: string;
  email: string | null;
  phone: string | null;
  role: 'participant' | 'mentor' | 'guest';
  consentVersion: string;
  consentAt: string;
  checkedInAt: string;
};
export type KitContents = { meta: KitMeta; checkIns: KitCheckIn[]; walkIns: KitWalkIn[] };

/**
 * Reads what a kit holds to merge: its check-ins (each with its stable item id) and checked-in
 * walk-ins. Every row is checked (kit-rows.ts); a changed or damaged kit is refused whole.
 */
export async function readKit(path: string, passphrase: string): Promise<KitContents> {
  const kit = await openKitFile(path, passphrase, { readonly: true });
  try {
    const checkIns: KitCheckIn[] = [];
    for (const r of readRoster(kit.db)) {
      if (r.checkInId === null || r.checkedInAt === null) continue;
      checkIns.push({ itemId: r.checkInId, attendanceId: r.attendanceId, personKind: r.personKind, firstName: r.firstName, lastName: r.lastName, checkedInAt: r.checkedInAt });
    }
    const walkIns: KitWalkIn[] = [];
    for (const w of readWalkIns(kit.db)) {
      if (w.checkedInAt === null) continue;
      walkIns.push({ itemId: w.id, firstName: w.firstName, lastName: w.lastName, email: w.email, phone: w.phone, role: w.role, consentVersion: w.consentVersion, consentAt: w.consentAt, checkedInAt: w.checkedInAt });
    }
    return { meta: kit.meta, checkIns, walkIns };
  } finally {
    kit.close();
  }
}

type AttendanceRow = { id: string; status: AttendanceStatus; checkedInAt: string | null; erased: number; personKind: RosterPersonKind; personId: string };

const ROW_SQL = `select a.id, a.status, a.checked_in_at as checkedInAt,
    case when a.participant_id is not null then 'participant' when a.mentor_id is not null then 'mentor' else 'guest' end as personKind,
    coalesce(a.participant_id, a.mentor_id, a.guest_id) as personId,
    coalesce(p.erased_at, m.erased_at, g.erased_at) is not null as erased
  from attendance a left join participants p on p.id = a.participant_id left join mentors m on m.id = a.mentor_id left join event_guests g on g.id = a.guest_id
  where a.id = ? and a.event_id = ?`;

/**
 * Merges a kit into the programme in one transaction. Check-ins: registered or no-show becomes
 * attended at the kit's time; already attended keeps the earlier time (so the order two kits are
 * merged in does not matter). Walk-ins: matched by e-mail or phone to one living person with the same folded name, else a
 * guest is created (with the role they gave); the consent is recorded with the kit's text version.
 * Conflicts (a walk-in matching several people, or someone of another name by contact, a check-in for someone cancelled, erased or taken
 * off the roster meanwhile) wait for a decision unless `decisions` has one. Every merged item is
 * remembered by its kit id (event_kit_items): merging the same kit again changes nothing.
 */
export function mergeKit(db: KobleDb, programmeId: string, kit: KitContents, decisions: readonly KitDecision[], staffId: string | null): KitImportSummary {
  const { meta } = kit;
  if (meta.programmeId !== programmeId) throw new KobleError('KIT_OTHER_PROGRAMME', 'This kit belongs to another programme');
  const decided = new Map(decisions.map((d) => [d.conflictId, d.choice]));
  return db.transaction(() => {
    if (!prepared(db, 'select 1 from events where id = ?').get(meta.eventId)) throw new KobleError('KIT_EVENT_MISSING', 'The event of this kit no longer exists');
    const merged = new Set((prepared(db, 'select item_id as id from event_kit_items where event_id = ?').all(meta.eventId) as { id: string }[]).map((r) => r.id));
    const summary: KitImportSummary = { checkIns: 0, walkIns: 0, matched: 0, unchanged: 0, conflicts: [] };
    const mergedAt = new Date().toISOString();
    const createdGuests: string[] = [];
    let consentCount = 0;
    const remember = (itemId: string, kind: 'check_in' | 'walk_in', outcome: KitItemOutcome, attendanceId: string | null) => {
      prepared(db, 'insert into event_kit_items (item_id, kit_id, event_id, kind, outcome, attendance_id, merged_at) values (?, ?, ?, ?, ?, ?, ?)').run(itemId, meta.id, meta.eventId, kind, outcome, attendanceId, mergedAt);
    };
    /** The decision for a conflict, or null after adding the conflict to the summary. */
    const decide = (kind: ConflictKind, itemId: string, name: string, params: Record<string, string | number>, people: readonly PersonRef[] = []): string | null => {
      const conflict: KitConflict = conflictFor(kind, itemId, name, params, people);
      const choice = decided.get(conflict.conflictId);
      if (choice === undefined) {
        summary.conflicts.push(conflict);
        return null;
      }
      if (!conflict.choices.some((c) => c.choice === choice)) throw new KobleError('KIT_BAD_DECISION', 'That choice does not fit the conflict', { conflictId: conflict.conflictId, choice });
      return choice;
    };
    /** Attended at `at`, keeping an earlier check-in time. */
    const attend = (row: { id: string; status: AttendanceStatus; checkedInAt: string | null }, at: string): boolean => {
      if (row.status === 'attended' && row.checkedInAt !== null && row.checkedInAt <= at) return false;
      prepared(db, `update attendance set status = 'attended', checked_in_at = ?, staff_id = ?, updated_at = ? where id = ?`).run(at, staffId, mergedAt, row.id);
      return true;
    };
    const addGuestAttending = (itemId: string, person: { firstName: string; lastName: string; email: string | null; phone: string | null; role?: KitWalkIn['role'] }, at: string) => {
      const claimedRole = person.role === 'participant' || person.role === 'mentor' ? person.role : null;
      const guestId = insertGuestRow(db, { firstName: person.firstName, lastName: person.lastName, email: person.email, phone: person.phone, claimedRole }, mergedAt);
      createdGuests.push(guestId);
      insertAttendanceRow(db, { id: itemId, eventId: meta.eventId, person: { kind: 'guest', id: guestId }, checkedInAt: at, staffId }, mergedAt);
      return { kind: 'guest' as const, id: guestId, firstName: person.firstName, lastName: person.lastName };
    };

    for (const item of kit.checkIns) {
      if (merged.has(item.itemId)) {
        summary.unchanged++;
        continue;
      }
      const name = `${item.firstName} ${item.lastName}`.trim();
      const row = prepared(db, ROW_SQL).get(item.attendanceId, meta.eventId) as AttendanceRow | undefined;
      if (!row) {
        const choice = decide('not_on_roster', item.itemId, name, { time: osloTime(item.checkedInAt) });
        if (choice === null) continue;
        if (choice === 'add_guest') {
          addGuestAttending(item.itemId, { firstName: item.firstName, lastName: item.lastName, email: null, phone: null }, item.checkedInAt);
          summary.checkIns++;
        }
        remember(item.itemId, 'check_in', choice === 'add_guest' ? 'created' : 'skipped', choice === 'add_guest' ? item.itemId : null);
        continue;
      }
      if (row.erased || row.status === 'cancelled') {
        const choice = decide(row.erased ? 'person_erased' : 'cancelled_in_programme', item.itemId, row.erased ? '' : name, { time: osloTime(item.checkedInAt) });
        if (choice === null) continue;
        const apply = choice === 'attended' || choice === 'count';
        if (apply && attend(row, item.checkedInAt)) summary.checkIns++;
        remember(item.itemId, 'check_in', apply ? 'applied' : 'skipped', row.id);
        continue;
      }
      const changed = attend(row, item.checkedInAt);
      if (changed) summary.checkIns++;
      else summary.unchanged++;
      remember(item.itemId, 'check_in', changed ? 'applied' : 'unchanged', row.id);
    }

    const directory = kit.walkIns.length > 0 ? ContactDirectory.load(db) : new ContactDirectory();
    for (const walkIn of kit.walkIns) {
      if (merged.has(walkIn.itemId)) {
        summary.unchanged++;
        continue;
      }
      const name = `${walkIn.firstName} ${walkIn.lastName}`.trim();
      // Merged alone only with the one person of the same contact and the same folded name; the
      // same contact under another name (a shared phone, a typo, someone else) waits for a decision.
      const found = directory.find(walkIn.email, walkIn.phone);
      const named = found.filter((p) => sameName(p, walkIn));
      let person: PersonRef | null = named.length === 1 ? named[0]! : null;
      if (named.length > 1 || (named.length === 0 && found.length > 0)) {
        const people = named.length > 1 ? named : found;
        const choice = decide(named.length > 1 ? 'walk_in_ambiguous' : 'walk_in_other_name', walkIn.itemId, name, { count: people.length }, people);
        if (choice === null) continue;
        if (choice === 'skip') {
          remember(walkIn.itemId, 'walk_in', 'skipped', null);
          continue;
        }
        person = choice === 'new' ? null : (people.find((p) => `person:${p.kind}:${p.id}` === choice) ?? null);
      }
      const givenOn = osloDate(walkIn.consentAt);
      if (!person) {
        const created = addGuestAttending(walkIn.itemId, walkIn, walkIn.checkedInAt);
        directory.add(created, walkIn.email, walkIn.phone);
        insertConsentRow(db, created, walkIn.consentVersion, givenOn, staffId, mergedAt);
        consentCount++;
        summary.walkIns++;
        remember(walkIn.itemId, 'walk_in', 'created', walkIn.itemId);
        continue;
      }
      insertConsentRow(db, person, walkIn.consentVersion, givenOn, staffId, mergedAt);
      consentCount++;
      const existing = attendanceOf(db, meta.eventId, person);
      let attendanceId = walkIn.itemId;
      if (existing) {
        attendanceId = existing.id;
        attend(existing, walkIn.checkedInAt);
      } else {
        insertAttendanceRow(db, { id: walkIn.itemId, eventId: meta.eventId, person, checkedInAt: walkIn.checkedInAt, staffId }, mergedAt);
      }
      summary.walkIns++;
      summary.matched++;
      remember(walkIn.itemId, 'walk_in', 'matched', attendanceId);
    }

    if (createdGuests.length > 0) recordAudit(db, { staffId, action: 'create', entity: 'event_guests', entityId: meta.eventId, details: { via: 'event_kit', ids: createdGuests, fields: ['firstName', 'lastName', 'email', 'phone', 'claimedRole'] } });
    if (consentCount > 0) recordAudit(db, { staffId, action: 'create', entity: 'consents', entityId: meta.eventId, details: { via: 'event_kit', count: consentCount, method: 'kiosk' } });
    recordAudit(db, {
      staffId,
      action: 'import',
      entity: 'events',
      entityId: meta.eventId,
      details: { kind: 'event_kit', kitId: meta.id, checkIns: summary.checkIns, walkIns: summary.walkIns, matched: summary.matched, unchanged: summary.unchanged, conflicts: summary.conflicts.length },
    });
    return summary;
  });
}

const OSLO_TIME = new Intl.DateTimeFormat('nb-NO', { timeZone: 'Europe/Oslo', hour: '2-digit', minute: '2-digit' });

function osloTime(instant: string): string {
  return OSLO_TIME.format(new Date(instant));
}

/** kit.import / kit.resolve: read the kit with its passphrase, merge it into the open programme. */
export async function importKit(vault: OpenVault, path: string, passphrase: string, decisions: readonly KitDecision[], staffId: string | null): Promise<KitImportSummary> {
  const kit = await readKit(path, passphrase);
  return mergeKit(vault.db, vault.fileId, kit, decisions, staffId);
}
