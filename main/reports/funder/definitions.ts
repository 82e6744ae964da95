/**
 * What every count in the funder report means, in the words that go into the workbook's
 * "Om rapporten" sheet. The counting (counts.ts, activity.ts, breakdowns.ts) follows these texts;
 * change both together.
 */
import { PROTECTION_WIDTH, SMALL_COUNT_MAX } from '../disclosure/cell-suppression.ts';
import type { EducationLevel, EventKind, Gender, HourActivity, ImmigrationReason, OutcomeCategory, OutcomeTimepoint, ProgressionScale, Stage, Track } from '../../../db/schema/index.ts';
import { HIDDEN_MARK } from '../../../shared/report-marks.ts';

/** Stages in which a participant takes part in the programme (not waiting, finished or dropped out). */
export const IN_PROGRAMME_STAGES: readonly Stage[] = ['registered', 'assessed', 'ready', 'intro_meeting', 'active'];

export const UNKNOWN = 'Ukjent';
export const OTHERS = 'Andre';
/** Largest groups shown by name in the country and municipality breakdowns; the rest are "Andre". */
export const TOP_GROUPS = 10;
export { SMALL_COUNT_MAX };
/** The one mark of every hidden cell (shared with the Rapporter screen's preview). */
export { HIDDEN_MARK };

export type KeyFigureKey =
  | 'participantsActive'
  | 'participantsNew'
  | 'participantsInMentoringOrPlacement'
  | 'participantsCompleted'
  | 'participantsDroppedOut'
  | 'mentorsActive'
  | 'mentorsNew'
  | 'matchesStarted'
  | 'matchesRunning'
  | 'matchesCompleted'
  | 'matchesEndedEarly'
  | 'placementsRunning'
  | 'placementsStarted'
  | 'placementsCompleted'
  | 'events'
  | 'attendance'
  | 'attendanceParticipants'
  | 'attendanceOtherParticipants'
  | 'attendanceMentors'
  | 'attendanceGuests'
  | 'walkIns'
  | 'uniqueParticipantsAtEvents'
  | 'outcomesRecorded'
  | 'gotJob'
  | 'hours'
  | 'hoursValue';

