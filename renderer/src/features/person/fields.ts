import { DEGREE_RECOGNITIONS, EDUCATION_LEVELS, GENDERS, MENTOR_GENDER_PREFERENCES, TRACKS } from '../../../../shared/person-values.ts';

/** The participant's editable fields as the detail form shows them, in order, grouped. */
export type FieldKind = 'text' | 'email' | 'tel' | 'year' | 'date' | 'textarea' | 'select';
export type OptionSource =
  | { values: readonly string[]; labelKey?: string }
  | { reference: 'countries' | 'municipalities' | 'fields' | 'cohorts' | 'staff' };
export type FormField = { name: string; kind: FieldKind; options?: OptionSource; required?: boolean; sensitive?: boolean };

export { FOLLOW_UP_KINDS } from '../../../../shared/person-values.ts';
export { CONSENT_METHODS, CONSENT_PURPOSES } from '../../../../shared/consents.ts';

export const FIELD_GROUPS: { key: string; fields: FormField[] }[] = [
  {
    key: 'contact',
    fields: [
      { name: 'firstName', kind: 'text', required: true },
      { name: 'lastName', kind: 'text' },
      { name: 'email', kind: 'email' },
      { name: 'phone', kind: 'tel' },
      { name: 'birthYear', kind: 'year' },
      { name: 'gender', kind: 'select', options: { values: GENDERS, labelKey: 'gender' } },
      { name: 'municipalityNumber', kind: 'select', options: { reference: 'municipalities' } },
    ],
  },
  {
    key: 'background',
    fields: [
      { name: 'countryOfBackground', kind: 'select', options: { reference: 'countries' }, sensitive: true },
      { name: 'immigrationReason', kind: 'select', options: { values: ['FLU', 'FAM', 'ARB', 'UTD', 'ANN', 'UKJ'], labelKey: 'immigrationReason' } },
      { name: 'arrivalYear', kind: 'year' },
      { name: 'norwegianLevel', kind: 'select', options: { values: ['A1', 'A2', 'B1', 'B2', 'C1', 'C2'] } },
    ],
  },
  {
    key: 'education',
    fields: [
      { name: 'educationLevel', kind: 'select', options: { values: EDUCATION_LEVELS, labelKey: 'educationLevel' } },
      { name: 'educationCountry', kind: 'select', options: { reference: 'countries' } },
      { name: 'degreeRecognition', kind: 'select', options: { values: DEGREE_RECOGNITIONS, labelKey: 'degreeRecognition' } },
      { name: 'field', kind: 'select', options: { reference: 'fields' } },
      { name: 'desiredOccupation', kind: 'text' },
    ],
  },
  {
    key: 'programme',
    fields: [
      { name: 'track', kind: 'select', options: { values: TRACKS, labelKey: 'track' }, required: true },
      { name: 'cohortId', kind: 'select', options: { reference: 'cohorts' } },
      { name: 'coordinatorId', kind: 'select', options: { reference: 'staff' } },
      { name: 'mentorGenderPreference', kind: 'select', options: { values: MENTOR_GENDER_PREFERENCES, labelKey: 'mentorGenderPreference' } },
      { name: 'navAdvisor', kind: 'text' },
      { name: 'nextAction', kind: 'text' },
      { name: 'nextActionOn', kind: 'date' },
      { name: 'notes', kind: 'textarea' },
    ],
  },
];

export const ALL_FIELDS: FormField[] = FIELD_GROUPS.flatMap((group) => group.fields);

/** The form's text for a stored value. */
export function toFormValue(value: unknown): string {
  if (value === null || value === undefined) return '';
  return String(value);
}

/** The changes between the stored person and the form: '' clears (null), years become numbers. */
export function changedValues(original: Record<string, unknown>, values: Record<string, string>): Record<string, unknown> {
  const changes: Record<string, unknown> = {};
  for (const field of ALL_FIELDS) {
    const now = (values[field.name] ?? '').trim();
    if (now === toFormValue(original[field.name]).trim()) continue;
    if (now === '') changes[field.name] = field.required ? '' : null;
    else if (field.kind === 'year') changes[field.name] = /^\d+$/.test(now) ? Number(now) : now;
    else changes[field.name] = now;
  }
  return changes;
}

/** API_INVALID_INPUT details → { field: code }, by the last name in each issue's path. */
export function fieldErrors(details: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (!Array.isArray(details)) return out;
  for (const issue of details as { path?: unknown; code?: string; message?: string }[]) {
    // main/api/errors.ts joins zod's path with dots ("changes.email"); an array is taken too.
    const raw: unknown[] = typeof issue.path === 'string' ? issue.path.split('.') : Array.isArray(issue.path) ? issue.path : [];
    const path = raw.filter((part): part is string => typeof part === 'string' && part !== '');
    const name = path[path.length - 1];
    if (name && !(name in out)) out[name] = issue.code ?? 'invalid';
  }
  return out;
}
