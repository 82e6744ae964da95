import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { looksLikeFormula, safeCellText } from '../formula-safe.ts';
import type { Cell } from '../types.ts';
import { normaliseNorwegianLevel } from './cefr.ts';
import { normaliseDegreeRecognition, normaliseEducationLevel, normaliseImmigrationReason, normaliseTrack } from './choices.ts';
import { normaliseEmail, normalisePhone } from './contact.ts';
import { formatNorwegianDate, isoToSerial, normaliseDate, serialToIso } from './date.ts';
import { normaliseGender } from './gender.ts';
import { normaliseInteger, normaliseText, splitFullName } from './person.ts';
import { normaliseCountry, normaliseField, normaliseMunicipality } from './place.ts';
import { normaliseArrivalYear, normaliseBirthYear, yearsInNorwayToArrival } from './year.ts';

const cell: fc.Arbitrary<Cell> = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme' }),
  fc.constantFrom('', ' ', '=1+1', '+47', '-', '@', 'æøå', 'ÆØÅ', '31.02.2024', '0047', 'Herøy', '\u0000', '\r\n'),
  fc.double(),
  fc.integer(),
  fc.boolean(),
  fc.date(),
  fc.constant(null),
);

const NORMALISERS: [string, (cell: Cell) => { ok: boolean }][] = [
  ['date', normaliseDate],
  ['birth year', (c) => normaliseBirthYear(c)],
  ['arrival year', (c) => normaliseArrivalYear(c)],
  ['years in Norway', (c) => yearsInNorwayToArrival(c)],
  ['gender', normaliseGender],
  ['country', normaliseCountry],
  ['municipality', normaliseMunicipality],
  ['field', normaliseField],
  ['phone', normalisePhone],
  ['email', normaliseEmail],
  ['Norwegian level', normaliseNorwegianLevel],
  ['education level', normaliseEducationLevel],
  ['immigration reason', normaliseImmigrationReason],
  ['degree recognition', normaliseDegreeRecognition],
  ['track', normaliseTrack],
  ['text', (c) => normaliseText(c)],
  ['full name', splitFullName],
  ['integer', (c) => normaliseInteger(c, 0, 70, 'X')],
];

/** Normalisers whose output, fed back as a cell, gives the same output. */
const IDEMPOTENT: [string, (cell: Cell) => { ok: boolean; value?: unknown }][] = [
  ['date', normaliseDate],
  ['gender', normaliseGender],
  ['country', normaliseCountry],
  ['municipality', normaliseMunicipality],
  ['field', normaliseField],
  ['phone', normalisePhone],
  ['email', normaliseEmail],
  ['Norwegian level', normaliseNorwegianLevel],
  ['immigration reason', normaliseImmigrationReason],
  ['text', (c) => normaliseText(c)],
  ['integer', (c) => normaliseInteger(c, 0, 70, 'X')],
];

