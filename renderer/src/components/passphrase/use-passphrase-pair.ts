import { useEffect, useState } from 'react';
import type { ApiOutput } from '../../../../main/api/contract.ts';
import { call } from '../../api/client.ts';

export const MIN_PASSPHRASE_LENGTH = 12;
const CHECK_DELAY_MS = 150;

export type Strength = ApiOutput<'vault.passphraseStrength'>;
/** Why the pair cannot be used yet (a translation key), or null when it can. */
export type PairProblem = 'strength.tooShort' | 'strength.tooWeak' | 'strength.mismatch' | 'strength.checking' | null;

export function length(text: string): number {
  return [...text].length;
}

/**
 * A new passphrase typed twice, with a live strength check from main (the same zxcvbn rules
 * main enforces when the passphrase is saved).
 */
export function usePassphrasePair(userInputs: readonly string[] = []) {
  const [passphrase, setPassphrase] = useState('');
  const [repeat, setRepeat] = useState('');
  const [strength, setStrength] = useState<{ for: string; value: Strength } | null>(null);
  const inputsKey = userInputs.join('\u0000');

  useEffect(() => {
    if (passphrase === '') return;
    let current = true;
    const timer = window.setTimeout(() => {
      const inputs = inputsKey === '' ? [] : inputsKey.split('\u0000').filter((s) => s.trim() !== '');
      call('vault.passphraseStrength', { passphrase, userInputs: inputs })
        .then((value) => {
          if (current) setStrength({ for: passphrase, value });
        })
        .catch(() => {
          // No strength feedback is shown; main still refuses a weak passphrase on save.
        });
    }, CHECK_DELAY_MS);
    return () => {
      current = false;
      window.clearTimeout(timer);
    };
  }, [passphrase, inputsKey]);

  const known = strength && strength.for === passphrase ? strength.value : null;
  let problem: PairProblem = null;
  if (length(passphrase) < MIN_PASSPHRASE_LENGTH) problem = 'strength.tooShort';
  else if (!known) problem = 'strength.checking';
  else if (!known.acceptable) problem = 'strength.tooWeak';
  else if (repeat !== passphrase) problem = 'strength.mismatch';

  return {
    passphrase,
    repeat,
    setPassphrase,
    setRepeat,
    strength: passphrase === '' ? null : known,
    problem,
    reset() {
      setPassphrase('');
      setRepeat('');
      setStrength(null);
    },
  };
}

export type PassphrasePair = ReturnType<typeof usePassphrasePair>;
