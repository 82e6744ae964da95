import { normaliseDegreeRecognition, normaliseEducationLevel, normaliseImmigrationReason, normaliseTrack } from './normalise/choices.ts';
import { normaliseNorwegianLevel } from './normalise/cefr.ts';
import { normaliseEmail, normalisePhone } from './normalise/contact.ts';
import { normaliseDate } from './normalise/date.ts';
import { normaliseGender } from './normalise/gender.ts';
import { normaliseInteger, normaliseText, splitFullName } from './normalise/person.ts';
import { normaliseCountry, normaliseField, normaliseMunicipality } from './normalise/place.ts';
import { normaliseArrivalYear, normaliseBirthYear, yearsInNorwayToArrival } from './normalise/year.ts';
import type { HeaderColumn } from './header-map.ts';
import { emptyRecord, type ImportRecord } from './record.ts';
import { fail, type Cell, type Normalised, type RowProblem, type Sheet } from './types.ts';

/**
 * How a field's cell becomes part of the record: `normalise` reads the cell, `apply` stores a
 * non-null value. `vocabulary` fields hold few distinct words (gender, country, level …), so
 * their answers are remembered per import.
 */
type Rule = { normalise: (cell: Cell, today: string) => Normalised<unknown>; apply: (value: never, record: ImportRecord) => void; vocabulary?: boolean };

function set<K extends keyof ImportRecord>(key: K, normalise: (cell: Cell, today: string) => Normalised<ImportRecord[K] | null>, vocabulary = false): Rule {
  return { normalise, apply: (value: ImportRecord[K], record) => void (record[key] = value), vocabulary };
}

const text = (max: number, multiline = false) => (cell: Cell) => normaliseText(cell, max, multiline);

/** In this order, so "Fornavn"/"Etternavn" win over "Navn" and "Ankomstår" over "Botid". */
const RULES: Record<string, Rule> = {
  firstName: set('firstName', text(100)),
  lastName: set('lastName', text(100)),
  fullName: {
    normalise: splitFullName,
    apply: (value: { firstName: string; lastName: string }, record) => {
      if (!record.firstName) record.firstName = value.firstName;
      if (!record.lastName) record.lastName = value.lastName;
    },
  },
  email: set('email', normaliseEmail),
  phone: set('phone', normalisePhone),
  birthYear: set('birthYear', (cell) => normaliseBirthYear(cell), true),
  gender: set('gender', normaliseGender, true),
  countryOfBackground: set('countryOfBackground', normaliseCountry, true),
  municipality: set('municipalityNumber', normaliseMunicipality, true),
  immigrationReason: set('immigrationReason', normaliseImmigrationReason, true),
  arrivalYear: set('arrivalYear', (cell) => normaliseArrivalYear(cell), true),
  yearsInNorway: {
    normalise: (cell) => yearsInNorwayToArrival(cell),
    apply: (value: number, record) => void (record.arrivalYear ??= value),
    vocabulary: true,
  },
  educationLevel: set('educationLevel', normaliseEducationLevel, true),
  educationCountry: set('educationCountry', normaliseCountry, true),
  degreeRecognition: set('degreeRecognition', normaliseDegreeRecognition, true),
  field: set('field', normaliseField, true),
  desiredOccupation: set('desiredOccupation', text(200)),
  norwegianLevel: set('norwegianLevel', normaliseNorwegianLevel, true),
  track: set('track', normaliseTrack, true),
  navAdvisor: set('navAdvisor', text(200)),
  employer: set('employer', text(200)),
  jobTitle: set('jobTitle', text(200)),
  yearsOfExperience: set('yearsOfExperience', (cell) => normaliseInteger(cell, 0, 70, 'INVALID_YEARS_OF_EXPERIENCE'), true),
  capacity: set('capacity', (cell) => normaliseInteger(cell, 1, 20, 'INVALID_CAPACITY'), true),
  availability: set('availability', text(500)),
  preferences: set('preferences', text(2000, true)),
  registeredOn: set(
    'registeredOn',
    (cell, today) => {
      const result = normaliseDate(cell);
      return result.ok && result.value !== null && result.value > today ? fail('DATE_IN_FUTURE', { date: result.value }) : result;
    },
    true,
  ),
  notes: set('notes', text(20_000, true)),
};
const ORDER = Object.keys(RULES);
const NAME_FIELDS = new Set(['firstName', 'lastName', 'fullName']);

export type RowValidator = (sheet: Sheet, index: number) => { record: ImportRecord; problems: RowProblem[] };

/** A validator for the rows of one import: the mapped columns in rule order, with per-import memory for vocabulary fields. */
export function rowValidator(columns: readonly HeaderColumn[], today: string): RowValidator {
  const mapped = columns
    .filter((c) => c.field !== null && Object.hasOwn(RULES, c.field))
    .sort((a, b) => ORDER.indexOf(a.field!) - ORDER.indexOf(b.field!))
    .map((column) => ({ column, rule: RULES[column.field!]!, memory: new Map<string | number | boolean, Normalised<unknown>>() }));
  const nameColumn = mapped.find((m) => m.column.field === 'fullName' || m.column.field === 'firstName')?.column.header ?? '';

  return (sheet, index) => {
    const rowNumber = sheet.rowNumbers[index]!;
    const cells = sheet.rows[index]!;
    const record = emptyRecord(rowNumber, today);
    const problems: RowProblem[] = [];
    let nameProblem = false;
    for (const { column, rule, memory } of mapped) {
      if (sheet.cellProblems.size > 0) {
        const cellProblem = sheet.cellProblems.get(`${index}:${column.column}`);
        if (cellProblem) {
          problems.push({ row: rowNumber, column: column.header, code: cellProblem.code, params: cellProblem.params });
          continue;
        }
      }
      const cell = cells[column.column] ?? null;
      let result: Normalised<unknown> | undefined;
      const remember = rule.vocabulary && cell !== null && !(cell instanceof Date);
      if (remember) result = memory.get(cell);
      if (!result) {
        result = rule.normalise(cell, today);
        if (remember && memory.size < 10_000) memory.set(cell, result);
      }
      if (result.ok) {
        if (result.value !== null) rule.apply(result.value as never, record);
      } else {
        const problem: RowProblem = { row: rowNumber, column: column.header, code: result.code, params: result.params ?? {} };
        if (result.suggestion !== undefined) problem.suggestion = result.suggestion;
        problems.push(problem);
        if (NAME_FIELDS.has(column.field!)) nameProblem = true;
      }
    }
    if (!record.firstName && !record.lastName && !nameProblem) problems.unshift({ row: rowNumber, column: nameColumn, code: 'MISSING_NAME', params: {} });
    return { record, problems };
  };
}
