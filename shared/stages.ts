/**
 * The participant pipeline (DESIGN.md), for both sides: db/schema/stages.ts (with the allowed moves)
 * and the renderer's stage names and filters. Norwegian UI names in comments:
 * registrert → kartlagt → klar for kobling → koblingsmøte → aktiv → avsluttet → fulgt opp,
 * side exits avbrutt and venteliste.
 */
export const STAGES = [
  'registered', // registrert
  'assessed', // kartlagt
  'ready', // klar for kobling
  'intro_meeting', // koblingsmøte
  'active', // aktiv
  'completed', // avsluttet
  'followed_up', // fulgt opp
  'dropped_out', // avbrutt
  'waiting_list', // venteliste
] as const;
export type Stage = (typeof STAGES)[number];

/** The main line, in order (without side exits). */
export const MAIN_STAGES = [
  'registered',
  'assessed',
  'ready',
  'intro_meeting',
  'active',
  'completed',
  'followed_up',
] as const satisfies readonly Stage[];

export const SIDE_EXIT_STAGES = ['dropped_out', 'waiting_list'] as const satisfies readonly Stage[];
