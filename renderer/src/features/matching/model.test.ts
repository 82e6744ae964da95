import { describe, expect, it } from 'vitest';
import { maxShares, sharedKind, stepIndex, stepOfKey, type BreakdownItem, type Suggestion } from './model.ts';

function item(criterion: BreakdownItem['criterion'], weight: number, key: string): BreakdownItem {
  return { criterion, weight, points: 1, met: true, mustHave: false, share: 0, explanation: { key, params: {} } };
}

const suggestion: Suggestion = {
  mentorId: 'm1',
  mentorName: 'Aya Othman',
  employerName: null,
  score: 50,
  breakdown: [item('field', 3, 'field.different'), item('languages', 1, 'languages.shared'), item('geography', 0, 'geography.sameCounty')],
};

describe('kobling model', () => {
  it('tags what the pair shares from the explanation keys', () => {
    expect(sharedKind(suggestion, 'field')).toBeNull();
    expect(sharedKind(suggestion, 'languages')).toBe('same');
    expect(sharedKind(suggestion, 'geography')).toBe('county');
    expect(sharedKind(suggestion, 'gender')).toBeNull();
  });

  it("gives each criterion its weight's part of 100", () => {
    const max = maxShares(suggestion.breakdown);
    expect(max.get('field')).toBe(75);
    expect(max.get('languages')).toBe(25);
    expect(max.get('geography')).toBe(0);
  });

  it('steps within the candidates by arrows and J/K', () => {
    expect(stepIndex(0, -1, 10)).toBe(0);
    expect(stepIndex(9, 1, 10)).toBe(9);
    expect(stepIndex(3, 0, 2)).toBe(1);
    const key = (k: string) => stepOfKey({ key: k, altKey: false, ctrlKey: false, metaKey: false });
    expect([key('ArrowRight'), key('j'), key('ArrowLeft'), key('K'), key('x')]).toEqual([1, 1, -1, -1, null]);
    expect(stepOfKey({ key: 'j', altKey: false, ctrlKey: true, metaKey: false })).toBeNull();
  });
});
