import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { OpenVault } from '../../db/vault/vault.ts';
import { recordAudit } from '../audit/audit-log.ts';
import { findEvent } from '../events/event-repository.ts';
import { osloDate } from '../../shared/oslo-day.ts';
import { rosterOf } from '../events/roster.ts';
import { assertAcceptablePassphrase } from '../vault/passphrase-policy.ts';
import { createKitFile, KIT_EXTENSION, KIT_FORMAT } from './kit-file.ts';

/** "<title> <date>.koblekit" with the event's day in Europe/Oslo, without characters file systems refuse. */
export function kitFileName(title: string, startsAt: string): string {
  const safe = [...title].map((c) => (c < ' ' || '\\/:*?"<>|'.includes(c) ? ' ' : c)).join('').replace(/\s+/g, ' ').trim().slice(0, 80) || 'Arrangement';
  return `${safe} ${osloDate(startsAt)}.${KIT_EXTENSION}`;
}

/**
 * Writes one event as a kit: the event's title, time and place, and per roster row only the
 * attendance id, kind, names, the same-name hint and the status. Nothing else from the programme.
 * Returns the number of people on it.
 */
export async function exportKit(vault: OpenVault, eventId: string, path: string, passphrase: string, staffId: string | null): Promise<number> {
  const { db } = vault;
  const event = findEvent(db, eventId);
  await assertAcceptablePassphrase(passphrase, [event.title]);
  const roster = rosterOf(db, eventId);
  if (!existsSync(dirname(path))) mkdirSync(dirname(path), { recursive: true });
  const kitId = randomUUID();
  const exportedAt = new Date().toISOString();
  await createKitFile(path, passphrase, (kit) => {
    kit
      .prepare('insert into kit (id, format, programme_id, event_id, title, starts_at, ends_at, place, exported_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)')
      .run(kitId, KIT_FORMAT, vault.fileId, event.id, event.title, event.startsAt, event.endsAt, event.place, exportedAt);
    const insert = kit.prepare('insert into roster (attendance_id, person_kind, first_name, last_name, hint, status, checked_in_at) values (?, ?, ?, ?, ?, ?, ?)');
    for (const row of roster) insert.run(row.attendanceId, row.personKind, row.firstName, row.lastName, row.hint, row.status, row.checkedInAt);
  });
  recordAudit(db, { staffId, action: 'export', entity: 'events', entityId: eventId, details: { kind: 'event_kit', kitId, people: roster.length } });
  return roster.length;
}
