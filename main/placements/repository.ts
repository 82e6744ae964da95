import { eq } from 'drizzle-orm';
import { KobleError } from '../../db/errors.ts';
import { placements, type Livelihood, type Placement, type PlacementStatus, type Stage } from '../../db/schema/index.ts';
import type { KobleDb } from '../../db/vault/vault.ts';
import { recordAudit } from '../audit/audit-log.ts';
import { refuseErased } from '../matching/lifecycle/erased.ts';
import { followParticipantStage, PLACEMENT_STAGE_REASON } from '../matching/lifecycle/participant-stage.ts';
import { prepared } from '../../db/sqlite-client.ts';
import { isAllowedPlacementTransition, placementProblems, placementStageAfter, placementWarnings, plannedMonths, type PlacementProblem, type PlacementWarning } from './rules.ts';
import type { PlacementChanges, PlacementCreateInput, PlacementEndInput, PlacementListInput } from './schemas.ts';

/** Refused values, in the same shape as a zod refusal (API_INVALID_INPUT, details: [{ path, code, message }]). */
function invalid(problems: readonly PlacementProblem[], prefix = ''): KobleError {
  return new KobleError(
    'API_INVALID_INPUT',
    'The input is not valid',
    problems.map((p) => ({ path: `${prefix}${p.path}`, code: 'custom', message: p.why })),
  );
}

/** A placement to write to: refused (PRIVACY_ALREADY_ERASED) when its participant has been erased. */
function loadPlacement(db: KobleDb, placementId: string): Placement {
  const row = db.select().from(placements).where(eq(placements.id, placementId)).get();
  if (!row) throw new KobleError('API_NOT_FOUND', 'No such placement', { id: placementId });
  refuseErased(db, { participantId: row.participantId });
  return row;
}

function requireParticipant(db: KobleDb, participantId: string): void {
  const row = prepared(db, 'select erased_at as erasedAt from participants where id = ?').get(participantId) as { erasedAt: string | null } | undefined;
  if (!row) throw new KobleError('API_NOT_FOUND', 'No such participant', { id: participantId });
  refuseErased(db, { participantId });
}

/** The company must exist; the NAV office must be an organisation of kind nav_office. */
function organisationProblems(db: KobleDb, v: { organisationId?: string | null | undefined; navOfficeId?: string | null | undefined }): PlacementProblem[] {
  const kindOf = (id: string) => (prepared(db, 'select kind from organisations where id = ?').get(id) as { kind: string } | undefined)?.kind;
  const problems: PlacementProblem[] = [];
  if (v.organisationId && !kindOf(v.organisationId)) problems.push({ path: 'organisationId', why: 'unknown_organisation' });
  if (v.navOfficeId) {
    const kind = kindOf(v.navOfficeId);
    if (!kind) problems.push({ path: 'navOfficeId', why: 'unknown_organisation' });
    else if (kind !== 'nav_office') problems.push({ path: 'navOfficeId', why: 'not_a_nav_office' });
  }
  return problems;
}

function refuseStatus(placement: Placement, to: PlacementStatus, event: string): KobleError {
  return new KobleError('PLACEMENT_TRANSITION_REFUSED', `A ${placement.status} placement cannot become ${to}`, { placementId: placement.id, from: placement.status, to, event });
}

const minDate = (a: string, b: string) => (a < b ? a : b);

/** The participant follows a placement that starts or is completed (rules.ts, participant-stage.ts). */
function followStage(db: KobleDb, placement: Pick<Placement, 'id' | 'participantId'>, stage: Stage | null, effectiveOn: string, staffId: string | null): Stage | null {
  return followParticipantStage(db, { participantId: placement.participantId, wanted: stage, effectiveOn, reason: PLACEMENT_STAGE_REASON, changed: { placementId: placement.id } }, staffId);
}

export type PlacementReply = { placementId: string; warnings: PlacementWarning[]; participantStage: Stage | null };

/** `placements.create`: a planned or running placement; a running one moves the participant to aktiv (from klar or koblingsmøte). */
export function createPlacement(db: KobleDb, input: PlacementCreateInput, staffId: string | null, today: string): PlacementReply {
  return db.transaction(() => {
    requireParticipant(db, input.participantId);
    const problems = organisationProblems(db, input);
    if (problems.length > 0) throw invalid(problems);
    const [row] = db
      .insert(placements)
      .values({
        participantId: input.participantId,
        organisationId: input.organisationId ?? null,
        supervisorName: input.supervisorName ?? null,
        supervisorEmail: input.supervisorEmail ?? null,
        supervisorPhone: input.supervisorPhone ?? null,
        jobTitle: input.jobTitle ?? null,
        startsOn: input.startsOn,
        endsOn: input.endsOn,
        navAgreement: input.navAgreement,
        navOfficeId: input.navOfficeId ?? null,
        navAdvisor: input.navAdvisor ?? null,
        livelihood: input.livelihood ?? null,
        status: input.status,
        notes: input.notes ?? null,
        staffId,
      })
      .returning()
      .all();
    recordAudit(db, { staffId, action: 'create', entity: 'placements', entityId: row!.id, details: { personId: input.participantId, status: input.status, navAgreement: input.navAgreement } });
    const participantStage = followStage(db, row!, placementStageAfter(input.status), minDate(input.startsOn, today), staffId);
    return { placementId: row!.id, warnings: placementWarnings(row!), participantStage };
  });
}

