import { describe, expect, it } from 'vitest';
import { CATEGORY_COLOURS, cohortRows, funnelRows, stageTimeRows, usedCategories } from './dashboard-model.ts';

describe('dashboard data for the charts', () => {
  it('puts every pipeline stage in order, missing ones as 0', () => {
    const rows = funnelRows([
      { stage: 'active', count: 4 },
      { stage: 'registered', count: 10 },
    ]);
    expect(rows.map((row) => row.stage)).toEqual(['registered', 'assessed', 'ready', 'intro_meeting', 'active', 'completed', 'followed_up', 'dropped_out', 'waiting_list']);
    expect(rows.find((row) => row.stage === 'active')?.count).toBe(4);
    expect(rows.find((row) => row.stage === 'ready')?.count).toBe(0);
  });

  it('leaves out stages without a median and rounds days', () => {
    expect(
      stageTimeRows([
        { stage: 'active', medianDays: 180.5, count: 3 },
        { stage: 'registered', medianDays: 12.2, count: 9 },
        { stage: 'ready', medianDays: null, count: 0 },
      ]),
    ).toEqual([
      { stage: 'registered', days: 12, count: 9 },
      { stage: 'active', days: 181, count: 3 },
    ]);
  });

  it('stacks only the outcome categories in use, and each cohort row adds up to its total', () => {
    const cohorts = [
      { cohortId: 'c1', cohortName: 'Høst 2025', byCategory: { fast_relevant: 2, temporary: 0, job_seeking: 3 } },
      { cohortId: null, cohortName: '', byCategory: { education: 1 } },
    ];
    expect(usedCategories(cohorts)).toEqual(['fast_relevant', 'education', 'job_seeking']);
    const rows = cohortRows(cohorts, 'Uten kull');
    expect(rows[0]).toMatchObject({ name: 'Høst 2025', fast_relevant: 2, job_seeking: 3, education: 0, total: 5 });
    expect(rows[1]).toMatchObject({ name: 'Uten kull', education: 1, total: 1 });
    for (const category of usedCategories(cohorts)) expect(CATEGORY_COLOURS[category]).toMatch(/^#[0-9a-f]{6}$/);
  });
});
