import { chromium, type BrowserContext } from 'playwright-core';

/** Debian's Chromium (apt-get install chromium); Playwright's own download is not reachable here. */
export const CHROMIUM = process.env.KOBLE_CHROMIUM ?? '/usr/bin/chromium';

const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

/** A fresh Chromium profile in `profileDir`; headless unless KOBLE_HEADED=1. */
export function launchBrowser(profileDir: string): Promise<BrowserContext> {
  return chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM,
    args: ARGS,
    headless: process.env.KOBLE_HEADED !== '1',
    viewport: { width: 1280, height: 860 },
    locale: 'nb-NO',
    timezoneId: 'Europe/Oslo',
  });
}
