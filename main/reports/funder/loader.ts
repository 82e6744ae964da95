import { KobleError } from '../../../db/errors.ts';
import type { KobleDb } from '../../../db/vault/vault.ts';
import { sqliteOf } from '../../../db/sqlite-client.ts';
import type { StageEvent } from '../../pipeline/replay.ts';
import { osloDate } from '../../../shared/oslo-day.ts';
import { addDays } from '../../../shared/calendar-date.ts';
import { pseudonym } from './pseudonym.ts';
import type {
  EventAttendance,
  HoursPersonKind,
  Period,
  ReportData,
  ReportEvent,
  ReportForm,
  ReportGrant,
  ReportHours,
  ReportMatch,
  ReportMentor,
  ReportOutcome,
  ReportParticipant,
  ReportPlacement,
} from './types.ts';

type Row = Record<string, unknown>;

/** The page cache while the attendance rows stream by: each page is read once, so a few MiB do. */
const ATTENDANCE_CACHE_KIB = 8 * 1024;
/** The counts before the attended participants' ids on each event's line (eventsOf). */
const ATTENDANCE_COUNTS = 6;

/**
 * Runs `read` with the connection's page cache set to `kib` and restores the setting after. A
 * one-pass read of a table larger than the cache would only evict the cached pages anyway; with
 * a small cache it does so without first growing the process by the cache's full size.
 */
function cachedPagesWhile(sqlite: ReturnType<typeof sqliteOf>, kib: number, read: () => void): void {
  const before = sqlite.pragma('cache_size', { simple: true }) as number;
  sqlite.pragma(`cache_size = -${kib}`);
  try {
    read();
  } finally {
    sqlite.pragma(`cache_size = ${before}`);
  }
}

/**
 * Which participants belong to a grant:
 * - a grant that funds cohorts (grant_cohorts): every participant in those cohorts registered by
 *   the end of the period (whether they count as active is decided from the stage history);
 * - a grant that funds no cohort (e.g. a foundation grant for networking evenings): the
 *   participants who attended (status "møtt") one of the grant's events in the period.
 * Events of the grant: events linked to it (events.grant_id), and events of a funded cohort that
 * are linked to no grant; the event's day is its start in Oslo time.
 */
const SCOPE_BY_COHORTS = `select p.id from participants p where p.cohort_id in (select cohort_id from grant_cohorts where grant_id = @grant) and p.registered_on <= @to`;
/** A grant without cohorts: the participants who attended its events (eventsOf gives their ids). */
const SCOPE_BY_EVENTS = `select value as id from json_each(@attended)`;

function grantOf(db: KobleDb, grantId: string): ReportGrant {
  const row = sqliteOf(db)
    .prepare(`select id, funder, funder_name, scheme, case_number, amount, period_start, period_end from grants where id = ?`)
    .get(grantId) as Row | undefined;
  if (!row) throw new KobleError('API_NOT_FOUND', 'No such grant', { entity: 'grant' });
  return {
    id: row.id as string,
    funder: row.funder as ReportGrant['funder'],
    funderName: row.funder_name as string,
    scheme: (row.scheme as string | null) ?? null,
    caseNumber: (row.case_number as string | null) ?? null,
    amount: (row.amount as number | null) ?? null,
    periodStart: row.period_start as string,
    periodEnd: row.period_end as string,
  };
}

