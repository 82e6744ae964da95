import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { z } from 'zod';
import { writeFileAtomic } from '../../db/vault/atomic-write.ts';

/**
 * Failed unlock attempts per programme file, kept in the user's own config folder (beside
 * preferences.json) so the growing delay survives a new process: the CLI run twenty times waits
 * as long as the app would. Never in the programme files, which a wrong passphrase must leave
 * byte-identical. Files are keyed by a hash of their absolute path: the folder names no file.
 */
const FILE = 'unlock-attempts.json';
const store = z.record(z.string(), z.object({ failures: z.number().int().min(0), at: z.number() }));
type Store = z.infer<typeof store>;

/** After a day without attempts the count starts again. */
const FORGET_AFTER_MS = 24 * 60 * 60 * 1000;

export function fileKey(path: string): string {
  return createHash('sha256').update(resolve(path)).digest('hex').slice(0, 32);
}

function read(dataDir: string): Store {
  const path = join(dataDir, FILE);
  if (!existsSync(path)) return {};
  try {
    const parsed = store.safeParse(JSON.parse(readFileSync(path, 'utf8')));
    return parsed.success ? parsed.data : {};
  } catch {
    return {};
  }
}

export function storedFailures(dataDir: string, file: string, now = Date.now()): number {
  const entry = read(dataDir)[fileKey(file)];
  return entry && now - entry.at < FORGET_AFTER_MS ? entry.failures : 0;
}

export function storeFailures(dataDir: string, file: string, failures: number, now = Date.now()): void {
  const all = read(dataDir);
  const key = fileKey(file);
  if (failures === 0) {
    if (!(key in all)) return;
    delete all[key];
  } else all[key] = { failures, at: now };
  for (const [k, entry] of Object.entries(all)) if (now - entry.at >= FORGET_AFTER_MS) delete all[k];
  try {
    mkdirSync(dataDir, { recursive: true });
    writeFileAtomic(join(dataDir, FILE), `${JSON.stringify(all)}\n`);
  } catch {
    // Best effort: a full disk must not turn a right passphrase away; this process still counts.
  }
}
