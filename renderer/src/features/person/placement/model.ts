import type { ApiOutput } from '../../../../../main/api/contract.ts';
import { addMonthsIso } from '../match/model.ts';
import type { Livelihood, PlacementStatus } from '../../../../../shared/placements.ts';

export type PlacementRow = ApiOutput<'placements.list'>[number];

export { LIVELIHOODS } from '../../../../../shared/placements.ts';
/** The statuses the form offers; completed and ended early come from ending the placement. */
export const FORM_STATUSES = ['planned', 'active', 'cancelled'] as const satisfies readonly PlacementStatus[];

/** The form's values, all text as the inputs hold them. */
export type PlacementFormValues = {
  organisationId: string;
  jobTitle: string;
  supervisorName: string;
  supervisorEmail: string;
  supervisorPhone: string;
  startsOn: string;
  endsOn: string;
  navAgreement: boolean;
  navOfficeId: string;
  navAdvisor: string;
  livelihood: string;
  status: (typeof FORM_STATUSES)[number];
  notes: string;
};

export function emptyValues(today: string): PlacementFormValues {
  return {
    organisationId: '',
    jobTitle: '',
    supervisorName: '',
    supervisorEmail: '',
    supervisorPhone: '',
    startsOn: today,
    endsOn: addMonthsIso(today, 3),
    navAgreement: false,
    navOfficeId: '',
    navAdvisor: '',
    livelihood: '',
    status: 'active',
    notes: '',
  };
}

export function valuesOf(row: PlacementRow): PlacementFormValues {
  return {
    organisationId: row.organisationId ?? '',
    jobTitle: row.jobTitle ?? '',
    supervisorName: row.supervisorName ?? '',
    supervisorEmail: row.supervisorEmail ?? '',
    supervisorPhone: row.supervisorPhone ?? '',
    startsOn: row.startsOn ?? '',
    endsOn: row.endsOn ?? '',
    navAgreement: row.navAgreement,
    navOfficeId: row.navOfficeId ?? '',
    navAdvisor: row.navAdvisor ?? '',
    livelihood: row.livelihood ?? '',
    status: (FORM_STATUSES as readonly string[]).includes(row.status) ? (row.status as PlacementFormValues['status']) : 'active',
    notes: row.notes ?? '',
  };
}

/** What the API takes: blanks as null; NAV office and veileder dropped without a NAV agreement. */
export function apiFields(v: PlacementFormValues) {
  const orNull = (s: string) => (s.trim() === '' ? null : s.trim());
  return {
    organisationId: orNull(v.organisationId),
    jobTitle: orNull(v.jobTitle),
    supervisorName: orNull(v.supervisorName),
    supervisorEmail: orNull(v.supervisorEmail),
    supervisorPhone: orNull(v.supervisorPhone),
    startsOn: v.startsOn,
    endsOn: v.endsOn,
    navAgreement: v.navAgreement,
    navOfficeId: v.navAgreement ? orNull(v.navOfficeId) : null,
    navAdvisor: v.navAgreement ? orNull(v.navAdvisor) : null,
    livelihood: (orNull(v.livelihood) as Livelihood | null) ?? null,
    notes: orNull(v.notes),
  };
}

/** The rule the form can check before asking (the API checks it again): the end after the start. */
export function endBeforeStart(v: Pick<PlacementFormValues, 'startsOn' | 'endsOn'>): boolean {
  return Boolean(v.startsOn && v.endsOn && v.endsOn <= v.startsOn);
}

/** Planned length outside 3–6 months (a warning, as the API replies). */
export function outsideUsualLength(v: Pick<PlacementFormValues, 'startsOn' | 'endsOn'>): boolean {
  if (!v.startsOn || !v.endsOn || endBeforeStart(v)) return false;
  return v.endsOn < addMonthsIso(v.startsOn, 3) || v.endsOn > addMonthsIso(v.startsOn, 6);
}

/** API_INVALID_INPUT details → { field: rule key } (placement.problems.*), by the last name in each path. */
export function problemsByField(details: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (!Array.isArray(details)) return out;
  for (const issue of details as { path?: unknown; message?: unknown }[]) {
    const field = typeof issue.path === 'string' ? issue.path.split('.').at(-1) : undefined;
    if (field && !(field in out)) out[field] = typeof issue.message === 'string' && /^[a-z_]+$/.test(issue.message) ? issue.message : 'invalid';
  }
  return out;
}
