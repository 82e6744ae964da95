import { PassThrough } from 'node:stream';
import { OUTCOME_TIMEPOINTS } from '../../../db/schema/index.ts';
import type { FunderCounts } from './counts.ts';
import {
  ACTIVITY_LABELS,
  BREAKDOWN_DEFINITION,
  ERASURE_DEFINITION,
  EVENT_KIND_LABELS,
  HIDDEN_MARK,
  KEY_FIGURES,
  OUTCOME_LABELS,
  PERSON_KIND_LABELS,
  PROGRESSION_DEFINITION,
  SCOPE_DEFINITION,
  STAGE_LABELS,
  SUPPRESSION_DEFINITION,
  TIMEPOINT_LABELS,
  type KeyFigureKey,
} from './definitions.ts';
import type { Breakdown } from './breakdowns.ts';
import { AVERAGE_FORMAT, COUNT_FORMAT, DATE_FORMAT, day, HOURS_FORMAT, MONEY_FORMAT, PERCENT_FORMAT, writeSheet, type ReportCell, type ReportColumn, type SheetSpec } from './sheet-writer.ts';
import { cellId } from './published-counts.ts';
import { unsuppressed, type Publication, type Shown } from './protection.ts';
import { generalisationText, participantList, QUASI_IDENTIFIERS, shownQuasiIdentifiers, type ParticipantList, type QuasiIdentifier } from './participant-list.ts';
import { DEFAULT_REPORT_MINIMUM_GROUP } from '../../settings/programme-settings.ts';
import type { ReportData } from './types.ts';
import { WorkbookWriter } from './xlsx-stream.ts';

export const SHEETS = {
  keyFigures: 'Nøkkeltall',
  breakdowns: 'Fordelinger',
  progression: 'Progresjon',
  activities: 'Aktiviteter',
  participants: 'Deltakere',
  hours: 'Timer',
  about: 'Om rapporten',
} as const;

export type WorkbookOptions = {
  suppressSmall: boolean;
  appVersion: string;
  createdAt: Date;
  publication?: Publication;
  /** k: the smallest group the Deltakere list may show (default 5). */
  minimumGroup?: number;
  /** Deltakere ids keyed by the grant (the same in every report) rather than by this report. */
  stablePseudonyms?: boolean;
};

const PARTICIPANT_HEADERS: Record<QuasiIdentifier, string> = {
  cohort: 'Kull', track: 'Spor', gender: 'Kjønn', ageGroup: 'Aldersgruppe', country: 'Landbakgrunn', residence: 'Botid', immigration: 'Innvandringsgrunn',
  education: 'Utdanningsnivå', field: 'Fagfelt', municipality: 'Kommune', registered: 'Registrert (måned)',
};

const yesNo = (b: boolean) => (b ? 'Ja' : 'Nei');
const osloStamp = (d: Date) => d.toLocaleString('nb-NO', { timeZone: 'Europe/Oslo', dateStyle: 'short', timeStyle: 'short' });
const norwegianDate = (iso: string) => `${iso.slice(8, 10)}.${iso.slice(5, 7)}.${iso.slice(0, 4)}`;

/** The cell ids of a breakdown's rows and of its sum (an outcome timepoint, or the participants in the period). */
export function breakdownCells(b: Breakdown): { row: (i: number) => string; total: string } {
  const timepoint = b.key.startsWith('outcome_') ? b.key.slice('outcome_'.length) : null;
  return timepoint
    ? { row: (i) => cellId.outcome(timepoint, b.rows[i]!.key ?? b.rows[i]!.label), total: cellId.outcomeTotal(timepoint) }
    : { row: (i) => cellId.breakdown(b.key, i), total: cellId.key('participantsActive') };
}

