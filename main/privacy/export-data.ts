/**
 * Innsyn (GDPR art. 15): the person's data shaped into parts — one sheet each in .xlsx, one key
 * each in JSON, the same content in both. Pure: takes a snapshot, returns plain values.
 */
import type { PersonSnapshot } from './person-snapshot.ts';

export type ExportValue = string | number | boolean | null | readonly string[] | readonly Record<string, unknown>[];
export type ExportRow = Record<string, ExportValue>;

/** The parts, in sheet order. `person` is one record (shown as field/value rows in the sheet). */
export const EXPORT_PARTS = [
  'person',
  'stageHistory',
  'followUps',
  'matches',
  'matchMeetings',
  'matchExclusions',
  'placements',
  'attendance',
  'consents',
  'outcomes',
  'progressionForms',
  'hours',
  'messages',
  'audit',
] as const;
export type ExportPart = (typeof EXPORT_PARTS)[number];

export const PART_COLUMNS = {
  stageHistory: ['effectiveOn', 'fromStage', 'stage', 'reason', 'recordedAt', 'staffName'],
  followUps: ['contactedOn', 'kind', 'minutes', 'note', 'staffName', 'createdAt'],
  matches: ['counterpartName', 'status', 'score', 'scoreBreakdown', 'proposedOn', 'introMeetingAt', 'introMeetingPlace', 'confirmedOn', 'startedOn', 'plannedEndOn', 'endedOn', 'endReason', 'goals', 'staffName'],
  matchMeetings: ['metOn', 'kind', 'minutes', 'topics', 'note'],
  matchExclusions: ['kind', 'reason', 'createdAt'],
  placements: ['organisationName', 'jobTitle', 'supervisorName', 'supervisorEmail', 'supervisorPhone', 'startsOn', 'endsOn', 'endedOn', 'status', 'navAgreement', 'navOfficeName', 'navAdvisor', 'livelihood', 'endReason', 'notes'],
  attendance: ['eventStartsAt', 'eventTitle', 'eventKind', 'status', 'checkedInAt', 'source'],
  consents: ['purpose', 'lawfulBasis', 'textVersion', 'method', 'givenOn', 'withdrawnOn'],
  outcomes: ['timepoint', 'category', 'outcomeOn', 'employer', 'organisationName', 'note'],
  progressionForms: ['timepoint', 'filledOn', 'norwegianAtWork', 'professionalNetwork', 'workingLifeKnowledge', 'jobSeeking', 'beliefInChances', 'comment'],
  hours: ['workedOn', 'hours', 'activity', 'note'],
  messages: ['createdAt', 'templateKind', 'toAddress', 'subject', 'body', 'status', 'sentAt', 'error'],
  audit: ['at', 'staffName', 'action', 'entity', 'fields'],
} as const satisfies Record<Exclude<ExportPart, 'person'>, readonly string[]>;

/** Person columns left out: internal ids (the names behind them are shown instead) and the search helper. */
const PERSON_HIDDEN = new Set(['searchText', 'cohortId', 'coordinatorId', 'navOfficeId', 'organisationId']);

export type PersonExport = {
  generatedOn: string;
  personKind: 'participant' | 'mentor';
  personId: string;
  lastName: string;
  person: ExportRow;
  parts: { [K in Exclude<ExportPart, 'person'>]: ExportRow[] };
};

function toValue(value: unknown): ExportValue {
  if (value === undefined || value === null) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (Array.isArray(value)) return value.every((v) => typeof v === 'string') ? (value as string[]) : (value as Record<string, unknown>[]);
  return JSON.stringify(value);
}

function pick(row: object, columns: readonly string[]): ExportRow {
  const source = row as Record<string, unknown>;
  return Object.fromEntries(columns.map((c) => [c, toValue(source[c])]));
}

export function buildPersonExport(snapshot: PersonSnapshot, generatedOn: string): PersonExport {
  const { person, names } = snapshot;
  const own = Object.fromEntries(Object.entries(person.row).filter(([key]) => !PERSON_HIDDEN.has(key)).map(([key, value]) => [key, toValue(value)]));
  const named: ExportRow =
    person.kind === 'participant'
      ? { cohortName: names.cohort, coordinatorName: names.coordinator, navOfficeName: names.navOffice }
      : { organisationName: names.organisation };
  const rows = <K extends Exclude<ExportPart, 'person'>>(part: K, list: readonly object[]) => list.map((row) => pick(row, PART_COLUMNS[part]));
  return {
    generatedOn,
    personKind: person.kind,
    personId: person.id,
    lastName: person.row.lastName,
    person: { kind: person.kind, ...own, ...named },
    parts: {
      stageHistory: rows('stageHistory', snapshot.stageChanges),
      followUps: rows('followUps', snapshot.followUps),
      matches: rows('matches', snapshot.matches),
      matchMeetings: rows('matchMeetings', snapshot.matchMeetings),
      matchExclusions: rows('matchExclusions', snapshot.matchExclusions),
      placements: rows('placements', snapshot.placements),
      attendance: rows('attendance', snapshot.attendance),
      consents: rows('consents', snapshot.consents),
      outcomes: rows('outcomes', snapshot.outcomes),
      progressionForms: rows('progressionForms', snapshot.progressionForms),
      hours: rows('hours', snapshot.hours),
      messages: rows('messages', snapshot.messages),
      audit: rows('audit', snapshot.audit),
    },
  };
}

/** The JSON file's content: the same parts as the workbook. */
export function exportJson(data: PersonExport): string {
  return `${JSON.stringify({ generatedOn: data.generatedOn, personKind: data.personKind, personId: data.personId, person: data.person, ...data.parts }, null, 2)}\n`;
}

/** Innsyn-<lastname>-<date>.<ext>, with characters that file systems refuse replaced. */
export function exportFileName(lastName: string, date: string, format: 'xlsx' | 'json'): string {
  const printable = [...lastName.normalize('NFC')].filter((ch) => ch.charCodeAt(0) >= 32).join('');
  const safe = printable.replace(/[\\/:*?"<>|]+/g, '').replace(/\s+/g, '_').replace(/^\.+/, '').slice(0, 60) || 'person';
  return `Innsyn-${safe}-${date}.${format}`;
}
