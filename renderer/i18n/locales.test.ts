import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { API_ERROR_CODES } from '../../main/api/errors.ts';
import en from '../../resources/locales/en.json';
import nb from '../../resources/locales/nb.json';

/** Every key zxcvbn-ts can put in its feedback (its translationKeys, which it does not export). */
const ZXCVBN_WARNINGS = [
  'straightRow', 'keyPattern', 'simpleRepeat', 'extendedRepeat', 'sequences', 'recentYears', 'dates', 'topTen',
  'topHundred', 'common', 'similarToCommon', 'wordByItself', 'namesByThemselves', 'commonNames', 'userInputs', 'pwned',
];
const ZXCVBN_SUGGESTIONS = [
  'l33t', 'reverseWords', 'allUppercase', 'capitalization', 'dates', 'recentYears', 'associatedYears', 'sequences',
  'repeated', 'longerKeyboardPattern', 'anotherWord', 'useWords', 'noNeed', 'pwned',
];

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [inner, text] of flatten(value, path)) out.set(inner, text);
  }
  return out;
}

const locales = { nb: flatten(nb as Tree), en: flatten(en as Tree) };

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((match) => match[1]!).sort();
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !name.endsWith('.test.ts') ? [path] : [];
  });
}

describe('locales', () => {
  it('nb and en have the same keys', () => {
    expect([...locales.en.keys()].sort()).toEqual([...locales.nb.keys()].sort());
  });

  it('has no empty texts and the same {{placeholders}} in both languages', () => {
    for (const [key, text] of locales.nb) {
      expect(text.trim(), `nb ${key}`).not.toBe('');
      expect(locales.en.get(key)?.trim(), `en ${key}`).not.toBe('');
      expect(placeholders(locales.en.get(key) ?? ''), key).toEqual(placeholders(text));
    }
  });

  it('translates every API error code, flat under errors.<CODE>', () => {
    for (const code of API_ERROR_CODES) {
      expect(locales.nb.get(`errors.${code}`), `nb errors.${code}`).toBeTypeOf('string');
      expect(locales.en.get(`errors.${code}`), `en errors.${code}`).toBeTypeOf('string');
    }
    for (const value of Object.values(nb.errors)) expect(value).toBeTypeOf('string');
  });

  it('translates every passphrase warning and suggestion zxcvbn-ts can give', () => {
    for (const [language, texts] of Object.entries(locales)) {
      for (const key of ZXCVBN_WARNINGS) expect(texts.get(`passphrase.warnings.${key}`), `${language} ${key}`).toBeTypeOf('string');
      for (const key of ZXCVBN_SUGGESTIONS) expect(texts.get(`passphrase.suggestions.${key}`), `${language} ${key}`).toBeTypeOf('string');
    }
  });

  it('has every literal key the renderer asks for', () => {
    const missing: string[] = [];
    for (const file of sourceFiles(join(import.meta.dirname, '..', 'src'))) {
      const source = readFileSync(file, 'utf8');
      for (const match of source.matchAll(/\bt\(\s*'([\w.]+)'/g)) {
        // A plural key (t('x', { count })) is stored as x_one / x_other.
        if (!locales.nb.has(match[1]!) && !locales.nb.has(`${match[1]}_other`)) missing.push(`${file}: ${match[1]}`);
      }
    }
    expect(missing).toEqual([]);
  });
});