/** A breakdown as published: every cell, the sum, and the share of the sum (none where a cell or the sum is hidden). */
export function shownBreakdown(b: Breakdown, publication: Publication): { label: string; count: Shown; share: number | null }[] {
  const ids = breakdownCells(b);
  const total = publication.show(ids.total, b.total);
  const share = (c: Shown) => (typeof c === 'number' && typeof total === 'number' && b.total > 0 ? c / b.total : null);
  const cells = b.rows.map((r, i) => publication.show(ids.row(i), r.count));
  return [...b.rows.map((r, i) => ({ label: r.label, count: cells[i]!, share: share(cells[i]!) })), { label: 'Sum', count: total, share: share(total) }];
}

/** Outcome breakdowns by timepoint, as breakdowns that each add up to their own total. */
export function outcomeBreakdowns(counts: FunderCounts): Breakdown[] {
  return OUTCOME_TIMEPOINTS.map((t) => ({
    key: `outcome_${t}`,
    title: `Resultat ${TIMEPOINT_LABELS[t].toLocaleLowerCase('nb')}`,
    rows: counts.outcomes.rows.map((r) => ({ key: r.category, label: r.label, count: r[t] })),
    total: counts.outcomes.totals[t],
  }));
}

function keyFigureRows(counts: FunderCounts, publication: Publication): ReportCell[][] {
  const k = counts.keyFigures;
  const single = (key: KeyFigureKey): ReportCell => (KEY_FIGURES[key].people ? publication.show(cellId.key(key), k[key]) : k[key]);
  const line = (key: KeyFigureKey): ReportCell[] => [KEY_FIGURES[key].area, KEY_FIGURES[key].label, single(key)];
  const rows: ReportCell[][] = [];
  for (const key of ['participantsActive', 'participantsNew', 'participantsInMentoringOrPlacement', 'participantsCompleted', 'participantsDroppedOut', 'mentorsActive', 'mentorsNew', 'matchesStarted', 'matchesRunning', 'matchesCompleted', 'matchesEndedEarly', 'placementsRunning', 'placementsStarted', 'placementsCompleted'] as const) rows.push(line(key));

  // Events by kind with attendance (activity, never hidden), then the totals.
  for (const r of counts.eventsByKind) rows.push(['Arrangementer', `${r.label}: arrangementer`, r.events], ['Arrangementer', `${r.label}: oppmøte`, r.attended]);
  for (const key of ['events', 'attendance', 'attendanceParticipants', 'attendanceOtherParticipants', 'attendanceMentors', 'attendanceGuests', 'walkIns', 'uniqueParticipantsAtEvents'] as const) rows.push(line(key));

  // Outcomes: the latest per participant by category, "fått jobb" (the employed lines) and the total.
  for (const r of counts.outcomes.rows) rows.push(['Resultater', OUTCOME_LABELS[r.category], publication.show(cellId.outcome('latest', r.category), r.latest)]);
  rows.push(line('gotJob'), line('outcomesRecorded'));

  rows.push(line('hours'), line('hoursValue'));
  for (const r of counts.hoursByPersonKind) rows.push(['Egenandel', `Timer: ${r.label.toLocaleLowerCase('nb')}`, r.hours]);
  for (const r of counts.hoursByActivity) rows.push(['Egenandel', `Timer: ${ACTIVITY_LABELS[r.key as keyof typeof ACTIVITY_LABELS].toLocaleLowerCase('nb')}`, r.hours]);
  return rows;
}

function breakdownRows(counts: FunderCounts, publication: Publication): ReportCell[][] {
  const rows: ReportCell[][] = [];
  for (const b of [...counts.breakdowns, ...outcomeBreakdowns(counts)]) {
    for (const r of shownBreakdown(b, publication)) rows.push([b.title, r.label, r.count, r.share]);
  }
  return rows;
}

function progressionRows(counts: FunderCounts, publication: Publication): { rows: ReportCell[][]; after: ReportCell[][] } {
  const rows = counts.progression.rows.map((r): ReportCell[] => {
    const n = publication.show(cellId.progressionN(r.scale), r.n);
    if (typeof n !== 'number' || r.n === 0) return [r.label, n, null, null, null, null];
    // The share improved shows the count improved (share × n): shown only when that count is.
    const improved = publication.isHidden(cellId.progressionImproved(r.scale)) ? HIDDEN_MARK : r.improved / r.n;
    return [r.label, r.n, r.startAverage, r.endAverage, r.change, improved];
  });
  const f = counts.progression.forms;
  const n = (t: 'start' | 'mid' | 'end'): ReportCell => publication.show(cellId.forms(t), f[t]);
  return { rows, after: [[], ['Skjema utfylt i perioden: start', n('start')], ['Skjema utfylt i perioden: midtveis', n('mid')], ['Skjema utfylt i perioden: slutt', n('end')]] };
}

