/**
 * What erasure (sletting, GDPR art. 17) keeps of a person: a decision for every column, so an
 * anonymous stub remains and earlier reports still add up, but nothing identifies the person.
 *
 * Pure data and functions. erasure-rules.test.ts fails when a column is added to participants or
 * mentors without a decision here.
 *
 * The test for "keep": needed for counts that funder reports already delivered (how many, by
 * gender, age band, cohort, field, stage over time, outcome), and not, even together with the
 * other kept columns, enough to pick the person out. Anything free text is removed: notes and
 * reasons hold names, health ("Sykdom") and family matters.
 */
import type { Mentor, Participant, ScoreBreakdownItem } from '../../db/schema/index.ts';

export type ColumnDecision = { keep: true; why: string } | { keep: false; why: string; blank: unknown };

const keep = (why: string): ColumnDecision => ({ keep: true, why });
const remove = (blank: unknown, why: string): ColumnDecision => ({ keep: false, why, blank });

/** Set by the erasure itself (not a kept or removed value). */
const SET_BY_ERASURE = 'set by the erasure';

export const PARTICIPANT_COLUMNS: Record<keyof Participant, ColumnDecision> = {
  id: keep('the stub keeps its id so stage history, matches, outcomes and attendance still point at one person'),
  firstName: remove('', 'name'),
  lastName: remove('', 'name'),
  searchText: remove('', 'folded name and e-mail'),
  email: remove(null, 'contact'),
  phone: remove(null, 'contact'),
  birthYear: keep('age bands in funder reports; a year, not a date'),
  gender: keep('counts by gender in funder reports'),
  countryOfBackground: remove(null, 'can reveal ethnicity (art. 9) and, with gender, birth year and cohort, picks a person out of a small cohort'),
  municipalityNumber: remove(null, 'where the person lives: a quasi-identifier in small municipalities'),
  immigrationReason: remove(null, 'refugee or family status: sensitive and a quasi-identifier'),
  arrivalYear: remove(null, 'quasi-identifier (with country and birth year)'),
  educationLevel: remove(null, 'not part of the stub; a quasi-identifier with field and cohort'),
  educationCountry: remove(null, 'reveals the country of background'),
  degreeRecognition: remove(null, 'not part of the stub'),
  field: keep('fagfelt: reports count participants by field; a broad category'),
  desiredOccupation: remove(null, 'free text, specific enough to identify'),
  norwegianLevel: remove(null, 'not part of the stub'),
  languages: remove([], 'mother tongue reveals ethnicity'),
  interests: remove([], 'free words and companies'),
  navOfficeId: remove(null, 'the NAV relationship is personal; a quasi-identifier'),
  navAdvisor: remove(null, 'a name (the NAV advisor\'s) and the NAV relationship'),
  track: keep('mentor / placement / both: reports count by track'),
  cohortId: keep('kull: reports count by cohort'),
  coordinatorId: remove(null, 'no report needs it; data minimisation'),
  stage: keep('the current stage, for counts by stage'),
  stageChangedOn: keep('date of the current stage, for counts over time'),
  mentorGenderPreference: remove(null, 'a personal wish, not needed for reports'),
  nextAction: remove(null, 'free text'),
  nextActionOn: remove(null, 'belongs to the removed next action'),
  notes: remove(null, 'free text'),
  registeredOn: keep('registration date: "registered in the period" counts'),
  erasedAt: keep(SET_BY_ERASURE),
  createdAt: keep('technical instant of the row'),
  updatedAt: keep(SET_BY_ERASURE),
};

export const MENTOR_COLUMNS: Record<keyof Mentor, ColumnDecision> = {
  id: keep('the stub keeps its id so matches, hours and attendance still count'),
  firstName: remove('', 'name'),
  lastName: remove('', 'name'),
  searchText: remove('', 'folded name and e-mail'),
  email: remove(null, 'contact'),
  phone: remove(null, 'contact'),
  birthYear: keep('age bands in reports; a year, not a date'),
  gender: keep('counts by gender'),
  organisationId: remove(null, 'the employer, with field and gender, identifies a mentor at a small company'),
  jobTitle: remove(null, 'free text, identifying with the employer'),
  field: keep('fagfelt: counts by field'),
  educationLevel: remove(null, 'not part of the stub'),
  yearsOfExperience: remove(null, 'not part of the stub'),
  languages: remove([], 'languages reveal ethnicity'),
  municipalityNumber: remove(null, 'where the person lives'),
  capacity: keep('capacity in earlier periods; not personal'),
  availability: remove(null, 'free text'),
  active: remove(false, 'an erased mentor is never offered for new matches'),
  preferences: remove(null, 'free text'),
  notes: remove(null, 'free text'),
  registeredOn: keep('registration date: "mentors recruited in the period" counts'),
  erasedAt: keep(SET_BY_ERASURE),
  createdAt: keep('technical instant of the row'),
  updatedAt: keep(SET_BY_ERASURE),
};

