import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as schema from '../../../../db/schema/index.ts';
import { generateDemo } from '../../../demo/generate.ts';
import { openTestDb, TEST_STAFF_ID } from '../../../test/plain-db.ts';
import { countReport } from '../counts.ts';
import { SECONDARY_MARK, SMALL_MARK } from '../definitions.ts';
import { loadReportData } from '../loader.ts';
import { recoverable, suppressTable, type SumGroup } from '../suppress.ts';
import { outcomeBreakdowns, shownBreakdown } from '../workbook.ts';

/** Hidden state as a reader sees it from the published marks. */
const hiddenOf = (shown: readonly (number | string)[]) => shown.map((s) => (s === SMALL_MARK ? 'primary' : s === SECONDARY_MARK ? 'secondary' : 'no') as 'primary' | 'secondary' | 'no');

describe('small-count suppression', () => {
  it('hides every count of 1–2, shows the rest unchanged unless needed, and leaves no hidden cell recoverable from a shown sum', () => {
    fc.assert(
      fc.property(fc.array(fc.nat({ max: 9 }), { minLength: 1, maxLength: 12 }), fc.integer({ min: 0, max: 11 }), (counts, split) => {
        // A table with a total and, like the outcomes, a sub-total over some of the cells.
        const sub = counts.slice(0, Math.min(split, counts.length));
        const total = counts.reduce((s, c) => s + c, 0);
        const values = [...counts, sub.reduce((s, c) => s + c, 0), total];
        const groups: SumGroup[] = [
          { total: counts.length + 1, members: counts.map((_, i) => i) },
          { total: counts.length, members: sub.map((_, i) => i) },
        ];
        const shown = suppressTable(values, groups);
        values.forEach((v, i) => {
          if (v >= 1 && v <= 2) expect(shown[i]).toBe(SMALL_MARK);
          else expect([v, SECONDARY_MARK]).toContain(shown[i]);
        });
        const hidden = hiddenOf(shown);
        for (const g of groups) expect(recoverable(values, hidden, g)).toBe(false);
      }),
      { numRuns: 500 },
    );
  });

  it('a lone "<3" gets a second hidden cell', () => {
    expect(suppressTable([3, 1, 0, 0, 4], [{ total: 4, members: [0, 1, 2, 3] }])).toEqual(['x', '<3', 0, 0, 4]);
    // Two "<3" that are both 1 add up to their count: a third cell goes.
    expect(suppressTable([1, 1, 5, 7], [{ total: 3, members: [0, 1, 2] }])).toEqual(['<3', '<3', 'x', 7]);
  });
});

describe('every breakdown adds up to its total on random demo programmes', () => {
  it('for every grant, its own period and a random one', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1_000_000 }), fc.integer({ min: 0, max: 364 }), fc.boolean(), (seed, offset, suppress) => {
        const t = openTestDb();
        try {
          generateDemo(t.db, { people: 50, seed, today: '2026-05-15', staffId: TEST_STAFF_ID });
          const grants = t.db.select().from(schema.grants).all();
          expect(grants.length).toBeGreaterThan(0);
          for (const grant of grants) {
            const from = new Date(Date.parse('2024-06-01T00:00:00Z') + offset * 86_400_000).toISOString().slice(0, 10);
            for (const period of [{ from: grant.periodStart, to: grant.periodEnd }, { from, to: '2026-05-15' }]) {
              const counts = countReport(loadReportData(t.db, grant.id, period), { foldSmall: suppress });
              const k = counts.keyFigures;
              for (const b of [...counts.breakdowns, ...outcomeBreakdowns(counts)]) {
                expect(b.rows.reduce((s, r) => s + r.count, 0), b.key).toBe(b.total);
                if (!b.key.startsWith('outcome')) expect(b.total).toBe(k.participantsActive);
                const shown = shownBreakdown(b, suppress);
                const values = [...b.rows.map((r) => r.count), b.total];
                const hidden = hiddenOf(shown.map((s) => s.count));
                expect(recoverable(values, hidden, { total: b.rows.length, members: b.rows.map((_, i) => i) })).toBe(false);
              }
              expect(counts.outcomes.rows.reduce((s, r) => s + r.latest, 0)).toBe(k.outcomesRecorded);
              expect(counts.eventsByKind.reduce((s, r) => s + r.events, 0)).toBe(k.events);
              expect(k.attendanceParticipants + k.attendanceMentors + k.attendanceGuests).toBe(k.attendance);
              expect(k.participantsInMentoringOrPlacement).toBeLessThanOrEqual(k.participantsActive);
              expect(counts.participantRows.length + counts.erasedCounted).toBeGreaterThanOrEqual(k.participantsActive);
            }
          }
        } finally {
          t.close();
        }
      }),
      { numRuns: 4 },
    );
  }, 240_000);
});