function activityRows(data: ReportData): { rows: ReportCell[][]; after: ReportCell[][] } {
  const rows = data.events.map((e): ReportCell[] => {
    const a = e.attendance;
    return [day(e.startsOn), EVENT_KIND_LABELS[e.kind], e.title, e.place, e.cohortName, a.attendedParticipants + a.attendedOtherParticipants + a.attendedMentors + a.attendedGuests, a.attendedParticipants, a.attendedMentors, a.attendedGuests, a.walkIns, a.noShow, a.cancelled, a.registered, a.attendedOtherParticipants];
  });
  if (rows.length === 0) return { rows, after: [] };
  const last = rows.length + 1;
  const sums = 'FGHIJKLMN'.split('').map((col, i): ReportCell => ({ formula: `SUM(${col}2:${col}${last})`, result: rows.reduce((s, r) => s + (r[5 + i] as number), 0) }));
  return { rows, after: [['Sum', null, null, null, null, ...sums]] };
}

function hoursRows(data: ReportData): { rows: ReportCell[][]; after: ReportCell[][] } {
  const rows = data.hours.map((h, i): ReportCell[] => [
    day(h.workedOn),
    PERSON_KIND_LABELS[h.personKind],
    h.personLabel,
    ACTIVITY_LABELS[h.activity],
    h.hours,
    h.hourlyValue,
    { formula: `E${i + 2}*F${i + 2}`, result: Math.round(h.hours * (h.hourlyValue ?? 0) * 100) / 100 },
  ]);
  if (rows.length === 0) return { rows, after: [] };
  const last = rows.length + 1;
  const total = (col: string, index: number): ReportCell => ({
    formula: `SUM(${col}2:${col}${last})`,
    result: Math.round(rows.reduce((s, r) => s + (index === 6 ? (r[6] as { result: number }).result : (r[index] as number)), 0) * 100) / 100,
  });
  return { rows, after: [['Sum', null, null, null, total('E', 4), null, total('G', 6)]] };
}

function participantRows(counts: FunderCounts, list: ParticipantList): ReportCell[][] {
  // Quasi-identifiers as generalised, those removed for everyone left out (registered: the month at
  // most, never the day), then what happened.
  const columns = shownQuasiIdentifiers(list).map((q) => QUASI_IDENTIFIERS.indexOf(q));
  return counts.participantRows.map((p, i) => [
    p.id, ...columns.map((c) => list.shown[i]![c]!), yesNo(p.active), yesNo(p.isNew), yesNo(p.completed), yesNo(p.droppedOut),
    p.stageAtEnd ? STAGE_LABELS[p.stageAtEnd] : null, p.latestOutcome ? OUTCOME_LABELS[p.latestOutcome] : null, yesNo(p.gotJob),
  ]);
}

/** What Om rapporten says about the Deltakere list. */
function participantListText(options: WorkbookOptions, list: ParticipantList | null, k: number): string {
  if (options.suppressSmall) return 'Utelatt: en liste per person ville vist de skjulte tallene.';
  if (!list) return `Utelatt: færre enn ${k} deltakere i tallene, så ingen liste kan vise grupper på minst ${k}.`;
  const ids = options.stablePseudonyms
    ? 'Id-ene (D-…) er de samme i alle rapporter til dette tilskuddet (stabile pseudonymer, slått på i innstillingene): to rapporter kan sammenlignes rad for rad, og da vises hvem som er slettet eller har sluttet mellom dem.'
    : 'Id-ene (D-…) gjelder bare denne rapporten: samme person har et annet id i neste rapport.';
  return `Én rad per deltaker som inngår i tallene, uten navn eller kontaktopplysninger. Hver kombinasjon av kull, spor, kjønn, alder, landbakgrunn, botid, innvandringsgrunn, utdanning, fagfelt, kommune og registreringsmåned deles av minst ${k} personer (k-anonymitet, minste gruppe her: ${list.smallestGroup}); en opplysning som måtte fjernes for alle, står ikke i listen. ${generalisationText(list, PARTICIPANT_HEADERS, k)} ${ids}`;
}