export type ColumnTable = Record<string, ColumnDecision>;

export function keptColumns(table: ColumnTable): string[] {
  return Object.entries(table).filter(([, d]) => d.keep).map(([name]) => name);
}

export function removedColumns(table: ColumnTable): string[] {
  return Object.entries(table).filter(([, d]) => !d.keep).map(([name]) => name);
}

/** The update that turns a row into its anonymous stub. */
export function stubPatch(table: ColumnTable, erasedAt: string): Record<string, unknown> {
  const patch: Record<string, unknown> = {};
  for (const [name, decision] of Object.entries(table)) if (!decision.keep) patch[name] = decision.blank;
  patch.erasedAt = erasedAt;
  patch.updatedAt = erasedAt;
  return patch;
}

/**
 * The person's rows in other tables. "blank" columns become null; "delete" removes the rows;
 * rows kept keep their dates, statuses, counts and category codes.
 */
export type RelatedRule = { table: string; action: 'blank' | 'delete'; columns: readonly string[]; why: string };

export const RELATED_RULES = {
  stageChanges: { table: 'stage_changes', action: 'blank', columns: ['reason'], why: 'dates and stages replay the pipeline for reports; reasons are free text (health, family)' },
  followUps: { table: 'follow_ups', action: 'blank', columns: ['note'], why: 'date, kind and minutes count as follow-up activity; the note is the personal content' },
  matches: { table: 'matches', action: 'blank', columns: ['introMeetingPlace', 'endReason', 'goals'], why: 'status, dates and score count matches; free text may name either person (blanked on both sides)' },
  matchMeetings: { table: 'match_meetings', action: 'blank', columns: ['topics', 'note'], why: 'dates and minutes count mentoring time' },
  matchExclusions: { table: 'match_exclusions', action: 'blank', columns: ['reason'], why: 'free text' },
  placements: {
    table: 'placements',
    action: 'blank',
    columns: ['supervisorName', 'supervisorEmail', 'supervisorPhone', 'jobTitle', 'navOfficeId', 'navAdvisor', 'livelihood', 'endReason', 'notes'],
    why: 'company, dates, status and NAV agreement count placements; benefits and free text are personal',
  },
  outcomes: { table: 'outcomes', action: 'blank', columns: ['employer', 'note'], why: 'category, timepoint and date are the report figures; the employer as typed and the note are free text' },
  progressionForms: { table: 'progression_forms', action: 'blank', columns: ['comment'], why: 'the 1–5 scores feed progression figures; the comment is free text' },
  hours: { table: 'hours', action: 'blank', columns: ['note'], why: 'volunteer hours count as egenandel' },
  mailOutbox: { table: 'mail_outbox', action: 'blank', columns: ['toAddress', 'toName', 'subject', 'body', 'calendar', 'error'], why: 'the template, status and dates say a message was sent; address and contents are personal (a queued one is never sent)' },
  consents: { table: 'consents', action: 'delete', columns: [], why: 'a consent of an anonymous stub proves nothing and names a purpose of a person who is gone' },
  attendance: { table: 'attendance', action: 'blank', columns: [], why: 'kept whole: attendance counts per event (no free text in the row)' },
  auditLog: { table: 'audit_log', action: 'blank', columns: [], why: 'kept whole: it holds who did what and field names, never values' },
} as const satisfies Record<string, RelatedRule>;

/**
 * A match score breakdown without the explanations' parameters, which can quote the person
 * (languages, place, wishes); the explanation key (e.g. "field.same") and the points are kept.
 */
export function anonymousBreakdown(items: readonly ScoreBreakdownItem[] | null): ScoreBreakdownItem[] | null {
  if (!items) return null;
  return items.map((item) => ({ ...item, explanation: { key: typeof item.explanation === 'object' && item.explanation ? item.explanation.key : '', params: {} } }));
}

/** Case, spacing and Unicode form do not matter when the user types the name to confirm. */
export function nameMatches(typed: string, fullName: string): boolean {
  const norm = (s: string) => s.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('nb');
  return norm(fullName).length > 0 && norm(typed) === norm(fullName);
}
