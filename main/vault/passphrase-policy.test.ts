import { expect, it } from 'vitest';
import { passphraseStrength } from './passphrase-policy.ts';

it('requires 12 characters and a zxcvbn score of 3', async () => {
  expect(await passphraseStrength('Kort1!')).toMatchObject({ tooShort: true, acceptable: false });
  expect(await passphraseStrength('passord123456')).toMatchObject({ tooShort: false, acceptable: false });
  expect(await passphraseStrength('blåbærsyltetøy på fjellet')).toMatchObject({ acceptable: true });
});

it('counts Norwegian office words and the staff name as guessable', async () => {
  const strength = await passphraseStrength('skienskien2026', ['Kari Nordmann']);
  expect(strength.acceptable).toBe(false);
  expect(strength.warning ?? strength.suggestions[0]).toBeTruthy();
  expect((await passphraseStrength('karinordmann2026', ['karinordmann'])).acceptable).toBe(false);
});
