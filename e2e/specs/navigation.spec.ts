import assert from 'node:assert/strict';
import { createProgrammeThroughApi, heading1 } from '../lib/app.ts';
import type { Spec } from '../lib/spec.ts';

const AREAS_NB = ['Oversikt', 'Deltakere', 'Mentorer', 'Kobling', 'Arrangementer', 'E-post', 'Rapporter', 'Innstillinger'];
const AREAS_EN = ['Overview', 'Participants', 'Mentors', 'Matching', 'Events', 'E-mail', 'Reports', 'Settings'];

/** Every area by click and by keyboard, the skip link, then English. */
export const navigation: Spec = {
  name: 'move through every area, switch to English',
  async run({ page, host, screenshot, axe, step }) {
    await createProgrammeThroughApi(host);
    await page.goto(host.url);
    await heading1(page, 'Oversikt');
    const nav = page.getByRole('navigation', { name: 'Hovedmeny' });

    step('every area by click has its heading');
    for (const name of AREAS_NB) {
      await nav.getByRole('link', { name, exact: true }).click();
      await heading1(page, name);
      assert.equal(await nav.getByRole('link', { name, exact: true }).getAttribute('aria-current'), 'page', `${name} is current`);
      if (!['Oversikt', 'Innstillinger', 'Deltakere', 'Mentorer', 'Kobling', 'Arrangementer', 'E-post', 'Rapporter'].includes(name)) await page.getByText('Kommer snart').waitFor();
    }
    await screenshot('08-settings');
    await axe('app (settings)');

    step('skip link is the first Tab stop and lands in main');
    // Focus back at the top of the document (every area now has controls after its h1), then the first Tab stop.
    await page.goto(`${host.origin}/#/events`);
    await heading1(page, 'Arrangementer');
    await page.evaluate("document.body.tabIndex = -1; document.body.focus(); document.body.removeAttribute('tabindex')");
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate('document.activeElement && document.activeElement.textContent'), 'Hopp til hovedinnholdet', 'skip link focused first');
    await page.getByRole('link', { name: 'Hopp til hovedinnholdet' }).waitFor({ state: 'visible' });
    await page.keyboard.press('Enter');
    assert.equal(await page.evaluate('document.activeElement && document.activeElement.id'), 'main');

    step('every area by keyboard (Tab to the menu, Enter)');
    for (const name of AREAS_NB) {
      const link = nav.getByRole('link', { name, exact: true });
      await link.focus();
      await page.keyboard.press('Enter');
      await heading1(page, name);
      // The page's h1 takes focus, so a screen reader announces the new page.
      const focused = await page.evaluate('document.activeElement ? document.activeElement.textContent : null');
      assert.equal(focused, name, `focus on the ${name} heading`);
    }

    step('a route in the URL survives a reload');
    await nav.getByRole('link', { name: 'Rapporter', exact: true }).click();
    await page.reload();
    await heading1(page, 'Rapporter');

    step('switch to English in the header');
    await page.getByRole('banner').getByLabel('Språk').selectOption('en');
    await heading1(page, 'Reports');
    const navEn = page.getByRole('navigation', { name: 'Main menu' });
    for (const name of AREAS_EN) {
      await navEn.getByRole('link', { name, exact: true }).click();
      await heading1(page, name);
    }
    assert.equal(await page.evaluate('document.documentElement.lang'), 'en');
    await screenshot('09-settings-en');
    await axe('app (English)');

    step('English is remembered (app.setLanguage) and shown before unlock');
    await page.getByRole('button', { name: 'Lock', exact: true }).click();
    await heading1(page, 'Unlock the programme');
    await page.reload();
    await heading1(page, 'Unlock the programme');
    await page.getByLabel('Passphrase').fill('wrong wrong wrong wrong');
    await page.getByLabel('Passphrase').press('Enter');
    await page.getByText('Wrong passphrase. Try again.').waitFor();

    step('and back to bokmål on the unlock screen');
    await page.getByLabel('Language').selectOption('nb');
    await heading1(page, 'Lås opp programmet');
  },
};