/**
 * `placements.update`: changes some fields. The stored values and the changes together must still
 * pass the rules (end after start, NAV office and veileder only with a NAV agreement); the status
 * may go planned → active (the participant follows) or planned → cancelled; ending is placements.end.
 */
export function updatePlacement(db: KobleDb, input: { placementId: string; changes: PlacementChanges }, staffId: string | null, today: string): PlacementReply {
  return db.transaction(() => {
    const placement = loadPlacement(db, input.placementId);
    const changes = Object.fromEntries(Object.entries(input.changes).filter(([, v]) => v !== undefined)) as PlacementChanges;
    const next = { ...placement, ...changes };
    const problems = [...placementProblems(next), ...organisationProblems(db, changes)];
    if (problems.length > 0) throw invalid(problems, 'changes.');
    if (changes.status !== undefined && !isAllowedPlacementTransition(placement.status, changes.status)) throw refuseStatus(placement, changes.status, 'update');
    const fields = Object.keys(changes);
    if (fields.length > 0) {
      db.update(placements)
        .set({ ...changes, updatedAt: new Date().toISOString() })
        .where(eq(placements.id, placement.id))
        .run();
      recordAudit(db, { staffId, action: 'update', entity: 'placements', entityId: placement.id, details: { personId: placement.participantId, fields } });
    }
    const started = placement.status !== 'active' && next.status === 'active';
    const participantStage = started ? followStage(db, placement, 'active', minDate(next.startsOn ?? today, today), staffId) : null;
    return { placementId: placement.id, warnings: placementWarnings(next), participantStage };
  });
}

/** `placements.end`: a running placement ends, as planned (completed) or early (ended_early, with a reason). */
export function endPlacement(db: KobleDb, input: PlacementEndInput, staffId: string | null): { placementId: string; participantStage: Stage | null } {
  return db.transaction(() => {
    const placement = loadPlacement(db, input.placementId);
    if (placement.status !== 'active') throw refuseStatus(placement, input.outcome, 'end');
    if (placement.startsOn && input.endedOn < placement.startsOn) throw invalid([{ path: 'endedOn', why: 'end_before_start' }]);
    db.update(placements)
      .set({ status: input.outcome, endedOn: input.endedOn, endReason: input.reason ?? null, updatedAt: new Date().toISOString() })
      .where(eq(placements.id, placement.id))
      .run();
    recordAudit(db, { staffId, action: 'update', entity: 'placements', entityId: placement.id, details: { personId: placement.participantId, from: 'active', to: input.outcome, fields: ['status', 'endedOn', 'endReason'] } });
    const wanted = input.outcome === 'completed' ? placementStageAfter('completed') : (input.participantStage ?? null);
    return { placementId: placement.id, participantStage: followStage(db, placement, wanted, input.endedOn, staffId) };
  });
}

export type PlacementListRow = {
  id: string;
  participantId: string;
  participantName: string;
  organisationId: string | null;
  organisationName: string | null;
  supervisorName: string | null;
  supervisorEmail: string | null;
  supervisorPhone: string | null;
  jobTitle: string | null;
  startsOn: string | null;
  endsOn: string | null;
  endedOn: string | null;
  navAgreement: boolean;
  navOfficeId: string | null;
  navOfficeName: string | null;
  navAdvisor: string | null;
  livelihood: Livelihood | null;
  status: PlacementStatus;
  endReason: string | null;
  notes: string | null;
  plannedMonths: number | null;
  warnings: PlacementWarning[];
};

/** `placements.list`: placements with the company's and NAV office's names, newest start first. */
export function listPlacements(db: KobleDb, filter: PlacementListInput): PlacementListRow[] {
  const rows = prepared(
    db,
    `select pl.id, pl.participant_id as participantId, trim(p.first_name || ' ' || p.last_name) as participantName,
            pl.organisation_id as organisationId, o.name as organisationName, pl.supervisor_name as supervisorName,
            pl.supervisor_email as supervisorEmail, pl.supervisor_phone as supervisorPhone, pl.job_title as jobTitle,
            pl.starts_on as startsOn, pl.ends_on as endsOn, pl.ended_on as endedOn, pl.nav_agreement as navAgreement,
            pl.nav_office_id as navOfficeId, n.name as navOfficeName, pl.nav_advisor as navAdvisor, pl.livelihood,
            pl.status, pl.end_reason as endReason, pl.notes
     from placements pl
     join participants p on p.id = pl.participant_id
     left join organisations o on o.id = pl.organisation_id
     left join organisations n on n.id = pl.nav_office_id
     where (@participantId is null or pl.participant_id = @participantId) and (@status is null or pl.status = @status)
     order by coalesce(pl.starts_on, pl.created_at) desc, pl.created_at desc, pl.id`,
  ).all({ participantId: filter.participantId ?? null, status: filter.status ?? null }) as (Omit<PlacementListRow, 'navAgreement' | 'plannedMonths' | 'warnings'> & { navAgreement: number })[];
  return rows.map((r) => ({ ...r, navAgreement: r.navAgreement === 1, plannedMonths: plannedMonths(r.startsOn, r.endsOn), warnings: placementWarnings(r) }));
}
