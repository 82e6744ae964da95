import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { STAGES, type Stage } from '../../../../db/schema/index.ts';
import { compareStageEvents, replayStages, type StageEvent } from '../../../pipeline/replay.ts';
import { periodActivity, type PeriodActivity } from '../activity.ts';
import { addDays } from '../../../../shared/calendar-date.ts';
import { IN_PROGRAMME_STAGES } from '../definitions.ts';

/** The rule written plainly with the pipeline's replayStages, one day at a time (slow, obviously right). */
function dayByDay(changes: readonly StageEvent[], period: { from: string; to: string }): Map<string, PeriodActivity> {
  const result = new Map<string, PeriodActivity>();
  const ids = new Set(changes.filter((c) => c.effectiveOn <= period.to).map((c) => c.participantId));
  for (const id of ids) {
    const own = changes.filter((c) => c.participantId === id);
    const a: PeriodActivity = { active: false, inMentoringOrPlacement: false, completed: false, droppedOut: false, stageAtEnd: replayStages(own, period.to).get(id)?.stage ?? null };
    let previous: Stage | null = replayStages(own, addDays(period.from, -1)).get(id)?.stage ?? null;
    for (let day = period.from; day <= period.to; day = addDays(day, 1)) {
      const stage = replayStages(own, day).get(id)?.stage ?? null;
      if (stage === null) continue;
      // A day with changes shows its last one; a day without keeps the stage: only a move counts as completing or dropping out.
      const moved = own.some((c) => c.effectiveOn === day) || day === period.from;
      if ((IN_PROGRAMME_STAGES as readonly Stage[]).includes(stage)) a.active = true;
      if (stage === 'active') a.inMentoringOrPlacement = true;
      if (moved && stage === 'completed' && previous !== 'completed') a.completed = true;
      if (moved && stage === 'dropped_out' && previous !== 'dropped_out') a.droppedOut = true;
      previous = stage;
    }
    result.set(id, a);
  }
  return result;
}

const day = (n: number) => addDays('2025-01-01', n);

describe('period activity from the stage history', () => {
  it('agrees with replaying the history day by day, whatever the order of the rows and with ties on both dates', () => {
    const change = fc.record({
      participantId: fc.constantFrom('p1', 'p2', 'p3'),
      stage: fc.constantFrom(...STAGES),
      effectiveOn: fc.integer({ min: -4, max: 14 }).map(day),
      recordedAt: fc.integer({ min: 0, max: 3 }).map((h) => `2025-02-01T0${h}:00:00.000Z`),
    });
    fc.assert(
      fc.property(fc.array(change, { maxLength: 14 }), fc.integer({ min: 0, max: 5 }), fc.integer({ min: 0, max: 6 }), (changes, start, length) => {
        const period = { from: day(start), to: day(start + length) };
        expect(periodActivity(changes, period)).toEqual(dayByDay(changes, period));
        expect(periodActivity([...changes].sort(compareStageEvents), period)).toEqual(periodActivity(changes, period));
      }),
      { numRuns: 400 },
    );
  });
});