/** Label and definition of each key figure, and whether it counts people (and so can be hidden as "<3"). */
export const KEY_FIGURES: Record<KeyFigureKey, { area: string; label: string; definition: string; people: boolean }> = {
  participantsActive: {
    area: 'Deltakere', label: 'Deltakere i programmet i perioden', people: true,
    definition: 'Deltakere i tilskuddets omfang som minst én dag i perioden sto i trinnene registrert, kartlagt, klar for kobling, koblingsmøte eller aktiv, slik den daterte trinnhistorikken viser dem (trinnet en dag er den siste endringen med virkningsdato til og med den dagen). Venteliste, avsluttet, fulgt opp og avbrutt teller ikke.',
  },
  participantsNew: { area: 'Deltakere', label: 'Nye deltakere (registrert i perioden)', people: true, definition: 'Deltakere i tilskuddets omfang med registreringsdato i perioden.' },
  participantsInMentoringOrPlacement: { area: 'Deltakere', label: 'I mentorforløp eller praksis i perioden', people: true, definition: 'Deltakere som minst én dag i perioden sto i trinnet aktiv (mentorforløp og/eller praksis pågår).' },
  participantsCompleted: { area: 'Deltakere', label: 'Fullført i perioden', people: true, definition: 'Deltakere som gikk over til trinnet avsluttet med virkningsdato i perioden.' },
  participantsDroppedOut: { area: 'Deltakere', label: 'Avbrutt i perioden', people: true, definition: 'Deltakere som gikk over til trinnet avbrutt med virkningsdato i perioden. De telles også som deltakere i perioden for dagene før de avbrøt.' },
  mentorsActive: { area: 'Mentorer', label: 'Aktive mentorer', people: true, definition: 'Mentorer med minst én kobling til en deltaker i tilskuddets omfang som pågikk en dag i perioden (startet senest siste dag og ikke avsluttet før første dag).' },
  mentorsNew: { area: 'Mentorer', label: 'Nye mentorer', people: true, definition: 'Aktive mentorer med registreringsdato i perioden.' },
  matchesStarted: { area: 'Koblinger', label: 'Koblinger startet', people: true, definition: 'Bekreftede koblinger med startdato (ellers bekreftelsesdato) i perioden.' },
  matchesRunning: { area: 'Koblinger', label: 'Koblinger som pågikk i perioden', people: true, definition: 'Bekreftede koblinger som pågikk minst én dag i perioden.' },
  matchesCompleted: { area: 'Koblinger', label: 'Koblinger fullført', people: true, definition: 'Koblinger avsluttet som planlagt med sluttdato i perioden.' },
  matchesEndedEarly: { area: 'Koblinger', label: 'Koblinger avsluttet før tiden', people: true, definition: 'Koblinger avsluttet før tiden med sluttdato i perioden.' },
  placementsRunning: { area: 'Praksis', label: 'Praksisplasser som pågikk i perioden', people: true, definition: 'Praksisplasser (aktive, fullførte eller avbrutt underveis) som pågikk minst én dag i perioden. Planlagte og avlyste telles ikke.' },
  placementsStarted: { area: 'Praksis', label: 'Praksisplasser startet', people: true, definition: 'Praksisplasser som har startet (aktive, fullførte eller avbrutt underveis) med startdato i perioden. Planlagte og avlyste praksisplasser har ikke startet og telles ikke.' },
  placementsCompleted: { area: 'Praksis', label: 'Praksisplasser fullført', people: true, definition: 'Praksisplasser fullført med sluttdato i perioden.' },
  events: { area: 'Arrangementer', label: 'Arrangementer i alt', people: false, definition: 'Arrangementer knyttet til tilskuddet, og arrangementer for et kull tilskuddet finansierer som ikke er knyttet til et annet tilskudd, med startdag (norsk tid) i perioden.' },
  attendance: { area: 'Arrangementer', label: 'Oppmøte i alt', people: false, definition: 'Registreringer med status møtt på disse arrangementene (en person på tre arrangementer teller tre): tilskuddets deltakere, deltakere fra andre kull, mentorer og gjester.' },
  attendanceParticipants: { area: 'Arrangementer', label: 'Oppmøte: deltakere', people: false, definition: 'Oppmøte av tilskuddets deltakere: deltakere i kullene tilskuddet finansierer (for et tilskudd uten kull: alle deltakere som møtte).' },
  attendanceOtherParticipants: { area: 'Arrangementer', label: 'Oppmøte: deltakere fra andre kull', people: false, definition: 'Oppmøte av deltakere i kull tilskuddet ikke finansierer, på tilskuddets arrangementer. Inngår i oppmøtet i alt, ikke i tilskuddets deltakere.' },
  attendanceMentors: { area: 'Arrangementer', label: 'Oppmøte: mentorer', people: false, definition: 'Oppmøte der personen er registrert som mentor.' },
  attendanceGuests: { area: 'Arrangementer', label: 'Oppmøte: gjester', people: false, definition: 'Oppmøte av gjester (arbeidsgivere, foredragsholdere, walk-ins som ikke er deltakere eller mentorer). Gjester telles aldri som deltakere.' },
  walkIns: { area: 'Arrangementer', label: 'Herav registrert i døra (walk-in)', people: false, definition: 'Oppmøte registrert i døra på arrangementet (walk-in), uansett persontype; inngår i oppmøtet over.' },
  uniqueParticipantsAtEvents: { area: 'Arrangementer', label: 'Ulike deltakere som møtte', people: true, definition: 'Antall forskjellige av tilskuddets deltakere (som for «Oppmøte: deltakere») med minst ett oppmøte på arrangementene.' },
  outcomesRecorded: { area: 'Resultater', label: 'Deltakere med registrert resultat i perioden', people: true, definition: 'Deltakere i tilskuddets omfang med minst ett resultat (ved avslutning, etter 3 eller 6 måneder) datert i perioden. Hver deltaker telles én gang, med det siste resultatet i perioden.' },
  gotJob: { area: 'Resultater', label: 'Fått jobb', people: true, definition: 'Deltakere der siste resultat i perioden er fast jobb (relevant eller annen) eller midlertidig jobb. Summen av de tre linjene.' },
  hours: { area: 'Egenandel', label: 'Timer (egenandel)', people: false, definition: 'Timer i timelisten knyttet til tilskuddet med dato i perioden: ansatte, mentorer og frivillige.' },
  hoursValue: { area: 'Egenandel', label: 'Verdi av timene (kr)', people: false, definition: 'Timer ganger timesatsen registrert på hver rad; rader uten sats teller 0 kr.' },
};

export const BREAKDOWN_DEFINITION =
  'Fordelingene gjelder deltakere i programmet i perioden, og hver fordeling summerer til det tallet. Alder og botid regnes ved periodens slutt (år minus fødselsår / ankomstår). Landbakgrunn og kommune viser de største gruppene ved navn og resten som «Andre». «Ukjent» er deltakere uten opplysningen, blant dem slettede personer, som bare beholder kjønn, fødselsår, fagfelt, spor, kull og datoer.';

export const GENDER_LABELS: Record<Gender, string> = { female: 'Kvinne', male: 'Mann', other: 'Annet', unknown: UNKNOWN };

export const AGE_GROUPS: readonly { label: string; min: number; max: number }[] = [
  { label: 'Under 25 år', min: 0, max: 24 },
  { label: '25–34 år', min: 25, max: 34 },
  { label: '35–44 år', min: 35, max: 44 },
  { label: '45–54 år', min: 45, max: 54 },
  { label: '55 år og eldre', min: 55, max: 200 },
];

export const RESIDENCE_GROUPS: readonly { label: string; min: number; max: number }[] = [
  { label: 'Under 2 år', min: 0, max: 1 },
  { label: '2–4 år', min: 2, max: 4 },
  { label: '5–9 år', min: 5, max: 9 },
  { label: '10 år eller mer', min: 10, max: 200 },
];

