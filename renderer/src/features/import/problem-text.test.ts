import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import en from '../../../../resources/locales/en.json';
import nb from '../../../../resources/locales/nb.json';
import { problemText } from './problem-text.ts';

beforeAll(async () => {
  await i18next.init({ resources: { nb: { translation: nb }, en: { translation: en } }, lng: 'nb', interpolation: { escapeValue: false } });
});

describe('import problem texts', () => {
  it('translates a code with its params and suggestion', () => {
    const text = problemText(i18next.t, { row: 4, column: 'Land', code: 'UNKNOWN_COUNTRY', params: { value: 'Sveige' }, suggestion: 'Sverige' });
    expect(text).toBe('Kjenner ikke igjen landet «Sveige». Mente du «Sverige»?');
  });
  it('uses the context for duplicates', () => {
    expect(problemText(i18next.t, { row: 5, column: '', code: 'DUPLICATE_IN_FILE', params: { match: 'email', otherRow: 3 } })).toBe('Samme e-post som rad 3.');
  });
  it('falls back to the code', () => {
    expect(problemText(i18next.t, { row: 5, column: '', code: 'SOMETHING_NEW', params: {} })).toBe('SOMETHING_NEW');
  });
});