function aboutRows(data: ReportData, counts: FunderCounts, options: WorkbookOptions, sheets: string[], participantsText: string): ReportCell[][] {
  const g = data.grant;
  const rows: ReportCell[][] = [
    ['Tilskuddsgiver', g.funderName],
    ['Ordning', g.scheme],
    ['Saksnummer', g.caseNumber],
    ['Tilskudd (kr)', g.amount],
    ['Tilskuddsperiode', `${norwegianDate(g.periodStart)}–${norwegianDate(g.periodEnd)}`],
    ['Rapportperiode fra', day(data.period.from)],
    ['Rapportperiode til', day(data.period.to)],
    ['Kull tilskuddet finansierer', data.cohorts.map((c) => c.name).join(', ') || 'Ingen'],
    ['Utvalg', SCOPE_DEFINITION[data.scope]],
    ['Laget', osloStamp(options.createdAt)],
    ['Laget med', `Koble ${options.appVersion}`],
    ['Små tall skjult', yesNo(options.suppressSmall)],
    ['Ark', sheets.join(', ')],
    ['Slettede personer i tallene', (options.publication ?? unsuppressed).show(cellId.erased, counts.erasedCounted)],
    [],
    ['Begrep', 'Definisjon'],
    ...Object.values(KEY_FIGURES).map((f): ReportCell[] => [f.label, f.definition]),
    ['Fordelinger', BREAKDOWN_DEFINITION],
    ['Progresjon', PROGRESSION_DEFINITION],
    ['Slettede personer', ERASURE_DEFINITION],
    ['Walk-in-gjester', 'Gjester som registreres i døra telles i oppmøtet som gjester (og i «walk-in»), aldri som deltakere. En walk-in registrert som deltaker telles som tilskuddets deltaker når vedkommende hører til tilskuddets kull, ellers som deltaker fra andre kull.'],
    ['Timer', 'Timelisten for tilskuddet: ansatte med navn, mentorer og frivillige med et pseudonym (M-… og F-…). Verdi = timer × timesats (formel med utregnet verdi).'],
    ['Deltakere', participantsText],
  ];
  if (options.suppressSmall) rows.push(['Små tall', SUPPRESSION_DEFINITION]);
  return rows;
}

