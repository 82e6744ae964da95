import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import { adjacencyGraphs, dictionary } from '@zxcvbn-ts/language-common';
import { KobleError } from '../../db/errors.ts';

export const MIN_PASSPHRASE_LENGTH = 12;
/** zxcvbn score 0–4; 3 means "safely unguessable" for an offline attack on a memory-hard KDF. */
export const MIN_PASSPHRASE_SCORE = 3;

/** Words a Norwegian office would reach for first; they count as guessable. */
const NORWEGIAN_COMMON = [
  'passord', 'hemmelig', 'sommer', 'vinter', 'høst', 'vår', 'norge', 'norway', 'oslo', 'skien', 'porsgrunn',
  'kristiansand', 'arendal', 'telemark', 'agder', 'koble', 'kobling', 'mentor', 'deltaker', 'trainee', 'praksis',
  'kia', 'nav', 'imdi', 'jobb', 'arbeid', 'kontor', 'velkommen', 'hallo', 'heisann', 'qwertyuiop', 'asdfghjkl',
  'sammen', 'mentorordning', 'kommune', 'fylke', 'programmet', 'program',
];

// Built on first use: ranking the dictionaries takes a few hundred ms, which a CLI run that
// only unlocks should not pay.
let factory: ZxcvbnFactory | null = null;
function zxcvbn(): ZxcvbnFactory {
  factory ??= new ZxcvbnFactory({ dictionary: { ...dictionary, norwegian: NORWEGIAN_COMMON }, graphs: adjacencyGraphs });
  return factory;
}

/** Feedback as translation keys (`passphrase.warnings.*`, `passphrase.suggestions.*`); the UI and CLI translate them. */
export type PassphraseStrength = {
  score: 0 | 1 | 2 | 3 | 4;
  acceptable: boolean;
  tooShort: boolean;
  warning: string | null;
  suggestions: string[];
};

export function passphraseStrength(passphrase: string, userInputs: string[] = []): PassphraseStrength {
  const result = zxcvbn().check(passphrase, userInputs);
  const tooShort = [...passphrase].length < MIN_PASSPHRASE_LENGTH;
  return {
    score: result.score,
    tooShort,
    acceptable: !tooShort && result.score >= MIN_PASSPHRASE_SCORE,
    warning: result.feedback.warning || null,
    suggestions: result.feedback.suggestions,
  };
}

/** Throws `VAULT_WEAK_PASSPHRASE` with the feedback keys when a new passphrase is not good enough. */
export function assertAcceptablePassphrase(passphrase: string, userInputs: string[] = []): void {
  const strength = passphraseStrength(passphrase, userInputs);
  if (!strength.acceptable) {
    throw new KobleError(
      'VAULT_WEAK_PASSPHRASE',
      strength.tooShort ? `A passphrase needs at least ${MIN_PASSPHRASE_LENGTH} characters` : 'That passphrase is too easy to guess',
      strength,
    );
  }
}
