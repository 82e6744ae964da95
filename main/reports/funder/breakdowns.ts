import { countryName, FIELDS, municipalityByNumber, OTHER_FIELD } from '../../reference/index.ts';
import {
  AGE_GROUPS,
  EDUCATION_LABELS,
  GENDER_LABELS,
  IMMIGRATION_LABELS,
  OTHERS,
  RESIDENCE_GROUPS,
  SMALL_COUNT_MAX,
  TOP_GROUPS,
  TRACK_LABELS,
  UNKNOWN,
} from './definitions.ts';
import { yearOf } from './dates.ts';
import type { ReportParticipant } from './types.ts';

/** `key`: the category code where the label is a translation of one (outcomes). */
export type BreakdownRow = { key?: string; label: string; count: number };
export type Breakdown = { key: string; title: string; rows: BreakdownRow[]; total: number };

/** The labels one participant falls under in each breakdown (also the Deltakere sheet's values). */
export type ParticipantLabels = {
  cohort: string;
  track: string;
  gender: string;
  ageGroup: string;
  country: string;
  residence: string;
  immigration: string;
  education: string;
  field: string;
  municipality: string;
};

const FIELD_CODES = new Set(FIELDS.map((f) => f.code));

function band(value: number | null, groups: readonly { label: string; min: number; max: number }[]): string {
  if (value === null || !Number.isFinite(value)) return UNKNOWN;
  return groups.find((g) => value >= g.min && value <= g.max)?.label ?? UNKNOWN;
}

export function labelsOf(p: ReportParticipant, periodEnd: string, cohortNames: ReadonlyMap<string, string>, fieldMap: Readonly<Record<string, string>>): ParticipantLabels {
  const endYear = yearOf(periodEnd);
  const field = p.field === null ? null : FIELD_CODES.has(p.field) ? p.field : (fieldMap[p.field] ?? OTHER_FIELD);
  return {
    cohort: p.cohortId ? (cohortNames.get(p.cohortId) ?? UNKNOWN) : 'Uten kull',
    track: TRACK_LABELS[p.track] ?? UNKNOWN,
    gender: GENDER_LABELS[p.gender] ?? UNKNOWN,
    ageGroup: band(p.birthYear === null ? null : endYear - p.birthYear, AGE_GROUPS),
    country: p.countryOfBackground ? countryName(p.countryOfBackground) : UNKNOWN,
    residence: band(p.arrivalYear === null ? null : endYear - p.arrivalYear, RESIDENCE_GROUPS),
    immigration: p.immigrationReason && p.immigrationReason !== 'UKJ' ? IMMIGRATION_LABELS[p.immigrationReason] : UNKNOWN,
    education: p.educationLevel ? EDUCATION_LABELS[p.educationLevel] : UNKNOWN,
    field: field === null ? UNKNOWN : (FIELDS.find((f) => f.code === field)?.name ?? UNKNOWN),
    municipality: p.municipalityNumber ? (municipalityByNumber(p.municipalityNumber)?.name ?? p.municipalityNumber) : UNKNOWN,
  };
}

/** Counts per label in a fixed order (every listed label shown, zeros too), then Ukjent. */
function fixed(labels: readonly string[], values: readonly string[]): BreakdownRow[] {
  const counts = new Map<string, number>([...labels, UNKNOWN].map((l) => [l, 0]));
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].map(([label, count]) => ({ label, count }));
}

/**
 * The largest groups by name (by count, then alphabetically), the rest as "Andre", then "Ukjent".
 * When small counts are hidden, groups under 3 go to "Andre" first: merging loses less than hiding.
 */
function largest(values: readonly string[], foldSmall: boolean): BreakdownRow[] {
  const counts = new Map<string, number>();
  let unknown = 0;
  for (const v of values) {
    if (v === UNKNOWN) unknown++;
    else counts.set(v, (counts.get(v) ?? 0) + 1);
  }
  const sorted = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'nb'));
  const named = sorted.filter(([, n]) => !foldSmall || n > SMALL_COUNT_MAX).slice(0, TOP_GROUPS);
  const namedSet = new Set(named.map(([l]) => l));
  const others = sorted.filter(([l]) => !namedSet.has(l)).reduce((s, [, n]) => s + n, 0);
  return [...named.map(([label, count]) => ({ label, count })), { label: OTHERS, count: others }, { label: UNKNOWN, count: unknown }];
}

/** Breakdowns of the active participants; each one's rows add up to `total`. */
export function breakdownsOf(active: readonly ParticipantLabels[], cohortOrder: readonly string[], foldSmall: boolean): Breakdown[] {
  const pick = (key: keyof ParticipantLabels) => active.map((a) => a[key]);
  const make = (key: string, title: string, rows: BreakdownRow[]): Breakdown => ({ key, title, rows, total: active.length });
  return [
    make('gender', 'Kjønn', fixed(['Kvinne', 'Mann', 'Annet'], pick('gender'))),
    make('ageGroup', 'Aldersgruppe', fixed(AGE_GROUPS.map((g) => g.label), pick('ageGroup'))),
    make('country', 'Landbakgrunn', largest(pick('country'), foldSmall)),
    make('residence', 'Botid i Norge', fixed(RESIDENCE_GROUPS.map((g) => g.label), pick('residence'))),
    make('immigration', 'Innvandringsgrunn', fixed(Object.values(IMMIGRATION_LABELS), pick('immigration'))),
    make('education', 'Utdanningsnivå', fixed(Object.values(EDUCATION_LABELS), pick('education'))),
    make('field', 'Fagfelt', fixed(FIELDS.map((f) => f.name), pick('field'))),
    make('municipality', 'Kommune', largest(pick('municipality'), foldSmall)),
    make('cohort', 'Kull', fixed([...cohortOrder, 'Uten kull'].filter((l, i, all) => all.indexOf(l) === i), pick('cohort'))),
    make('track', 'Spor', fixed(Object.values(TRACK_LABELS), pick('track'))),
  ];
}
