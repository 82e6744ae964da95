import { randomUUID } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { z } from 'zod';
import { writeFileAtomic } from './atomic-write.ts';
import { ensureCapture } from './change-capture.ts';
import type { SqliteDatabase } from './database.ts';

/**
 * Which laptop this copy of the programme is. The id lives both in the file (sync_state) and in
 * `<programme>.sync-laptop` beside it, which is not part of a copy (a copy is the .koble and
 * .keys files): a file whose id does not match its side file is a copy on another laptop, so it
 * gets a new id, and the writes it had not pushed yet stay with the laptop they were made on.
 * Checked at every unlock of a shared programme (vault.ts), before anything is written.
 */
const sideFileSchema = z.object({ laptopId: z.string().uuid() });

export const sideFileFor = (programmePath: string) => `${programmePath}.sync-laptop`;

function readSideFile(path: string): string | null {
  if (!existsSync(path)) return null;
  const parsed = sideFileSchema.safeParse(JSON.parse(readFileSync(path, 'utf8')));
  return parsed.success ? parsed.data.laptopId : null;
}

export type Laptop = { laptopId: string; name: string };

/** Turns sharing on for this file on this laptop (capture triggers installed), or returns the identity it has. */
export function ensureIdentity(db: SqliteDatabase, programmePath: string): Laptop {
  const side = sideFileFor(programmePath);
  let laptopId = readSideFile(side);
  if (!laptopId) {
    laptopId = randomUUID();
    writeFileAtomic(side, Buffer.from(JSON.stringify({ laptopId })));
  }
  const read = (key: string) => (db.prepare('select value from sync_state where key = ?').pluck().get(key) as string | undefined) ?? null;
  const write = db.prepare('insert into sync_state (key, value) values (?, ?) on conflict(key) do update set value = excluded.value');
  if (read('laptop') !== JSON.stringify(laptopId)) {
    db.transaction(() => {
      db.exec('delete from sync_changes; delete from sync_outbox;');
      write.run('laptop', JSON.stringify(laptopId));
      write.run('seq', '0');
      write.run('laptopName', JSON.stringify(hostname()));
    })();
  }
  ensureCapture(db);
  return { laptopId, name: JSON.parse(read('laptopName') ?? 'null') ?? hostname() };
}