/** The grant's events in the period, with attendance counted per event in SQL (never one row per person). */
function eventsOf(db: KobleDb, grantId: string, period: Period, cohortNames: Map<string, string>, inScope: ReadonlySet<string> | null): { events: ReportEvent[]; attended: Set<string> } {
  const sqlite = sqliteOf(db);
  // A UTC window a day wider than the period on both sides; the Oslo day decides exactly below.
  const rows = sqlite
    .prepare(
      `select id, kind, title, starts_at, place, cohort_id from events
       where starts_at >= @lo and starts_at < @hi
         and (grant_id = @grant or (grant_id is null and cohort_id in (select cohort_id from grant_cohorts where grant_id = @grant)))
       order by starts_at, title, id`,
    )
    .all({ grant: grantId, lo: addDays(period.from, -1), hi: addDays(period.to, 2) }) as Row[];
  const events: ReportEvent[] = [];
  const byId = new Map<string, EventAttendance>();
  for (const row of rows) {
    const startsOn = osloDate(row.starts_at as string);
    if (startsOn < period.from || startsOn > period.to) continue;
    const attendance: EventAttendance = { attendedParticipants: 0, attendedOtherParticipants: 0, attendedMentors: 0, attendedGuests: 0, walkIns: 0, registered: 0, noShow: 0, cancelled: 0 };
    byId.set(row.id as string, attendance);
    events.push({
      id: row.id as string,
      kind: row.kind as ReportEvent['kind'],
      title: row.title as string,
      startsOn,
      place: (row.place as string | null) ?? null,
      cohortName: row.cohort_id ? (cohortNames.get(row.cohort_id as string) ?? null) : null,
      attendance,
    });
  }
  const attended = new Set<string>();
  if (events.length === 0) return { events, attended };
  // One pass over the attendance rows of these events, counted by SQLite per event (a correlated
  // aggregate over the covering index, no sort): each event comes back as one line of its counts
  // followed by the ids of the participants who attended, so JavaScript never handles a row of
  // its own (handing 300,000 rows over one by one was most of the loading time). Reading them
  // decrypts most of the index's pages once: the page cache is held small meanwhile
  // (cachedPagesWhile), so this one pass does not grow the process by the whole cache.
  const statement = sqlite
    .prepare(
      `select (select concat_ws(',',
                 count(*) filter (where a.status = 'attended' and a.participant_id is null and a.mentor_id is not null),
                 count(*) filter (where a.status = 'attended' and a.participant_id is null and a.mentor_id is null),
                 count(*) filter (where a.status = 'attended' and a.source = 'walk_in'),
                 count(*) filter (where a.status = 'registered'),
                 count(*) filter (where a.status = 'no_show'),
                 count(*) filter (where a.status not in ('attended', 'registered', 'no_show')),
                 group_concat(a.participant_id, ',') filter (where a.status = 'attended'))
               from attendance a where a.event_id = j.value)
       from json_each(?) j order by j.key`,
    )
    .pluck();
  cachedPagesWhile(sqlite, ATTENDANCE_CACHE_KIB, () => {
    const lines = statement.all(JSON.stringify(events.map((e) => e.id))) as string[];
    lines.forEach((line, index) => {
      const a = events[index]!.attendance;
      const fields = line.split(',');
      a.attendedMentors = Number(fields[0]);
      a.attendedGuests = Number(fields[1]);
      a.walkIns = Number(fields[2]);
      a.registered = Number(fields[3]);
      a.noShow = Number(fields[4]);
      a.cancelled = Number(fields[5]);
      for (let i = ATTENDANCE_COUNTS; i < fields.length; i++) {
        const participantId = fields[i]!;
        if (inScope === null || inScope.has(participantId)) {
          a.attendedParticipants++;
          attended.add(participantId);
        } else a.attendedOtherParticipants++;
      }
    });
  });
  return { events, attended };
}