/** Builds the workbook in memory as .xlsx bytes (a streaming writer: cells are not all kept as objects). */
export async function funderWorkbook(data: ReportData, counts: FunderCounts, options: WorkbookOptions): Promise<{ bytes: Buffer; sheets: string[] }> {
  const stream = new PassThrough();
  const chunks: Buffer[] = [];
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<void>((resolve, reject) => {
    stream.on('end', resolve);
    stream.on('error', reject);
  });
  const workbook = new WorkbookWriter({ stream, useStyles: true, useSharedStrings: false });
  workbook.creator = 'Koble';
  workbook.created = options.createdAt;
  workbook.modified = options.createdAt;
  const suppress = options.suppressSmall;
  const publication = options.publication ?? unsuppressed;
  if (publication.suppressed !== suppress) throw new Error('The publication must follow the suppressSmall option');
  const k = options.minimumGroup ?? DEFAULT_REPORT_MINIMUM_GROUP;
  const list = suppress ? null : participantList(counts.participantRows, k);
  const sheets: string[] = [SHEETS.keyFigures, SHEETS.breakdowns, SHEETS.progression, SHEETS.activities, ...(list ? [SHEETS.participants] : []), SHEETS.hours, SHEETS.about];

  // Every printed page says whose report it is and for which period.
  const g = data.grant;
  const pageHeader = [g.funderName, g.scheme, g.caseNumber ? `saksnr. ${g.caseNumber}` : null, `rapportperiode ${norwegianDate(data.period.from)}–${norwegianDate(data.period.to)}`].filter(Boolean).join(' · ');
  const write = (spec: SheetSpec) => writeSheet(workbook, { pageHeader, ...spec });
  const count = (header: string, minWidth?: number): ReportColumn => ({ header, numFmt: COUNT_FORMAT, numeric: true, ...(minWidth ? { minWidth } : {}) });
  write({ name: SHEETS.keyFigures, columns: [{ header: 'Område' }, { header: 'Nøkkeltall', minWidth: 30 }, count('Antall', 12)], rows: keyFigureRows(counts, publication) });
  write({
    name: SHEETS.breakdowns,
    columns: [{ header: 'Fordeling' }, { header: 'Gruppe', minWidth: 20 }, count('Antall', 10), { header: 'Andel', numFmt: PERCENT_FORMAT, minWidth: 10, numeric: true }],
    rows: breakdownRows(counts, publication),
  });
  const progression = progressionRows(counts, publication);
  write({
    name: SHEETS.progression,
    columns: [{ header: 'Skala', minWidth: 30 }, count('n'), { header: 'Snitt start', numFmt: AVERAGE_FORMAT }, { header: 'Snitt slutt', numFmt: AVERAGE_FORMAT }, { header: 'Endring', numFmt: AVERAGE_FORMAT }, { header: 'Andel forbedret', numFmt: PERCENT_FORMAT, numeric: true }],
    ...progression,
  });
  const activities = activityRows(data);
  write({
    name: SHEETS.activities,
    columns: [
      { header: 'Dato', numFmt: DATE_FORMAT, minWidth: 12 }, { header: 'Type' }, { header: 'Tittel', maxWidth: 50 }, { header: 'Sted', maxWidth: 40 }, { header: 'Kull' },
      ...['Møtt', 'Herav deltakere', 'Herav mentorer', 'Herav gjester', 'Walk-in', 'Ikke møtt', 'Avmeldt', 'Påmeldt, ikke registrert', 'Herav deltakere fra andre kull'].map((h) => count(h)),
    ],
    ...activities,
  });
  if (list) {
    write({
      name: SHEETS.participants,
      columns: [
        { header: 'Id' }, ...shownQuasiIdentifiers(list).map((q) => ({ header: PARTICIPANT_HEADERS[q], ...(q === 'registered' ? { minWidth: 12 } : {}) })),
        { header: 'I programmet i perioden' }, { header: 'Ny i perioden' }, { header: 'Fullført i perioden' }, { header: 'Avbrutt i perioden' },
        { header: 'Trinn ved periodens slutt' }, { header: 'Siste resultat i perioden' }, { header: 'Fått jobb' },
      ],
      rows: participantRows(counts, list),
    });
  }
  const hours = hoursRows(data);
  write({
    name: SHEETS.hours,
    columns: [{ header: 'Dato', numFmt: DATE_FORMAT, minWidth: 12 }, { header: 'Persontype' }, { header: 'Person', minWidth: 16 }, { header: 'Aktivitet' }, { header: 'Timer', numFmt: HOURS_FORMAT }, { header: 'Timesats (kr)', numFmt: MONEY_FORMAT }, { header: 'Verdi (kr)', numFmt: MONEY_FORMAT, minWidth: 12 }],
    ...hours,
  });
  write({
    name: SHEETS.about,
    // Definitions wrap within a printable width instead of shrinking the page to fit one long line.
    columns: [{ header: 'Felt', minWidth: 28, maxWidth: 34, wrap: true }, { header: 'Verdi', numFmt: COUNT_FORMAT, minWidth: 40, maxWidth: 95, wrap: true }],
    rows: aboutRows(data, counts, options, sheets, participantListText(options, list, k)),
    filter: false,
  });
  await workbook.commit();
  await done;
  return { bytes: Buffer.concat(chunks), sheets };
}
