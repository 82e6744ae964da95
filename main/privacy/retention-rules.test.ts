import { describe, expect, it } from 'vitest';
import { dueForAnonymisation } from './retention-rules.ts';
import { addMonths } from '../../shared/calendar-date.ts';

describe('retention', () => {
  it('adds months, clamped to the end of the month', () => {
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2023-11-15', 24)).toBe('2025-11-15');
    expect(addMonths('2024-12-01', 1)).toBe('2025-01-01');
  });

  it('lists people whose programme ended at least the retention period ago, oldest first', () => {
    const people = [
      { id: 'a', kind: 'participant' as const, name: 'A', endedOn: '2024-03-01' },
      { id: 'b', kind: 'mentor' as const, name: 'B', endedOn: '2023-01-10' },
      { id: 'c', kind: 'participant' as const, name: 'C', endedOn: '2024-03-02' },
    ];
    expect(dueForAnonymisation(people, '2026-03-01', 24)).toEqual([
      { id: 'b', kind: 'mentor', name: 'B', endedOn: '2023-01-10', dueOn: '2025-01-10' },
      { id: 'a', kind: 'participant', name: 'A', endedOn: '2024-03-01', dueOn: '2026-03-01' },
    ]);
  });
});
