import { z } from 'zod';
import { KobleError } from '../../../db/errors.ts';
import { planCohort } from '../../matching/plan.ts';
import { approvePlan } from '../../matching/plan-job/approve.ts';
import { planResult, startPlanJob } from '../../matching/plan-job/run.ts';
import { OBJECTIVES, solveAssignment, SolverInputError } from '../../matching/solver/index.ts';
import { suggestMentors } from '../../matching/suggest.ts';
import { applyWeightsChange, matchingWeightsChangeSchema } from '../../matching/weights.ts';
import { entityId, isoDate, optionalText, pastOrToday } from '../../people/value-schemas.ts';
import { osloToday } from '../../../shared/oslo-day.ts';
import { MATCH_MEETING_KINDS, MATCH_STATUSES } from '../../../db/schema/index.ts';
import { acceptMatch, addMeeting, confirmMatch, declinePair, END_EARLY_STAGES, endMatch, listMatches, markNotAFit } from '../../matching/lifecycle/match-lifecycle.ts';
import { bookIntroMeeting, listMeetings, updateActiveMatch } from '../../matching/lifecycle/match-edits.ts';
import { bookIntroMeetingSchema, introMeetingTime, matchMeetingsSchema, updateActiveMatchSchema } from '../../matching/lifecycle/schemas.ts';
import { readProgrammeSettings, writeProgrammeSettings } from '../../settings/programme-settings.ts';
import { method } from '../method.ts';

/**
 * The solver's matrix, participants × mentors, null = not allowed. Zod parses only the outer list:
 * the cells (millions for a national programme) are checked in one plain pass, the first bad one
 * reported as zod would (API_INVALID_INPUT at scores.i.j); a row of the wrong length is the
 * solver's to refuse (MATCHING_BAD_SOLVER_INPUT).
 */
const scoreMatrix = z
  .array(z.unknown())
  .max(20_000)
  .superRefine((rows, ctx) => {
    for (let i = 0; i < rows.length; i++) {
      const row = rows[i];
      if (!Array.isArray(row)) return ctx.addIssue({ code: 'invalid_type', expected: 'array', input: row, path: [i], message: 'Expected a list of scores, one per mentor' });
      if (row.length > 20_000) return ctx.addIssue({ code: 'too_big', origin: 'array', maximum: 20_000, input: row, path: [i], message: 'At most 20000 mentors' });
      for (let j = 0; j < row.length; j++) {
        const s: unknown = row[j];
        if (s !== null && (typeof s !== 'number' || !Number.isFinite(s))) return ctx.addIssue({ code: 'invalid_type', expected: 'number', input: s, path: [i, j], message: 'Expected a finite number or null' });
      }
    }
  })
  .transform((rows) => rows as (number | null)[][]);

/** The solver alone: a score matrix and one capacity per mentor. */
const solveSchema = z.object({
  scores: scoreMatrix,
  capacity: z.array(z.number().int().min(0)).max(20_000),
  objective: z.enum(OBJECTIVES).default('score'),
});

const reason = z.string().trim().min(1, 'A reason is required').max(500);

const planPair = z.object({ participantId: entityId, mentorId: entityId });
const planStartSchema = z.object({
  cohortId: entityId,
  objective: z.enum(OBJECTIVES).default('score'),
  fixed: z.array(planPair).max(5_000).default([]),
  forbidden: z.array(planPair).max(50_000).default([]),
  language: z.enum(['nb', 'en']).default('nb'),
});

