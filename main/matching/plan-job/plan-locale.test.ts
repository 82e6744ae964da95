import { describe, expect, it } from 'vitest';
import nb from '../../../resources/locales/nb.json' with { type: 'json' };
import en from '../../../resources/locales/en.json' with { type: 'json' };

type Tree = { [key: string]: string | Tree };
const get = (tree: Tree, path: string): unknown => path.split('.').reduce<unknown>((node, part) => (node && typeof node === 'object' ? (node as Tree)[part] : undefined), tree);

/** Every reason and phase the plan API can answer has a text in both languages (the screen translates them). */
const KEYS = [
  ...['declined', 'never', 'inactive', 'full', 'participantMatched', 'erased', 'mustHave', 'participantMissing', 'mentorMissing', 'notReady', 'duplicateParticipant', 'notInPlan', 'forbidden'].map((r) => `plan.reason.${r}`),
  ...['noAllowedMentor', 'capacityUsed', 'lowerTotal'].map((r) => `plan.unmatchedReason.${r}`),
  ...['start', 'loading', 'scoring', 'solving', 'done'].map((p) => `plan.phase.${p}`),
  'errors.MATCHING_PLAN_REFUSED',
  'errors.MATCHING_NOT_ALLOWED',
];

describe('plan texts', () => {
  it('has nb and en for every reason, phase and error code', () => {
    for (const locale of [nb, en] as unknown as Tree[]) for (const key of KEYS) expect(typeof get(locale, key), key).toBe('string');
  });
});
