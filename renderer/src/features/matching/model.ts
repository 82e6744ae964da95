/**
 * Types and pure helpers of the Kobling page: suggestions from `matching.suggest`, the rows of
 * the side-by-side comparison and which of them the pair shares (from the explanation keys the
 * backend chose, so the page and the score never disagree).
 */
import type { ApiOutput } from '../../../../main/api/contract.ts';
import type { PersonRow } from '../../api/people.ts';

export type Suggestion = ApiOutput<'matching.suggest'>[number];
export type BreakdownItem = Suggestion['breakdown'][number];
export type Criterion = BreakdownItem['criterion'];

/** The compared rows, in order; each is judged by the criterion of the same name. */
export const COMPARE_ROWS = ['field', 'occupation', 'education', 'languages', 'geography', 'gender', 'interests'] as const satisfies readonly Criterion[];
export type CompareRow = (typeof COMPARE_ROWS)[number];

/** How the pair shares a row (the tag's text under kobling.sharedTag), or null when it does not. */
export type SharedKind = 'same' | 'similar' | 'county' | 'asWished' | 'interest';

const SHARED_BY_KEY: Readonly<Record<string, SharedKind>> = {
  'field.same': 'same',
  'occupation.same': 'same',
  'occupation.similar': 'similar',
  'education.same': 'same',
  'languages.shared': 'same',
  'languages.sharedWeakNorwegian': 'same',
  'geography.sameMunicipality': 'same',
  'geography.sameCounty': 'county',
  'gender.asWished': 'asWished',
  'interests.company': 'interest',
  'interests.sector': 'interest',
};

/** What the pair shares in a row, from that criterion's explanation in the breakdown. */
export function sharedKind(suggestion: Suggestion, row: CompareRow): SharedKind | null {
  const item = suggestion.breakdown.find((entry) => entry.criterion === row);
  return item ? (SHARED_BY_KEY[item.explanation.key] ?? null) : null;
}

/**
 * The most a criterion can add to the 0–100 score for this pair: its weight's part of all the
 * weights (the bar's full length; the filled part is `share`).
 */
export function maxShares(breakdown: readonly BreakdownItem[]): Map<Criterion, number> {
  const total = breakdown.reduce((sum, item) => sum + item.weight, 0);
  return new Map(breakdown.map((item) => [item.criterion, total > 0 ? (100 * item.weight) / total : 0]));
}

/** Participants Kobling can suggest for: at stage "ready", not erased, without an open match. */
export function readyParticipants(rows: readonly PersonRow[]): PersonRow[] {
  return rows.filter((row) => row.stage === 'ready' && !row.erasedAt && !row.mentorId);
}

/** The filter box: every word must appear in the name, field name or desired occupation. */
export function filterParticipants(rows: readonly PersonRow[], text: string, fieldName: (code: string | null) => string): PersonRow[] {
  const words = text.toLocaleLowerCase('nb').split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...rows];
  return rows.filter((row) => {
    const haystack = `${row.firstName} ${row.lastName} ${fieldName(row.field)} ${row.desiredOccupation ?? ''}`.toLocaleLowerCase('nb');
    return words.every((word) => haystack.includes(word));
  });
}

/** The next candidate index after a step, kept inside 0..count-1. */
export function stepIndex(index: number, delta: number, count: number): number {
  if (count === 0) return 0;
  return Math.min(count - 1, Math.max(0, index + delta));
}

/** A keydown that steps the candidates: ArrowRight/J forward, ArrowLeft/K back; null otherwise. */
export function stepOfKey(event: { key: string; altKey: boolean; ctrlKey: boolean; metaKey: boolean }): -1 | 1 | null {
  if (event.altKey || event.ctrlKey || event.metaKey) return null;
  if (event.key === 'ArrowRight' || event.key === 'j' || event.key === 'J') return 1;
  if (event.key === 'ArrowLeft' || event.key === 'k' || event.key === 'K') return -1;
  return null;
}