function hoursOf(db: KobleDb, grantId: string, period: Period): ReportHours[] {
  const rows = sqliteOf(db)
    .prepare(
      `select h.worked_on, h.staff_id, h.mentor_id, h.volunteer_name, s.name as staff_name, h.hours, h.activity, h.hourly_value
       from hours h left join staff s on s.id = h.staff_id
       where h.grant_id = @grant and h.worked_on between @from and @to
       order by h.worked_on, h.created_at, h.id`,
    )
    .all({ grant: grantId, from: period.from, to: period.to }) as Row[];
  // One hash per person, not per row (a mentor or volunteer has many rows).
  const labels = new Map<string, string>();
  const label = (prefix: 'M' | 'F', key: string) => {
    let l = labels.get(`${prefix}${key}`);
    if (l === undefined) labels.set(`${prefix}${key}`, (l = pseudonym(prefix, grantId, key)));
    return l;
  };
  return rows.map((row) => {
    const kind: HoursPersonKind = row.staff_id ? 'staff' : row.mentor_id ? 'mentor' : row.volunteer_name ? 'volunteer' : 'none';
    const personLabel =
      kind === 'staff'
        ? ((row.staff_name as string | null) ?? '')
        : kind === 'mentor'
          ? label('M', row.mentor_id as string)
          : kind === 'volunteer'
            ? label('F', (row.volunteer_name as string).trim().toLocaleLowerCase('nb'))
            : '';
    return {
      workedOn: row.worked_on as string,
      personKind: kind,
      personLabel,
      activity: row.activity as ReportHours['activity'],
      hours: row.hours as number,
      hourlyValue: (row.hourly_value as number | null) ?? null,
    };
  });
}

function participantOf(r: Row): ReportParticipant {
  return {
    id: r.id as string,
    gender: r.gender as ReportParticipant['gender'],
    birthYear: (r.birth_year as number | null) ?? null,
    countryOfBackground: (r.country_of_background as string | null) ?? null,
    municipalityNumber: (r.municipality_number as string | null) ?? null,
    immigrationReason: (r.immigration_reason as ReportParticipant['immigrationReason']) ?? null,
    arrivalYear: (r.arrival_year as number | null) ?? null,
    educationLevel: (r.education_level as ReportParticipant['educationLevel']) ?? null,
    field: (r.field as string | null) ?? null,
    track: r.track as ReportParticipant['track'],
    cohortId: (r.cohort_id as string | null) ?? null,
    registeredOn: r.registered_on as string,
    erased: r.erased_at !== null,
  };
}

/**
 * Reads everything a funder report counts for one grant and period, in one pass of SQL in one
 * read transaction (a consistent snapshot even while someone else writes). Returns plain data;
 * the counting (counts.ts) is pure.
 */
