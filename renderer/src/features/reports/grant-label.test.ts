import { describe, expect, it } from 'vitest';
import { grantLabel } from './api.ts';

const grant = { funderName: 'Telemark fylkeskommune', scheme: 'Mentor- og traineeordning for innvandrere', caseNumber: null as string | null };

describe('grant labels where a grant is chosen', () => {
  it('tells a funder’s yearly grants apart by period and case number', () => {
    const labels = [2024, 2025, 2026].map((year) => grantLabel({ ...grant, periodStart: `${year}-01-01`, periodEnd: `${year}-12-31`, caseNumber: `${year}/117` }));
    expect(new Set(labels).size).toBe(3);
    expect(labels[1]).toBe('Telemark fylkeskommune – Mentor- og traineeordning for innvandrere · 01.01.2025–31.12.2025 · 2025/117');
  });

  it('leaves out what a grant does not have', () => {
    expect(grantLabel({ funderName: 'IMDi', scheme: null, caseNumber: null, periodStart: '2026-01-01', periodEnd: '2026-06-30' })).toBe('IMDi · 01.01.2026–30.06.2026');
  });
});
