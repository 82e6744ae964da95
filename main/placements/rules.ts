import type { PlacementStatus, Stage } from '../../db/schema/index.ts';
import { addMonths } from '../../shared/calendar-date.ts';

/**
 * Praksis / trainee placements, pure rules: no database, no clock.
 *
 *   planned ──start──▶ active ──end──▶ completed | ended_early
 *      └──cancel──▶ cancelled
 *
 * A placement normally runs 3–6 months: outside that is allowed but flagged (a warning, not a
 * refusal). NAV office and veileder belong to a NAV agreement. The participant's stage: a
 * placement starting moves klar for kobling / koblingsmøte → aktiv (there is no separate
 * praksis stage: aktiv means mentoring and/or placement running, DESIGN.md); a placement
 * completed with nothing else running moves aktiv → avsluttet.
 */

export const PLACEMENT_TRANSITIONS: Readonly<Record<PlacementStatus, readonly PlacementStatus[]>> = {
  planned: ['active', 'cancelled'],
  active: ['completed', 'ended_early'],
  completed: [],
  ended_early: [],
  cancelled: [],
};

/** Statuses a placement can be created in or moved to by an edit; completed and ended_early come from placements.end. */
export const EDITABLE_STATUSES = ['planned', 'active', 'cancelled'] as const satisfies readonly PlacementStatus[];

export const MIN_MONTHS = 3;
export const MAX_MONTHS = 6;

/** What the rules read of a placement (stored, or stored plus the edit). */
export type PlacementValues = {
  startsOn: string | null;
  endsOn: string | null;
  navAgreement: boolean;
  navOfficeId: string | null;
  navAdvisor: string | null;
};

/** A refused value: the field it is about and why (a key under placement.problems in the locales). */
export type PlacementProblem = { path: keyof PlacementValues | 'organisationId' | 'endedOn' | 'reason'; why: PlacementProblemWhy };
export type PlacementProblemWhy =
  | 'start_required'
  | 'end_required'
  | 'end_before_start'
  | 'nav_without_agreement'
  | 'reason_required'
  | 'unknown_organisation'
  | 'not_a_nav_office';

/** A reply-level note the coordinator should see, not a refusal. */
export type PlacementWarning = 'length_outside_3_6_months';

/** Everything wrong with a placement's values; an empty list means they may be stored. */
export function placementProblems(v: PlacementValues): PlacementProblem[] {
  const problems: PlacementProblem[] = [];
  if (!v.startsOn) problems.push({ path: 'startsOn', why: 'start_required' });
  if (!v.endsOn) problems.push({ path: 'endsOn', why: 'end_required' });
  if (v.startsOn && v.endsOn && v.endsOn <= v.startsOn) problems.push({ path: 'endsOn', why: 'end_before_start' });
  if (!v.navAgreement) {
    if (v.navOfficeId) problems.push({ path: 'navOfficeId', why: 'nav_without_agreement' });
    if (v.navAdvisor) problems.push({ path: 'navAdvisor', why: 'nav_without_agreement' });
  }
  return problems;
}

/** The planned length's warnings: shorter than 3 or longer than 6 months. */
export function placementWarnings(v: Pick<PlacementValues, 'startsOn' | 'endsOn'>): PlacementWarning[] {
  if (!v.startsOn || !v.endsOn || v.endsOn <= v.startsOn) return [];
  const tooShort = v.endsOn < addMonths(v.startsOn, MIN_MONTHS);
  const tooLong = v.endsOn > addMonths(v.startsOn, MAX_MONTHS);
  return tooShort || tooLong ? ['length_outside_3_6_months'] : [];
}

/** Whole and part months from start to end, one decimal (for the list and the warning's text). */
export function plannedMonths(startsOn: string | null, endsOn: string | null): number | null {
  if (!startsOn || !endsOn || endsOn <= startsOn) return null;
  let months = 0;
  while (addMonths(startsOn, months + 1) <= endsOn) months++;
  const from = addMonths(startsOn, months);
  const to = addMonths(startsOn, months + 1);
  const part = (Date.parse(endsOn) - Date.parse(from)) / (Date.parse(to) - Date.parse(from));
  return Math.round((months + part) * 10) / 10;
}

export function isAllowedPlacementTransition(from: PlacementStatus, to: PlacementStatus): boolean {
  return from === to || PLACEMENT_TRANSITIONS[from].includes(to);
}

/** The stage a placement's new status asks for (participant-stage.ts decides whether it is taken). */
export function placementStageAfter(status: PlacementStatus): Stage | null {
  switch (status) {
    case 'active':
      return 'active';
    case 'completed':
      return 'completed';
    default:
      return null;
  }
}

/** The status and end date an erasure writes on an open placement. */
export type PlacementClose = { status: 'cancelled'; endedOn: null } | { status: 'ended_early'; endedOn: string };

/**
 * What an erasure does to a placement still open: a planned one is cancelled, a running one ends
 * early on the erasure day (on its start day if that is still ahead). Null for one already over.
 */
export function placementCloseForErasure(placement: { status: PlacementStatus; startsOn: string | null }, on: string): PlacementClose | null {
  switch (placement.status) {
    case 'planned':
      return { status: 'cancelled', endedOn: null };
    case 'active':
      return { status: 'ended_early', endedOn: placement.startsOn && placement.startsOn > on ? placement.startsOn : on };
    default:
      return null;
  }
}