export function loadReportData(db: KobleDb, grantId: string, period: Period): ReportData {
  const sqlite = sqliteOf(db);
  const read = sqlite.transaction((): ReportData => {
    const grant = grantOf(db, grantId);
    const allCohorts = sqlite.prepare(`select id, name from cohorts`).all() as { id: string; name: string }[];
    const cohortNames = new Map(allCohorts.map((c) => [c.id, c.name]));
    const cohorts = (sqlite.prepare(`select c.id, c.name from grant_cohorts gc join cohorts c on c.id = gc.cohort_id where gc.grant_id = ? order by c.starts_on, c.name`).all(grantId) as { id: string; name: string }[]);
    const scope = cohorts.length > 0 ? 'cohorts' : 'events';
    // A cohort grant's participants are read first: participants of other cohorts at its events
    // are counted apart (definitions.ts, attendanceOtherParticipants). A grant without cohorts
    // has as participants those who attended its events, so its events come first.
    const participantsIn = (scopeSql: string, params: Record<string, string>) =>
      (sqlite
        .prepare(
          `with scope(id) as (${scopeSql})
           select p.id, p.gender, p.birth_year, p.country_of_background, p.municipality_number, p.immigration_reason, p.arrival_year,
                  p.education_level, p.field, p.track, p.cohort_id, p.registered_on, p.erased_at
           from participants p join scope on scope.id = p.id order by p.registered_on, p.id`,
        )
        .all(params) as Row[]).map(participantOf);
    let participants: ReportParticipant[];
    let attendance: ReturnType<typeof eventsOf>;
    if (scope === 'cohorts') {
      participants = participantsIn(SCOPE_BY_COHORTS, { grant: grantId, to: period.to });
      attendance = eventsOf(db, grantId, period, cohortNames, new Set(participants.map((p) => p.id)));
    } else {
      attendance = eventsOf(db, grantId, period, cohortNames, null);
      participants = participantsIn(SCOPE_BY_EVENTS, { attended: JSON.stringify([...attendance.attended]) });
    }
    const { events } = attendance;
    const params = { grant: grantId, from: period.from, to: period.to };

    // The scope once, as the ids just read: the later statements look each one up by index
    // instead of evaluating the scope again (one participants-table lookup per person per statement).
    const ids = JSON.stringify(participants.map((p) => p.id));
    const inScope = (body: string) => {
      const names = new Set([...body.matchAll(/@(\w+)/g)].map((m) => m[1]!));
      return sqlite.prepare(body).all(Object.fromEntries(Object.entries({ ...params, ids }).filter(([k]) => names.has(k)))) as Row[];
    };

    // Columns named as the fields (no second object per row); SQL NULL comes back as null.
    const stageChanges = inScope(
      `select s.participant_id as participantId, s.stage, s.effective_on as effectiveOn, s.recorded_at as recordedAt
       from json_each(@ids) scope cross join stage_changes s on s.participant_id = scope.value where s.effective_on <= @to`,
    ) as StageEvent[];

    const outcomes = inScope(
      `select o.participant_id as participantId, o.timepoint, o.category, o.outcome_on as outcomeOn
       from json_each(@ids) scope cross join outcomes o on o.participant_id = scope.value where o.outcome_on <= @to`,
    ) as ReportOutcome[];

    const forms: ReportForm[] = inScope(
      `select f.participant_id, f.timepoint, f.filled_on, f.norwegian_at_work, f.professional_network, f.working_life_knowledge, f.job_seeking, f.belief_in_chances
       from json_each(@ids) scope cross join progression_forms f on f.participant_id = scope.value where f.filled_on <= @to`,
    ).map((r) => ({
      participantId: r.participant_id as string,
      timepoint: r.timepoint as ReportForm['timepoint'],
      filledOn: r.filled_on as string,
      scores: {
        norwegianAtWork: (r.norwegian_at_work as number | null) ?? null,
        professionalNetwork: (r.professional_network as number | null) ?? null,
        workingLifeKnowledge: (r.working_life_knowledge as number | null) ?? null,
        jobSeeking: (r.job_seeking as number | null) ?? null,
        beliefInChances: (r.belief_in_chances as number | null) ?? null,
      },
    }));

    const matches = inScope(
      `select m.participant_id as participantId, m.mentor_id as mentorId, m.status, m.started_on as startedOn, m.confirmed_on as confirmedOn, m.ended_on as endedOn
       from json_each(@ids) scope cross join matches m on m.participant_id = scope.value
       where m.status in ('active', 'completed', 'ended_early')`,
    ) as ReportMatch[];

    const mentors: ReportMentor[] = inScope(
      `select distinct me.id, me.registered_on, me.erased_at from json_each(@ids) scope cross join matches m on m.participant_id = scope.value join mentors me on me.id = m.mentor_id
       where m.status in ('active', 'completed', 'ended_early')`,
    ).map((r) => ({ id: r.id as string, registeredOn: r.registered_on as string, erased: r.erased_at !== null }));

    const placements = inScope(
      `select pl.participant_id as participantId, pl.status, pl.starts_on as startsOn, pl.ends_on as endsOn, pl.ended_on as endedOn
       from json_each(@ids) scope cross join placements pl on pl.participant_id = scope.value
       where pl.status in ('active', 'completed', 'ended_early')`,
    ) as ReportPlacement[];

    const fieldMap = Object.fromEntries(
      (sqlite.prepare(`select code, maps_to from reference_values where kind = 'field' and maps_to is not null`).all() as { code: string; maps_to: string }[]).map((r) => [r.code, r.maps_to]),
    );

    return {
      grant,
      period,
      scope,
      cohorts,
      cohortNames: [...cohortNames],
      participants,
      stageChanges,
      outcomes,
      forms,
      matches,
      mentors,
      placements,
      events,
      uniqueParticipantsAtEvents: attendance.attended.size,
      hours: hoursOf(db, grantId, period),
      fieldMap,
    };
  });
  return read.deferred();
}
