/**
 * Types and pure helpers of the Kohortplan view. The draft comes from `matching.planResult`; the
 * renderer never scores or solves, it only keeps what the coordinator chose (pins, removals,
 * selection, what is approved) and asks the main process for a new draft.
 */
import type { ApiOutput } from '../../../../../main/api/contract.ts';
import { COMPARE_ROWS, sharedKind, type CompareRow } from '../model.ts';

export type Draft = ApiOutput<'matching.planResult'>;
export type DraftPair = Draft['pairs'][number];
export type PairRef = { participantId: string; mentorId: string };
export type Objective = Draft['objective'];

/** The rows the pair shares (same field, shared languages …), from the backend's explanation keys. */
export function sharedRows(pair: DraftPair): CompareRow[] {
  return COMPARE_ROWS.filter((row) => sharedKind(pair, row) !== null);
}

export const refOf = (pair: PairRef): PairRef => ({ participantId: pair.participantId, mentorId: pair.mentorId });

/** Pins a participant to a mentor (replacing an earlier pin for that participant); the pair is no longer removed. */
export function pin(fixed: readonly PairRef[], forbidden: readonly PairRef[], pair: PairRef): { fixed: PairRef[]; forbidden: PairRef[] } {
  return {
    fixed: [...fixed.filter((f) => f.participantId !== pair.participantId), refOf(pair)],
    forbidden: forbidden.filter((f) => !(f.participantId === pair.participantId && f.mentorId === pair.mentorId)),
  };
}

/** Removes a pair from the draft: forbidden for this draft, and no longer pinned. */
export function remove(fixed: readonly PairRef[], forbidden: readonly PairRef[], pair: PairRef): { fixed: PairRef[]; forbidden: PairRef[] } {
  const exists = forbidden.some((f) => f.participantId === pair.participantId && f.mentorId === pair.mentorId);
  return {
    fixed: fixed.filter((f) => f.participantId !== pair.participantId),
    forbidden: exists ? [...forbidden] : [...forbidden, refOf(pair)],
  };
}

/** After approval: the approved participants leave the pins and removals (they are matched now). */
export function withoutParticipants(list: readonly PairRef[], participantIds: ReadonlySet<string>): PairRef[] {
  return list.filter((f) => !participantIds.has(f.participantId));
}

/** Toggles one id in a selection; returns a new set. */
export function toggle(selection: ReadonlySet<string>, id: string): Set<string> {
  const next = new Set(selection);
  if (next.has(id)) next.delete(id);
  else next.add(id);
  return next;
}

/** A refused pair from MATCHING_PLAN_REFUSED's details, read defensively (details cross the API as unknown). */
export type Refusal = { participantId: string; mentorId: string; participantName: string | null; mentorName: string | null; reasons: string[] };

export function refusalsOf(details: unknown): Refusal[] {
  const list = (details as { refused?: unknown } | null | undefined)?.refused;
  if (!Array.isArray(list)) return [];
  return list.flatMap((item: unknown) => {
    if (!item || typeof item !== 'object') return [];
    const r = item as Record<string, unknown>;
    if (typeof r.participantId !== 'string' || typeof r.mentorId !== 'string') return [];
    return [
      {
        participantId: r.participantId,
        mentorId: r.mentorId,
        participantName: typeof r.participantName === 'string' ? r.participantName : null,
        mentorName: typeof r.mentorName === 'string' ? r.mentorName : null,
        reasons: Array.isArray(r.reasons) ? r.reasons.filter((x): x is string => typeof x === 'string') : [],
      },
    ];
  });
}

/** The translation key of a refusal or exclusion reason ("mustHave:field" → plan.reason.mustHave with the criterion). */
export function reasonKey(reason: string): { key: string; criterion?: string } {
  if (reason.startsWith('mustHave:')) return { key: 'plan.reason.mustHave', criterion: reason.slice('mustHave:'.length) };
  return { key: `plan.reason.${reason}` };
}