export const matchingHandlers = {
  /** The criteria's weights (0–10) and must-have switches, from the programme settings. */
  'matching.getWeights': method(z.object({}), (_input, { session }) => readProgrammeSettings(session.requireVault().db).matchingWeights),

  /** Changes some criteria; returns all of them. */
  'matching.setWeights': method(matchingWeightsChangeSchema, (change, { session }) => {
    const { db } = session.requireVault();
    const next = applyWeightsChange(readProgrammeSettings(db).matchingWeights, change);
    return writeProgrammeSettings(db, { matchingWeights: next }).matchingWeights;
  }),

  /** Ranked mentors for one participant, each with the per-criterion breakdown; excluded pairs never appear. */
  'matching.suggest': method(
    z.object({ participantId: entityId, top: z.number().int().min(1).max(50).default(10), language: z.enum(['nb', 'en']).default('nb') }),
    ({ participantId, top, language }, { session }) => suggestMentors(session.requireVault().db, participantId, top, language),
  ),

  /** The optimum draft for a cohort's ready participants; nothing is written. */
  'matching.plan': method(z.object({ cohortId: entityId, objective: z.enum(OBJECTIVES).default('score') }), ({ cohortId, objective }, { session }) =>
    planCohort(session.requireVault().db, cohortId, objective),
  ),

  /**
   * The whole-cohort plan as a job (off the main thread, see main/matching/plan-job/run.ts):
   * `{ jobId }`; jobs.status shows loading → scoring → solving → done; the draft from planResult.
   * `fixed` pins pairs (the rest is planned around them); `forbidden` leaves pairs out of this draft only.
   */
  'matching.startPlan': method(planStartSchema, (input, { session }) => startPlanJob(session, input)),

  /** The finished draft of a plan job: pairs with names, score and breakdown, totals, who is unmatched and why. */
  'matching.planResult': method(z.object({ jobId: z.string().uuid() }), ({ jobId }, { session }) => planResult(session, jobId), { passive: true }),

  /** Approves pairs of a draft: all or none (MATCHING_PLAN_REFUSED with a reason per pair); each as matching.accept. */
  'matching.approvePlan': method(
    z.object({ pairs: z.array(planPair).min(1).max(5_000), language: z.enum(['nb', 'en']).default('nb') }),
    ({ pairs, language }, { session }) => approvePlan(session.requireVault().db, pairs, session.staffId, osloToday(), language),
  ),

  /** The solver on a score matrix (CLI `koble match solve`, support, benchmarks); needs no programme. */
  'matching.solve': method(solveSchema, ({ scores, capacity, objective }) => {
    try {
      return solveAssignment(scores, capacity, objective);
    } catch (error) {
      if (error instanceof SolverInputError) throw new KobleError('MATCHING_BAD_SOLVER_INPUT', error.message);
      throw error;
    }
  }),

  /** Accepts a suggested pair: the match starts as a booked koblingsmøte, its score stored; the participant → intro_meeting. */
  'matching.accept': method(
    z.object({
      participantId: entityId,
      mentorId: entityId,
      introMeetingOn: introMeetingTime.optional(),
      introMeetingPlace: optionalText(200).optional(),
      language: z.enum(['nb', 'en']).default('nb'),
    }),
    (input, { session }) => acceptMatch(session.requireVault().db, input, session.staffId, osloToday()),
  ),

  /** Declines a suggested pair with a reason: never suggested again (match_exclusions, kind declined). */
  'matching.decline': method(z.object({ participantId: entityId, mentorId: entityId, reason }), (input, { session }) =>
    declinePair(session.requireVault().db, input, session.staffId),
  ),

  /** The koblingsmøte went well: the mentoring period starts (planned end defaults to start + 6 months); the participant → active. */
  'matching.confirm': method(
    z.object({ matchId: entityId, startOn: isoDate, plannedEndOn: isoDate.optional(), goals: optionalText(2000).optional() }),
    (input, { session }) => confirmMatch(session.requireVault().db, input, session.staffId, osloToday()),
  ),

  /** The koblingsmøte showed the pair does not fit: the pair is excluded, the participant back to ready. */
  'matching.notAFit': method(z.object({ matchId: entityId, reason }), (input, { session }) =>
    markNotAFit(session.requireVault().db, input, session.staffId, osloToday()),
  ),

  /** Ends an active match: completed (participant → completed) or ended_early (reason; the stage stays unless participantStage). */
  'matching.end': method(
    z
      .object({
        matchId: entityId,
        endedOn: pastOrToday,
        outcome: z.enum(['completed', 'ended_early']),
        reason: optionalText(500).optional(),
        participantStage: z.enum(END_EARLY_STAGES).optional(),
      })
      .refine((v) => v.outcome === 'ended_early' || v.participantStage === undefined, { message: 'participantStage is only for ended_early', path: ['participantStage'] }),
    (input, { session }) => endMatch(session.requireVault().db, input, session.staffId),
  ),

  /** Logs a meeting or a mid-point / end check-in of an active match. */
  'matching.addMeeting': method(
    z.object({
      matchId: entityId,
      date: pastOrToday,
      minutes: z.number().int().min(0).max(24 * 60).nullable().optional(),
      topics: optionalText(2000).optional(),
      kind: z.enum(MATCH_MEETING_KINDS).default('meeting'),
    }),
    (input, { session }) => addMeeting(session.requireVault().db, input, session.staffId),
  ),

  /** Books or moves the koblingsmøte (date, or date and time, and place) of a match waiting for it. */
  'matching.bookIntroMeeting': method(bookIntroMeetingSchema, (input, { session }) => bookIntroMeeting(session.requireVault().db, input, session.staffId)),

  /** Sets the goals and/or the planned end of a running mentoring period. */
  'matching.update': method(updateActiveMatchSchema, (input, { session }) => updateActiveMatch(session.requireVault().db, input, session.staffId)),

  /** A match's meeting log and check-ins, newest first. */
  'matching.meetings': method(matchMeetingsSchema, ({ matchId }, { session }) => listMeetings(session.requireVault().db, matchId)),

  /** Matches with both names, status, score and dates; newest first. */
  'matching.list': method(z.object({ participantId: entityId.optional(), status: z.enum(MATCH_STATUSES).optional() }), (input, { session }) =>
    listMatches(session.requireVault().db, input),
  ),
};
