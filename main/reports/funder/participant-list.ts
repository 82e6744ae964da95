import { countyOf } from '../../reference/municipalities.ts';
import { worldRegion } from '../../reference/world-regions.ts';
import { generalise, type Ladder } from '../disclosure/k-anonymity.ts';
import type { ParticipantRow } from './counts.ts';
import { UNKNOWN } from './definitions.ts';

/** A value generalised away for every row (the column is then left out of the sheet). */
const ALL_MARK = '*';

/** The list's quasi-identifiers, in column order, each with its ladder of coarser values. */
export const QUASI_IDENTIFIERS = ['cohort', 'track', 'gender', 'ageGroup', 'country', 'residence', 'immigration', 'education', 'field', 'municipality', 'registered'] as const;
export type QuasiIdentifier = (typeof QUASI_IDENTIFIERS)[number];

/** What each rung above the first shows, for Om rapporten. */
export const RUNG_NAMES: Record<QuasiIdentifier, readonly string[]> = {
  cohort: ['kull', 'fjernet'],
  track: ['spor', 'fjernet'],
  gender: ['kjønn', 'fjernet'],
  ageGroup: ['aldersgruppe', 'to aldersgrupper (under 35 år / 35 år og eldre)', 'fjernet'],
  country: ['land', 'verdensdel', 'fjernet'],
  residence: ['botid', 'to grupper (under 5 år / 5 år eller mer)', 'fjernet'],
  immigration: ['innvandringsgrunn', 'fjernet'],
  education: ['utdanningsnivå', 'høyere utdanning eller ikke', 'fjernet'],
  field: ['fagfelt', 'fjernet'],
  municipality: ['kommune', 'fylke', 'fjernet'],
  registered: ['måned', 'år', 'fjernet'],
};

const all = () => ALL_MARK;
const keep = (f: (v: string) => string) => (v: string) => (v === UNKNOWN ? UNKNOWN : f(v));
const YOUNG = new Set(['Under 25 år', '25–34 år']);
const SHORT = new Set(['Under 2 år', '2–4 år']);
const HIGHER = new Set(['Bachelor', 'Master', 'Ph.d.']);

const LADDERS: Record<QuasiIdentifier, Ladder<ParticipantRow>['rungs']> = {
  cohort: [(r) => r.cohort, all],
  track: [(r) => r.track, all],
  gender: [(r) => r.gender, all],
  ageGroup: [(r) => r.ageGroup, (r) => keep((v) => (YOUNG.has(v) ? 'Under 35 år' : '35 år og eldre'))(r.ageGroup), all],
  country: [(r) => r.country, (r) => (r.countryCode ? (worldRegion(r.countryCode) ?? UNKNOWN) : UNKNOWN), all],
  residence: [(r) => r.residence, (r) => keep((v) => (SHORT.has(v) ? 'Under 5 år' : '5 år eller mer'))(r.residence), all],
  immigration: [(r) => r.immigration, all],
  education: [(r) => r.education, (r) => keep((v) => (HIGHER.has(v) ? 'Høyere utdanning' : 'Ikke høyere utdanning'))(r.education), all],
  field: [(r) => r.field, all],
  municipality: [(r) => r.municipality, (r) => (r.municipalityNumber ? (countyOf(r.municipalityNumber)?.name ?? UNKNOWN) : UNKNOWN), all],
  registered: [(r) => r.registeredOn.slice(0, 7), (r) => r.registeredOn.slice(0, 4), all],
};

/** The list's ladders, in QUASI_IDENTIFIERS order. */
export const participantLadders = (): Ladder<ParticipantRow>[] => QUASI_IDENTIFIERS.map((key) => ({ key, rungs: LADDERS[key] }));

export type ParticipantList = {
  /** Each row's quasi-identifiers as shown, in QUASI_IDENTIFIERS order. */
  shown: string[][];
  /** The rung each quasi-identifier is shown at (0: as recorded). */
  levels: Record<QuasiIdentifier, number>;
  smallestGroup: number;
  /** How many groups of rows share all shown values. */
  groups: number;
};

/**
 * The Deltakere list made k-anonymous: quasi-identifiers generalised until every combination of
 * them is shared by at least k rows. null: fewer than k rows, so no list can be safe (the sheet
 * is left out).
 */
export function participantList(rows: readonly ParticipantRow[], k: number): ParticipantList | null {
  const result = generalise(rows, participantLadders(), k);
  if (!result) return null;
  return { shown: result.values, levels: result.levels as Record<QuasiIdentifier, number>, smallestGroup: result.smallestGroup, groups: result.groups };
}

/** Whether a quasi-identifier is generalised to its top rung, «*» for every row. */
export const isRemoved = (list: ParticipantList, q: QuasiIdentifier): boolean => list.levels[q] === RUNG_NAMES[q].length - 1;

/** The quasi-identifiers the sheet shows as columns: those not removed, in QUASI_IDENTIFIERS order. */
export const shownQuasiIdentifiers = (list: ParticipantList): QuasiIdentifier[] => QUASI_IDENTIFIERS.filter((q) => !isRemoved(list, q));

/**
 * For Om rapporten: which columns are shown as recorded, which coarser and how, which removed,
 * e.g. "Vist som registrert: Kull, Spor. Grovere: Kommune som fylke. Fjernet: Kjønn."
 */
export function generalisationText(list: ParticipantList, headers: Record<QuasiIdentifier, string>, k: number): string {
  const kept = QUASI_IDENTIFIERS.filter((q) => list.levels[q] === 0);
  const coarser = QUASI_IDENTIFIERS.filter((q) => list.levels[q] > 0 && !isRemoved(list, q));
  const removed = QUASI_IDENTIFIERS.filter((q) => isRemoved(list, q));
  if (kept.length === QUASI_IDENTIFIERS.length) return 'Alle opplysninger vises som registrert (alle kombinasjoner hadde nok personer).';
  return [
    kept.length > 0 ? `Vist som registrert: ${kept.map((q) => headers[q]).join(', ')}.` : '',
    coarser.length > 0 ? `Grovere: ${coarser.map((q) => `${headers[q]} som ${RUNG_NAMES[q][list.levels[q]]}`).join('; ')}.` : '',
    removed.length > 0 ? `Fjernet (står ikke i listen): ${removed.map((q) => headers[q]).join(', ')}.` : '',
    `Opplysningene er gjort grovere bare så langt det trengs: ingen av dem kan vises ett trinn finere uten at en kombinasjon får færre enn ${k} personer.`,
  ]
    .filter(Boolean)
    .join(' ');
}