describe('value normalisers', () => {
  for (const [name, normalise] of NORMALISERS) {
    it(`${name}: never throws, always answers ok or a problem`, () => {
      fc.assert(
        fc.property(cell, (value) => {
          const result = normalise(value);
          expect(typeof result.ok).toBe('boolean');
        }),
        { numRuns: 500 },
      );
    });
  }

  for (const [name, normalise] of IDEMPOTENT) {
    it(`${name}: normalising a normalised value changes nothing`, () => {
      fc.assert(
        fc.property(cell, (value) => {
          const once = normalise(value);
          if (!once.ok || once.value == null) return;
          expect(normalise(once.value as Cell)).toEqual(once);
        }),
        { numRuns: 500 },
      );
    });
  }

  const isoDate = fc.date({ min: new Date(Date.UTC(1900, 2, 1)), max: new Date(Date.UTC(2099, 11, 31)), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));

  it('dates round-trip through every written form', () => {
    fc.assert(
      fc.property(isoDate, (iso) => {
        const [y, m, d] = iso.split('-');
        expect(normaliseDate(iso)).toEqual({ ok: true, value: iso });
        expect(normaliseDate(formatNorwegianDate(iso))).toEqual({ ok: true, value: iso });
        expect(normaliseDate(`${Number(d)}.${Number(m)}.${y}`)).toEqual({ ok: true, value: iso });
        expect(normaliseDate(`${d}/${m}/${y}`)).toEqual({ ok: true, value: iso });
        expect(normaliseDate(isoToSerial(iso))).toEqual({ ok: true, value: iso });
        expect(serialToIso(isoToSerial(iso))).toBe(iso);
        expect(normaliseDate(new Date(`${iso}T00:00:00Z`))).toEqual({ ok: true, value: iso });
      }),
      { numRuns: 1000 },
    );
  });

  it('knows Excel serials and refuses impossible dates', () => {
    expect(normaliseDate(45672)).toEqual({ ok: true, value: '2025-01-15' });
    expect(normaliseDate(1)).toEqual({ ok: true, value: '1900-01-01' });
    expect(normaliseDate(61)).toEqual({ ok: true, value: '1900-03-01' });
    expect(normaliseDate(60).ok).toBe(false);
    expect(normaliseDate('29.02.2023').ok).toBe(false);
    expect(normaliseDate('29.02.2024')).toEqual({ ok: true, value: '2024-02-29' });
    expect(normaliseDate('7.5.90')).toEqual({ ok: true, value: '1990-05-07' });
    expect(normaliseDate('7.5.05')).toEqual({ ok: true, value: '2005-05-07' });
  });

  it('reads gender, phone, country and municipality words offices write', () => {
    expect(['K', 'kvinne', 'F', 'female', 'Kvinnelig'].map((w) => normaliseGender(w))).toEqual(Array(5).fill({ ok: true, value: 'female' }));
    expect(['M', 'mann', 'male', 'Mannlig'].map((w) => normaliseGender(w))).toEqual(Array(4).fill({ ok: true, value: 'male' }));
    expect(normaliseGender('')).toEqual({ ok: true, value: 'unknown' });
    expect(normalisePhone(91234567)).toEqual({ ok: true, value: '+4791234567' });
    expect(normalisePhone('+47 912 34 567')).toEqual({ ok: true, value: '+4791234567' });
    expect(normaliseCountry('Syria')).toEqual({ ok: true, value: 'SY' });
    expect(normaliseCountry('Syria').ok && normaliseCountry('SYR')).toEqual({ ok: true, value: 'SY' });
    expect(normaliseCountry('Tyskland')).toEqual({ ok: true, value: 'DE' });
    expect(normaliseCountry('Eritera')).toMatchObject({ ok: false, code: 'UNKNOWN_COUNTRY', suggestion: 'Eritrea' });
    expect(normaliseMunicipality('Skien')).toEqual({ ok: true, value: '4003' });
    expect(normaliseMunicipality('4003 Skien')).toEqual({ ok: true, value: '4003' });
    expect(normaliseMunicipality(301)).toEqual({ ok: true, value: '0301' });
    expect(normaliseMunicipality('Herøy (Nordland)')).toMatchObject({ ok: true });
    expect(normaliseMunicipality('Porsgrun')).toMatchObject({ ok: false, suggestion: 'Porsgrunn' });
  });

  it('reads CEFR levels and education words', () => {
    expect(['B1', 'b1', 'B1+', 'Norsk B1', 'nivå B1', 'B1/B2'].map((w) => normaliseNorwegianLevel(w))).toEqual(Array(6).fill({ ok: true, value: 'B1' }));
    expect(normaliseEducationLevel('PhD i kjemi')).toEqual({ ok: true, value: 'phd' });
    expect(normaliseEducationLevel('Sivilingeniør')).toEqual({ ok: true, value: 'master' });
    expect(normaliseEducationLevel('Videregående skole')).toEqual({ ok: true, value: 'upper_secondary' });
    expect(normaliseEducationLevel('Svennebrev')).toEqual({ ok: true, value: 'trade_certificate' });
  });
});

describe('formula-safe export text', () => {
  it('makes every formula-like text inert and leaves other text alone', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const safe = safeCellText(text);
        expect(looksLikeFormula(safe)).toBe(false);
        if (!looksLikeFormula(text)) expect(safe).toBe(text);
        else expect(safe).toBe(`'${text}`);
      }),
    );
    expect(safeCellText('=HYPERLINK("http://x","y")')).toBe('\'=HYPERLINK("http://x","y")');
    expect(['+cmd', '-1+1', '@SUM(A1)', '\tx'].map(safeCellText)).toEqual(["'+cmd", "'-1+1", "'@SUM(A1)", "'\tx"]);
    expect(safeCellText(null)).toBe('');
    // Phone numbers and signed numbers are not formulas: they are written as they are.
    expect(['+47 912 34 567', '+4791234567', '-5', '-1.5'].map(safeCellText)).toEqual(['+47 912 34 567', '+4791234567', '-5', '-1.5']);
    expect(['+47 912 34 567+cmd', '-2+3+cmd|x', '+ 47'].map(looksLikeFormula)).toEqual([true, true, true]);
  });
});
