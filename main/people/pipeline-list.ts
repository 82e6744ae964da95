import type { KobleDb } from '../../db/vault/vault.ts';
import { prepared } from '../../db/sqlite-client.ts';
import { daysBetween } from '../../shared/calendar-date.ts';
import { replayStages, type StageEvent } from '../pipeline/replay.ts';
import type { PipelineRow } from './pipeline-row.ts';

/**
 * The pipeline grid's rows in one query: participants with cohort, coordinator and the mentor of
 * the open match (the most advanced, then the newest). No query per person.
 */
const ROWS_SQL = `
with open_match as (
  select participant_id, mentor_id,
         row_number() over (
           partition by participant_id
           order by case status when 'active' then 0 when 'intro_meeting' then 1 else 2 end, created_at desc
         ) as rn
  from matches
  where status in ('proposed', 'intro_meeting', 'active')
)
select p.id, p.first_name as firstName, p.last_name as lastName, p.stage, p.stage_changed_on as stageChangedOn,
       p.coordinator_id as coordinatorId, s.name as coordinatorName,
       p.cohort_id as cohortId, c.name as cohortName,
       p.field, p.desired_occupation as desiredOccupation,
       om.mentor_id as mentorId,
       case when me.id is null then null else trim(me.first_name || ' ' || me.last_name) end as mentorName,
       p.next_action as nextAction, p.next_action_on as nextActionOn,
       p.email, p.phone, p.municipality_number as municipalityNumber, p.country_of_background as countryOfBackground,
       p.norwegian_level as norwegianLevel, p.track, p.registered_on as registeredOn, p.erased_at as erasedAt
from participants p
left join cohorts c on c.id = p.cohort_id
left join staff s on s.id = p.coordinator_id
left join open_match om on om.participant_id = p.id and om.rn = 1
left join mentors me on me.id = om.mentor_id
where (@cohortId is null or p.cohort_id = @cohortId)
  and (@includeErased = 1 or p.erased_at is null)
  and (@asOf is null or p.registered_on <= @asOf)
  and (@id is null or p.id = @id)
order by p.last_name collate nocase, p.first_name collate nocase, p.id`;

type StoredRow = Omit<PipelineRow, 'daysInStage'>;

export type ListOptions = { asOf?: string; cohortId?: string; includeErased?: boolean; id?: string };

/**
 * The pipeline grid: every participant (or one cohort), today or as of a past date. With `asOf`,
 * stage and stage date come from replaying stage_changes up to that day and people registered
 * after it are left out; days in stage count to that day.
 */
export function listPipeline(db: KobleDb, options: ListOptions, today: string): PipelineRow[] {
  const rows = prepared(db, ROWS_SQL).all({
    cohortId: options.cohortId ?? null,
    includeErased: options.includeErased ? 1 : 0,
    asOf: options.asOf ?? null,
    id: options.id ?? null,
  }) as StoredRow[];
  const until = options.asOf ?? today;
  if (!options.asOf) {
    // In place: 20,000 rows, no second object each.
    for (const row of rows as PipelineRow[]) row.daysInStage = Math.max(0, daysBetween(row.stageChangedOn, until));
    return rows as PipelineRow[];
  }

  const eventsSql = `select participant_id as participantId, stage, effective_on as effectiveOn, recorded_at as recordedAt
                     from stage_changes where effective_on <= ? ${options.id ? 'and participant_id = ?' : ''}`;
  const events = prepared(db, eventsSql).all(...(options.id ? [options.asOf, options.id] : [options.asOf])) as StageEvent[];
  const stages = replayStages(events, options.asOf);
  const result: PipelineRow[] = [];
  for (const row of rows) {
    const then = stages.get(row.id);
    if (!then) continue;
    result.push({ ...row, stage: then.stage, stageChangedOn: then.since, daysInStage: Math.max(0, daysBetween(then.since, until)) });
  }
  return result;
}

/** One participant's grid row (after an update), or undefined. */
export function pipelineRow(db: KobleDb, id: string, today: string): PipelineRow | undefined {
  return listPipeline(db, { id, includeErased: true }, today)[0];
}
