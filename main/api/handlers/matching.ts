import { z } from 'zod';
import { KobleError } from '../../../db/errors.ts';
import { planCohort } from '../../matching/plan.ts';
import { OBJECTIVES, solveAssignment, SolverInputError } from '../../matching/solver/index.ts';
import { suggestMentors } from '../../matching/suggest.ts';
import { applyWeightsChange, matchingWeightsChangeSchema } from '../../matching/weights.ts';
import { entityId } from '../../people/value-schemas.ts';
import { readProgrammeSettings, writeProgrammeSettings } from '../../settings/programme-settings.ts';
import { method } from '../method.ts';

/** The solver alone: participants × mentors, null = not allowed. Shapes are checked by the solver (fast for large inputs). */
const solveSchema = z.object({
  scores: z.array(z.array(z.number().finite().nullable())).max(20_000),
  capacity: z.array(z.number().int().min(0)).max(20_000),
  objective: z.enum(OBJECTIVES).default('score'),
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

  /** The solver on a score matrix (CLI `koble match solve`, support, benchmarks); needs no programme. */
  'matching.solve': method(solveSchema, ({ scores, capacity, objective }) => {
    try {
      return solveAssignment(scores, capacity, objective);
    } catch (error) {
      if (error instanceof SolverInputError) throw new KobleError('MATCHING_BAD_SOLVER_INPUT', error.message);
      throw error;
    }
  }),
};
