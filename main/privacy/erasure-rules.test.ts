import { getTableColumns } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { mentors, participants } from '../../db/schema/index.ts';
import { anonymousBreakdown, keptColumns, MENTOR_COLUMNS, nameMatches, PARTICIPANT_COLUMNS, stubPatch } from './erasure-rules.ts';

describe('erasure decisions', () => {
  it('has a keep-or-remove decision for every participants and mentors column (a new column fails here until decided)', () => {
    expect(Object.keys(PARTICIPANT_COLUMNS).sort()).toEqual(Object.keys(getTableColumns(participants)).sort());
    expect(Object.keys(MENTOR_COLUMNS).sort()).toEqual(Object.keys(getTableColumns(mentors)).sort());
  });

  it('keeps only the anonymous stub of a participant', () => {
    expect(keptColumns(PARTICIPANT_COLUMNS).sort()).toEqual(
      ['birthYear', 'cohortId', 'createdAt', 'erasedAt', 'field', 'gender', 'id', 'registeredOn', 'stage', 'stageChangedOn', 'track', 'updatedAt'].sort(),
    );
  });

  it('blanks names, contact and free text and sets erased_at', () => {
    const patch = stubPatch(PARTICIPANT_COLUMNS, '2026-01-02T03:04:05.000Z');
    expect(patch).toMatchObject({ firstName: '', lastName: '', searchText: '', email: null, phone: null, notes: null, countryOfBackground: null, languages: [], erasedAt: '2026-01-02T03:04:05.000Z' });
    expect(patch).not.toHaveProperty('gender');
    expect(patch).not.toHaveProperty('birthYear');
    expect(stubPatch(MENTOR_COLUMNS, 'x')).toMatchObject({ active: false, organisationId: null, firstName: '' });
  });

  it('drops the explanations from a score breakdown but keeps the points', () => {
    const items = [{ criterion: 'field', weight: 3, points: 1, met: true, mustHave: false, share: 30, explanation: { key: 'field.same', params: { field: 'Ingeniørfag i Skien' } } }];
    expect(anonymousBreakdown(items)).toEqual([{ criterion: 'field', weight: 3, points: 1, met: true, mustHave: false, share: 30, explanation: { key: 'field.same', params: {} } }]);
    expect(anonymousBreakdown(null)).toBeNull();
  });

  it('accepts the typed name regardless of case and spacing, never an empty one', () => {
    expect(nameMatches('  åse  NORDMANN ', 'Åse Nordmann')).toBe(true);
    expect(nameMatches('Åse', 'Åse Nordmann')).toBe(false);
    expect(nameMatches('', '')).toBe(false);
  });
});
