/** Grant and timesheet values, for both sides: db/schema (grants, hours) stores them, the renderer's report screens offer them. */

/** Tilskuddsgiver: IMDi, a county (fylkeskommune), a foundation (e.g. Kavlifondet), other. */
export const FUNDERS = ['imdi', 'county', 'foundation', 'other'] as const;
export type Funder = (typeof FUNDERS)[number];

/** report: rapport; interim: delrapport; application: søknad (renewal); other. */
export const GRANT_DEADLINE_KINDS = ['report', 'interim_report', 'application', 'other'] as const;
export type GrantDeadlineKind = (typeof GRANT_DEADLINE_KINDS)[number];

/** What the hours were spent on. */
export const HOUR_ACTIVITIES = [
  'coordination',
  'follow_up',
  'mentoring',
  'event',
  'course',
  'administration',
  'reporting',
  'other',
] as const;
export type HourActivity = (typeof HOUR_ACTIVITIES)[number];

/** Whose hours: staff, a mentor's volunteer hours, or a named volunteer. */
export const HOURS_PERSON_KINDS = ['staff', 'mentor', 'volunteer'] as const;
export type HoursPersonKind = (typeof HOURS_PERSON_KINDS)[number];
