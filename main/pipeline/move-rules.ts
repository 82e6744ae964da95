import { MAIN_STAGES, STAGE_TRANSITIONS, isAllowedTransition, type Stage } from '../../db/schema/stages.ts';

/** Why one person cannot be moved. */
export type RefusalReason = 'transition_not_allowed' | 'reason_required' | 'before_current_stage' | 'not_found' | 'erased';

/** One refused move: who, from which stage, to which, and why (the details of PIPELINE_TRANSITION_REFUSED). */
export type MoveRefusal = { id: string; from: Stage | null; to: Stage; why: RefusalReason };

/** A person's current place in the pipeline, as the move needs it. */
export type CurrentStage = { id: string; stage: Stage; stageChangedOn: string; erased: boolean };

/** Stages that need a reason even for one person. */
export const REASON_REQUIRED_STAGES: readonly Stage[] = ['dropped_out'];

/**
 * Checks a stage move of `ids` to `to` against the pipeline's rules, for everyone at once: every
 * transition must be allowed, the change cannot take effect before the current stage began, and a
 * reason is required for dropped_out and for moving more than one person. Returns every refusal;
 * an empty list means the whole move may go ahead.
 */
export function checkMove(input: {
  ids: readonly string[];
  current: ReadonlyMap<string, CurrentStage>;
  to: Stage;
  reason: string | null;
  effectiveOn: string;
}): MoveRefusal[] {
  const { ids, current, to, reason, effectiveOn } = input;
  const reasonMissing = !reason && (ids.length > 1 || REASON_REQUIRED_STAGES.includes(to));
  const refusals: MoveRefusal[] = [];
  for (const id of ids) {
    const person = current.get(id);
    if (!person) {
      refusals.push({ id, from: null, to, why: 'not_found' });
    } else if (person.erased) {
      refusals.push({ id, from: person.stage, to, why: 'erased' });
    } else if (!isAllowedTransition(person.stage, to)) {
      refusals.push({ id, from: person.stage, to, why: 'transition_not_allowed' });
    } else if (effectiveOn < person.stageChangedOn) {
      refusals.push({ id, from: person.stage, to, why: 'before_current_stage' });
    } else if (reasonMissing) {
      refusals.push({ id, from: person.stage, to, why: 'reason_required' });
    }
  }
  return refusals;
}

/** The stage moves one person may make from `stage`, as the person panel offers them. */
export type StageChoices = { next: Stage | null; allowed: Stage[]; reasonRequired: Stage[] };

/**
 * From a stage: the next stage on the main line when that move is allowed ("Flytt til neste
 * stadium"), every allowed stage, and those of them that need a reason for one person.
 */
export function stageChoices(stage: Stage): StageChoices {
  const allowed = [...STAGE_TRANSITIONS[stage]];
  const index = (MAIN_STAGES as readonly Stage[]).indexOf(stage);
  const following = index >= 0 ? MAIN_STAGES[index + 1] : undefined;
  return {
    next: following && allowed.includes(following) ? following : null,
    allowed,
    reasonRequired: allowed.filter((to) => REASON_REQUIRED_STAGES.includes(to)),
  };
}
