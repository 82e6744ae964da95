import { type Stage } from '../../shared/stages.ts';
export { STAGES, type Stage, MAIN_STAGES, SIDE_EXIT_STAGES } from '../../shared/stages.ts';

/**
 * Allowed moves from each stage. A placement-only participant goes ready → active without an
 * intro meeting; an intro meeting that was not a fit goes back to ready; someone on the waiting
 * list comes back where they can start again; a dropped-out person can be registered again.
 */
export const STAGE_TRANSITIONS: Readonly<Record<Stage, readonly Stage[]>> = {
  registered: ['assessed', 'waiting_list', 'dropped_out'],
  assessed: ['ready', 'waiting_list', 'dropped_out'],
  ready: ['intro_meeting', 'active', 'waiting_list', 'dropped_out'],
  intro_meeting: ['active', 'ready', 'waiting_list', 'dropped_out'],
  active: ['completed', 'dropped_out'],
  completed: ['followed_up'],
  followed_up: [],
  dropped_out: ['registered'],
  waiting_list: ['registered', 'assessed', 'ready', 'dropped_out'],
};

export function isAllowedTransition(from: Stage | null, to: Stage): boolean {
  if (from === null) return to === 'registered';
  return STAGE_TRANSITIONS[from].includes(to);
}
