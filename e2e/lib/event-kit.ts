import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { startTestHost, type TestHost } from '../host/serve.ts';
import { launchBrowser } from './browser.ts';

export type RosterPerson = {
  attendanceId: string;
  personId: string;
  personKind: 'participant' | 'mentor' | 'guest';
  firstName: string;
  lastName: string;
  status: string;
  source: string;
};

const RENDERER = resolve(import.meta.dirname, '..', '..', 'out', 'renderer');

/**
 * The laptop at the door that gets the kit: a second test host with its own data and files
 * folders, and its own browser (the hosts' token cookies are per address, not per port); a
 * `sharedFolder` makes its folder dialog for sharing answer the same folder as the first laptop's.
 */
export async function secondLaptop(options: { sharedFolder?: string } = {}): Promise<{ host: TestHost; page: Page; filesDir: string; close: () => Promise<void> }> {
  const scratch = mkdtempSync(join(tmpdir(), 'koble-e2e-laptop-'));
  const dataDir = join(scratch, 'data');
  const filesDir = join(scratch, 'files');
  const profileDir = join(scratch, 'chromium');
  for (const dir of [dataDir, filesDir, profileDir]) mkdirSync(dir, { recursive: true });
  const host = await startTestHost({ rendererDir: RENDERER, dataDir, filesDir, ...options });
  const browser = await launchBrowser(profileDir);
  const page = browser.pages()[0] ?? (await browser.newPage());
  page.setDefaultTimeout(15_000);
  return {
    host,
    page,
    filesDir,
    async close() {
      await browser.close().catch(() => undefined);
      await host.close().catch(() => undefined);
      rmSync(scratch, { recursive: true, force: true });
    },
  };
}

/** Carries the newest kit in one files folder's exports/ to another's (a USB stick), where the fake open dialog finds it. */
export function copyNewestKit(fromFilesDir: string, toFilesDir: string): string {
  const from = join(fromFilesDir, 'exports');
  const kits = existsSync(from) ? readdirSync(from).filter((name) => name.endsWith('.koblekit')) : [];
  const newest = kits.sort((a, b) => statSync(join(from, b)).mtimeMs - statSync(join(from, a)).mtimeMs)[0];
  if (!newest) throw new Error(`no .koblekit in ${from}`);
  const to = join(toFilesDir, 'exports');
  mkdirSync(to, { recursive: true });
  copyFileSync(join(from, newest), join(to, newest));
  return newest;
}
