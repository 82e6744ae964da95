import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { writeFileAtomic } from '../../db/vault/atomic-write.ts';

/**
 * App preferences outside any programme file (the unlock screen needs them before a key
 * exists): interface language and the last programme opened. No personal data.
 */
export const LANGUAGES = ['nb', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

const preferencesSchema = z.object({
  language: z.enum(LANGUAGES).default('nb'),
  recentFile: z.string().nullable().default(null),
});
export type Preferences = z.infer<typeof preferencesSchema>;

function pathIn(dataDir: string): string {
  return join(dataDir, 'preferences.json');
}

export function readPreferences(dataDir: string): Preferences {
  const path = pathIn(dataDir);
  if (existsSync(path)) {
    try {
      const parsed = preferencesSchema.safeParse(JSON.parse(readFileSync(path, 'utf8')));
      if (parsed.success) return parsed.data;
    } catch {
      // A damaged preferences file is replaced by defaults: it holds nothing that cannot be chosen again.
    }
  }
  return preferencesSchema.parse({});
}

export function updatePreferences(dataDir: string, change: Partial<Preferences>): Preferences {
  const next = { ...readPreferences(dataDir), ...change };
  mkdirSync(dataDir, { recursive: true });
  writeFileAtomic(pathIn(dataDir), `${JSON.stringify(next, null, 2)}\n`);
  return next;
}
