import { describe, expect, it } from 'vitest';
import { humanize, summaryFigures } from './figures.ts';

describe('summaryFigures', () => {
  it('shows top-level counts first and nested counts as groups', () => {
    const result = summaryFigures({
      participants: 300,
      mentors: 120,
      label: 'ignored',
      byStage: { registered: 10, active: 40, note: 'x' },
      events: [{ kind: 'språkkafé', count: 4 }, { kind: 'kurs', value: 2 }, { nothing: 1 }],
      asOf: '2026-03-01',
    });
    expect(result.asOf).toBe('2026-03-01');
    expect(result.groups).toEqual([
      { key: null, figures: [{ key: 'participants', value: 300 }, { key: 'mentors', value: 120 }] },
      { key: 'byStage', figures: [{ key: 'registered', value: 10 }, { key: 'active', value: 40 }] },
      { key: 'events', figures: [{ key: 'språkkafé', value: 4 }, { key: 'kurs', value: 2 }] },
    ]);
  });

  it('copes with anything', () => {
    for (const value of [null, undefined, 3, 'x', [], [1, 2], { a: null }]) {
      expect(summaryFigures(value).groups).toEqual([]);
    }
  });

  it('humanizes keys', () => {
    expect(humanize('activeParticipants')).toBe('Active participants');
    expect(humanize('follow_ups')).toBe('Follow ups');
  });
});