/** SSB's innvandringsgrunn; "uoppgitt" is reported as Ukjent. */
export const IMMIGRATION_LABELS: Record<Exclude<ImmigrationReason, 'UKJ'>, string> = { FLU: 'Flukt', FAM: 'Familie', ARB: 'Arbeid', UTD: 'Utdanning', ANN: 'Annet' };

export const EDUCATION_LABELS: Record<EducationLevel, string> = {
  upper_secondary: 'Videregående',
  trade_certificate: 'Fagbrev',
  bachelor: 'Bachelor',
  master: 'Master',
  phd: 'Ph.d.',
  other: 'Annet',
};

export const TRACK_LABELS: Record<Track, string> = { mentor: 'Mentor', placement: 'Praksis', both: 'Mentor og praksis' };

export const STAGE_LABELS: Record<Stage, string> = {
  registered: 'Registrert',
  assessed: 'Kartlagt',
  ready: 'Klar for kobling',
  intro_meeting: 'Koblingsmøte',
  active: 'Aktiv',
  completed: 'Avsluttet',
  followed_up: 'Fulgt opp',
  dropped_out: 'Avbrutt',
  waiting_list: 'Venteliste',
};

export const EVENT_KIND_LABELS: Record<EventKind, string> = {
  inspirasjonsmote: 'Inspirasjonsmøte',
  nettverkstreff: 'Nettverkstreff',
  sprakkafe: 'Språkkafé',
  kurs: 'Kurs',
  konferanse: 'Konferanse',
  annet: 'Annet',
};

export const OUTCOME_LABELS: Record<OutcomeCategory, string> = {
  fast_relevant: 'Fast jobb, relevant for utdanningen',
  fast_other: 'Fast jobb, annen',
  temporary: 'Midlertidig jobb',
  placement: 'Praksis',
  apprenticeship: 'Lærlingplass',
  education: 'Utdanning',
  job_seeking: 'Arbeidssøkende',
  dropped_out: 'Avbrutt',
  other: 'Annet',
  unknown: UNKNOWN,
};

export const TIMEPOINT_LABELS: Record<OutcomeTimepoint, string> = { exit: 'Ved avslutning', '3m': 'Etter 3 måneder', '6m': 'Etter 6 måneder' };

export const SCALE_LABELS: Record<ProgressionScale, string> = {
  norwegianAtWork: 'Norsk på jobb',
  professionalNetwork: 'Faglig nettverk',
  workingLifeKnowledge: 'Kjennskap til norsk arbeidsliv',
  jobSeeking: 'Jobbsøking',
  beliefInChances: 'Tro på egne muligheter',
};

export const PROGRESSION_DEFINITION =
  'Egenvurdering på skala 1–5. Tallene gjelder deltakere i tilskuddets omfang med sluttskjema utfylt i perioden og et startskjema; n er dem som svarte på skalaen i begge. Snitt er gjennomsnitt med to desimaler, endring er snitt slutt minus snitt start, og «forbedret» er andelen med høyere svar ved slutt enn ved start.';

export const ACTIVITY_LABELS: Record<HourActivity, string> = {
  coordination: 'Koordinering',
  follow_up: 'Oppfølging',
  mentoring: 'Mentoring',
  event: 'Arrangement',
  course: 'Kurs',
  administration: 'Administrasjon',
  reporting: 'Rapportering',
  other: 'Annet',
};

export const PERSON_KIND_LABELS = { staff: 'Ansatt', mentor: 'Mentor', volunteer: 'Frivillig', none: UNKNOWN } as const;

export const SCOPE_DEFINITION = {
  cohorts: 'Tilskuddet finansierer kull: deltakerne i disse kullene er tilskuddets deltakere.',
  events: 'Tilskuddet finansierer ingen kull: deltakerne som møtte på et av tilskuddets arrangementer i perioden er tilskuddets deltakere.',
} as const;

export const SUPPRESSION_DEFINITION =
  `«${HIDDEN_MARK}» betyr at tallet er skjult av personvernhensyn (samme tegn som SSB bruker). Antall personer fra 1 til ${SMALL_COUNT_MAX} skjules (primærprikking; 0 vises, for 0 er ingen person). Deretter skjules flere tall (sekundærprikking, minste tall først) til ingen skjult celle kan regnes ut fra summer, delsummer eller tall som gjentas på andre ark: hver skjult celle kan ut fra alt som vises ligge på minst ${PROTECTION_WIDTH + 1} ulike heltall (kontrollert med lineærprogrammering). Alle skjulte celler har samme tegn, så tegnet sier ikke om tallet er lite. Oppmøte på arrangementer og timer er aktivitet, ikke personer, og vises alltid. Deltakerlisten er utelatt, fordi en liste per person ville vist de skjulte tallene.`;

export const ERASURE_DEFINITION =
  'Slettede personer (personvern) er med i tallene som anonyme tall: kjønn, fødselsår, fagfelt, spor, kull, trinnhistorikk, koblinger, resultater og oppmøte er beholdt. Landbakgrunn, kommune, innvandringsgrunn, botid og utdanning er fjernet og telles som «Ukjent». De står ikke i deltakerlisten.';
