import type { NorwegianLevel, Track } from '../../db/schema/person-values.ts';
import type { Stage } from '../../db/schema/stages.ts';

/** One row of the pipeline grid (people.list, people.update). */
export type PipelineRow = {
  id: string;
  firstName: string;
  lastName: string;
  stage: Stage;
  /** Effective date (YYYY-MM-DD) of the stage. */
  stageChangedOn: string;
  daysInStage: number;
  coordinatorId: string | null;
  coordinatorName: string | null;
  cohortId: string | null;
  cohortName: string | null;
  field: string | null;
  desiredOccupation: string | null;
  /** The mentor of the open match (proposed, intro meeting or active), the most advanced one if several. */
  mentorId: string | null;
  mentorName: string | null;
  nextAction: string | null;
  nextActionOn: string | null;
  email: string | null;
  phone: string | null;
  municipalityNumber: string | null;
  countryOfBackground: string | null;
  norwegianLevel: NorwegianLevel | null;
  track: Track;
  registeredOn: string;
  /** Set when the person was erased (anonymous stub); only listed with includeErased. */
  erasedAt: string | null;
};
