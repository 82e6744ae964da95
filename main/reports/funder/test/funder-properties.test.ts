import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as schema from '../../../../db/schema/index.ts';
import { generateDemo } from '../../../demo/generate.ts';
import { openTestDb, TEST_STAFF_ID } from '../../../test/plain-db.ts';
import { countReport } from '../counts.ts';
import { PROTECTION_WIDTH } from '../../disclosure/cell-suppression.ts';
import { exactRanges } from '../../disclosure/test/lp-check.ts';
import { HIDDEN_MARK } from '../definitions.ts';
import { loadReportData } from '../loader.ts';
import { protectCounts } from '../protection.ts';
import { publishedCounts } from '../published-counts.ts';
import { outcomeBreakdowns, shownBreakdown } from '../workbook.ts';

describe('every breakdown adds up to its total on random demo programmes, and suppression leaves no hidden cell determined', () => {
  it('for every grant, its own period and a random one', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 1_000_000 }), fc.integer({ min: 0, max: 364 }), fc.boolean(), async (seed, offset, suppress) => {
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
              const publication = await protectCounts(counts, suppress);
              for (const b of [...counts.breakdowns, ...outcomeBreakdowns(counts)]) {
                expect(b.rows.reduce((s, r) => s + r.count, 0), b.key).toBe(b.total);
                if (!b.key.startsWith('outcome')) expect(b.total).toBe(k.participantsActive);
                const shown = shownBreakdown(b, publication);
                b.rows.forEach((r, i) => expect(shown[i]!.count).toBe(r.count >= 1 && r.count <= 2 && suppress ? HIDDEN_MARK : shown[i]!.count));
              }
              // Every hidden cell, checked by an independent integer program over all relations the workbook shows.
              const table = publishedCounts(counts);
              const values = new Map(table.cells.map((c) => [c.id, c.value]));
              const hidden = new Set(table.cells.filter((c) => publication.isHidden(c.id)).map((c) => c.id));
              for (const [cell, range] of exactRanges(values, hidden, table.relations)) expect(range.max - range.min, cell).toBeGreaterThanOrEqual(PROTECTION_WIDTH);
              expect(counts.outcomes.rows.reduce((s, r) => s + r.latest, 0)).toBe(k.outcomesRecorded);
              expect(counts.eventsByKind.reduce((s, r) => s + r.events, 0)).toBe(k.events);
              expect(k.attendanceParticipants + k.attendanceOtherParticipants + k.attendanceMentors + k.attendanceGuests).toBe(k.attendance);
              expect(k.uniqueParticipantsAtEvents).toBeLessThanOrEqual(k.attendanceParticipants);
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
