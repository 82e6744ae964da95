import type { ZxcvbnFactory } from '@zxcvbn-ts/core';
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

// Loaded and built on first use: unpacking and ranking the dictionaries takes a few hundred ms,
// which a CLI run or an app start that only unlocks should not pay.
let factory: Promise<ZxcvbnFactory> | null = null;
function zxcvbn(): Promise<ZxcvbnFactory> {
  factory ??= Promise.all([import('@zxcvbn-ts/core'), import('@zxcvbn-ts/language-common')]).then(
    ([core, common]) => new core.ZxcvbnFactory({ dictionary: { ...common.dictionary, norwegian: NORWEGIAN_COMMON }, graphs: common.adjacencyGraphs }),
  );
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

export async function passphraseStrength(passphrase: string, userInputs: string[] = []): Promise<PassphraseStrength> {
  const result = (await zxcvbn()).check(passphrase, userInputs);
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
export async function assertAcceptablePassphrase(passphrase: string, userInputs: string[] = []): Promise<void> {
  const strength = await passphraseStrength(passphrase, userInputs);
  if (!strength.acceptable) {
    throw new KobleError(
      'VAULT_WEAK_PASSPHRASE',
      strength.tooShort ? `A passphrase needs at least ${MIN_PASSPHRASE_LENGTH} characters` : 'That passphrase is too easy to guess',
      strength,
    );
  }
}
