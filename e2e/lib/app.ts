import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import type { TestHost } from '../host/serve.ts';

/** A passphrase zxcvbn scores 4; the tests' own, never a real one. */
export const GOOD_PASSPHRASE = 'fjelltur med blåbær og kaffe i termosen';
export const OTHER_PASSPHRASE = 'sykkel langs kanalen når isen har gått';

export async function heading1(page: Page, name: string | RegExp): Promise<void> {
  await page.getByRole('heading', { level: 1, name }).waitFor({ state: 'visible' });
}

/** Opens an area from the main menu and waits for its heading. */
export async function goTo(page: Page, area: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: area }).click();
  await heading1(page, area);
}

/** Makes a programme through the host's API (the same session the page uses) and returns its recovery key. */
export async function createProgrammeThroughApi(host: TestHost, staffName = 'Kari Nordmann', fileName = 'Testprogram.koble'): Promise<{ recoveryKey: string; fileName: string }> {
  const chosen = await host.api.call('vault.chooseNewFile', { suggestedName: fileName });
  assert.ok(chosen.ok, 'chooseNewFile');
  const file = chosen.value as { path: string; name: string };
  const created = await host.api.call('vault.create', { path: file.path, staffName, passphrase: GOOD_PASSPHRASE });
  assert.ok(created.ok, `vault.create: ${JSON.stringify(created)}`);
  return { recoveryKey: (created.value as { recoveryKey: string }).recoveryKey, fileName: file.name };
}

/** Posts to one of the host's test-only endpoints with the token. */
export async function hostPost(host: TestHost, path: string, body: unknown = {}): Promise<unknown> {
  const response = await fetch(`${host.origin}${path}`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${host.token}`, 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  assert.equal(response.status, 200, `${path} → ${response.status}`);
  return response.json();
}

/** The text of the first role=alert on the page. */
export async function alertText(page: Page): Promise<string> {
  const alert = page.getByRole('alert').first();
  await alert.waitFor({ state: 'visible' });
  return (await alert.innerText()).trim();
}
