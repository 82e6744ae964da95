import { describe, expect, it } from 'vitest';
import { changeSinceStart, formatChange } from './model.ts';

const form = (timepoint: string, values: Partial<Record<string, number | null>>) => ({
  timepoint,
  norwegianAtWork: null,
  professionalNetwork: null,
  workingLifeKnowledge: null,
  jobSeeking: null,
  beliefInChances: null,
  ...values,
});

describe('change since start', () => {
  it('compares the end form with the start, falling back to midway per scale', () => {
    const change = changeSinceStart([
      form('start', { norwegianAtWork: 2, professionalNetwork: 1, jobSeeking: 4, beliefInChances: 3 }),
      form('mid', { norwegianAtWork: 3, professionalNetwork: 3 }),
      form('end', { norwegianAtWork: 4, jobSeeking: 2 }),
    ]);
    expect(change).toEqual({ norwegianAtWork: 2, professionalNetwork: 2, workingLifeKnowledge: null, jobSeeking: -2, beliefInChances: null });
  });

  it('knows nothing without a start form', () => {
    expect(changeSinceStart([form('end', { norwegianAtWork: 5 })]).norwegianAtWork).toBeNull();
  });

  it('writes the sign', () => {
    expect(formatChange(2)).toBe('+2');
    expect(formatChange(0)).toBe('0');
    expect(formatChange(-1)).toBe('\u22121');
    expect(formatChange(null)).toBe('');
  });
});
