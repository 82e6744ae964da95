import { sql } from 'drizzle-orm';
import { check, index, integer, real, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { createdAt, id, updatedAt } from './columns.ts';
import { mentors } from './mentors.ts';
import { participants } from './participants.ts';
import { staff } from './staff.ts';
import { MATCH_STATUSES, MATCH_MEETING_KINDS } from '../../shared/matching.ts';
export { MATCH_STATUSES, type MatchStatus, OPEN_MATCH_STATUSES, MATCH_MEETING_KINDS, type MatchMeetingKind } from '../../shared/matching.ts';

/**
 * One criterion's line of a match score, as `matching.suggest` returns it (main/matching/score.ts
 * BreakdownItem) and as it is stored with the match for innsyn. The explanation is a translation
 * key (resources/locales: matching.explain.*) with its parameters, so it can be shown in nb or en.
 * JSON text: rows written before this shape (free-text explanation, `value`) have no migration;
 * readers treat an explanation that is not an object as plain text.
 */
export type ScoreBreakdownItem = {
  criterion: string;
  /** The configured weight 0–10, times the criterion's factor for this pair. */
  weight: number;
  /** 0..1 before weighting. */
  points: number;
  met: boolean;
  mustHave: boolean;
  /** What this criterion adds to the 0–100 score. */
  share: number;
  explanation: { key: string; params: Record<string, string | number> };
};

export const matches = sqliteTable(
  'matches',
  {
    id: id(),
    participantId: text('participant_id')
      .notNull()
      .references(() => participants.id, { onDelete: 'cascade' }),
    mentorId: text('mentor_id')
      .notNull()
      .references(() => mentors.id, { onDelete: 'cascade' }),
    status: text('status', { enum: MATCH_STATUSES }).notNull().default('proposed'),
    /** Score at the time of the match, kept for innsyn. */
    score: real('score'),
    scoreBreakdown: text('score_breakdown', { mode: 'json' }).$type<ScoreBreakdownItem[]>(),
    proposedOn: text('proposed_on'),
    /** Koblingsmøte time (instant) and place. */
    introMeetingAt: text('intro_meeting_at'),
    introMeetingPlace: text('intro_meeting_place'),
    confirmedOn: text('confirmed_on'),
    startedOn: text('started_on'),
    /** Normally six months after the start. */
    plannedEndOn: text('planned_end_on'),
    endedOn: text('ended_on'),
    /** Reason for ended_early or not_a_fit. */
    endReason: text('end_reason'),
    goals: text('goals'),
    staffId: text('staff_id').references(() => staff.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('matches_participant_idx').on(t.participantId, t.status),
    index('matches_mentor_status_idx').on(t.mentorId, t.status),
    index('matches_status_idx').on(t.status),
  ],
);

/** declined: turned down at review or after an intro meeting; never: a manual hard exclusion. */
export const MATCH_EXCLUSION_KINDS = ['declined', 'never'] as const;
export type MatchExclusionKind = (typeof MATCH_EXCLUSION_KINDS)[number];

export const matchExclusions = sqliteTable(
  'match_exclusions',
  {
    id: id(),
    participantId: text('participant_id')
      .notNull()
      .references(() => participants.id, { onDelete: 'cascade' }),
    mentorId: text('mentor_id')
      .notNull()
      .references(() => mentors.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: MATCH_EXCLUSION_KINDS }).notNull(),
    reason: text('reason'),
    staffId: text('staff_id').references(() => staff.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('match_exclusions_pair_uq').on(t.participantId, t.mentorId),
    index('match_exclusions_mentor_idx').on(t.mentorId),
  ],
);

export const matchMeetings = sqliteTable(
  'match_meetings',
  {
    id: id(),
    matchId: text('match_id')
      .notNull()
      .references(() => matches.id, { onDelete: 'cascade' }),
    metOn: text('met_on').notNull(),
    minutes: integer('minutes'),
    topics: text('topics'),
    kind: text('kind', { enum: MATCH_MEETING_KINDS }).notNull().default('meeting'),
    note: text('note'),
    staffId: text('staff_id').references(() => staff.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
  },
  (t) => [
    index('match_meetings_match_idx').on(t.matchId, t.metOn),
    check('match_meetings_minutes_ck', sql`${t.minutes} is null or ${t.minutes} >= 0`),
  ],
);

export type Match = typeof matches.$inferSelect;
export type NewMatch = typeof matches.$inferInsert;
export type MatchExclusion = typeof matchExclusions.$inferSelect;
export type NewMatchExclusion = typeof matchExclusions.$inferInsert;
export type MatchMeeting = typeof matchMeetings.$inferSelect;
export type NewMatchMeeting = typeof matchMeetings.$inferInsert;
