/** Match values, for both sides: db/schema/matching.ts stores them, the renderer's match section shows them. */

/**
 * Match (kobling) lifecycle: proposed → intro_meeting (koblingsmøte booked) → active
 * (confirmed, mentoring period running) → completed | ended_early; or intro_meeting →
 * not_a_fit.
 */
export const MATCH_STATUSES = ['proposed', 'intro_meeting', 'active', 'completed', 'ended_early', 'not_a_fit'] as const;
export type MatchStatus = (typeof MATCH_STATUSES)[number];

/** Statuses that hold a place in the mentor's capacity. */
export const OPEN_MATCH_STATUSES = ['proposed', 'intro_meeting', 'active'] as const satisfies readonly MatchStatus[];

/** meeting: an ordinary mentoring meeting; midpoint / end: the check-ins. */
export const MATCH_MEETING_KINDS = ['meeting', 'midpoint', 'end'] as const;
export type MatchMeetingKind = (typeof MATCH_MEETING_KINDS)[number];
