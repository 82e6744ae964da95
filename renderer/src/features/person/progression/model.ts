/** The five self-assessment scales (1–5) in the order of the form, and the three timepoints. */
export const PROGRESSION_SCALES = ['norwegianAtWork', 'professionalNetwork', 'workingLifeKnowledge', 'jobSeeking', 'beliefInChances'] as const;
export type ProgressionScale = (typeof PROGRESSION_SCALES)[number];

export { PROGRESSION_TIMEPOINTS, type ProgressionTimepoint } from '../../../../../shared/outcomes.ts';

export type ProgressionForm = { timepoint: string } & Record<ProgressionScale, number | null>;

/**
 * Change since start per scale: the latest answered form after start (end before mid) minus the
 * start answer. null when either is missing, so "no change" (0) and "not known" stay different.
 */
export function changeSinceStart(forms: readonly ProgressionForm[]): Record<ProgressionScale, number | null> {
  const start = forms.find((form) => form.timepoint === 'start');
  const later = ['end', 'mid'].map((timepoint) => forms.find((form) => form.timepoint === timepoint));
  const out = {} as Record<ProgressionScale, number | null>;
  for (const scale of PROGRESSION_SCALES) {
    const before = start?.[scale] ?? null;
    const after = later.map((form) => form?.[scale] ?? null).find((value) => value !== null) ?? null;
    out[scale] = before === null || after === null ? null : after - before;
  }
  return out;
}

/** A change as shown: +2, 0, −1 (a real minus sign), or an empty string when unknown. */
export function formatChange(change: number | null): string {
  if (change === null) return '';
  if (change > 0) return `+${change}`;
  if (change < 0) return `\u2212${-change}`;
  return '0';
}
