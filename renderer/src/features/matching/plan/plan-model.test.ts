import { describe, expect, it } from 'vitest';
import { pin, reasonKey, refusalsOf, remove, toggle, withoutParticipants } from './plan-model.ts';

const pair = (participantId: string, mentorId: string) => ({ participantId, mentorId });

describe('the Kohortplan choices', () => {
  it('pins one mentor per participant and takes the pair out of the removed ones', () => {
    const next = pin([pair('p1', 'm1'), pair('p2', 'm2')], [pair('p1', 'm3')], pair('p1', 'm3'));
    expect(next.fixed).toEqual([pair('p2', 'm2'), pair('p1', 'm3')]);
    expect(next.forbidden).toEqual([]);
  });

  it('removes a pair for this draft: forbidden once, no longer pinned', () => {
    const once = remove([pair('p1', 'm1')], [], pair('p1', 'm1'));
    expect(once).toEqual({ fixed: [], forbidden: [pair('p1', 'm1')] });
    expect(remove(once.fixed, once.forbidden, pair('p1', 'm1')).forbidden).toHaveLength(1);
  });

  it('drops approved participants from the pins and removals; toggles a selection', () => {
    expect(withoutParticipants([pair('p1', 'm1'), pair('p2', 'm1')], new Set(['p1']))).toEqual([pair('p2', 'm1')]);
    expect([...toggle(toggle(new Set(['a']), 'b'), 'a')]).toEqual(['b']);
  });

  it('reads the refused pairs of MATCHING_PLAN_REFUSED defensively and names each reason', () => {
    const details = { refused: [{ participantId: 'p1', mentorId: 'm1', participantName: 'Ola', mentorName: null, reasons: ['full', 'mustHave:field', 3] }, { nonsense: true }] };
    expect(refusalsOf(details)).toEqual([{ participantId: 'p1', mentorId: 'm1', participantName: 'Ola', mentorName: null, reasons: ['full', 'mustHave:field'] }]);
    expect(refusalsOf(undefined)).toEqual([]);
    expect(reasonKey('mustHave:field')).toEqual({ key: 'plan.reason.mustHave', criterion: 'field' });
    expect(reasonKey('inactive')).toEqual({ key: 'plan.reason.inactive' });
  });
});
