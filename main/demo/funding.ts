import type { EventKind, NewGrant } from '../../db/schema/index.ts';
import type { DemoCohort } from './cohorts.ts';
import type { DemoContext } from './context.ts';
import { osloInstant, yearOf } from './dates.ts';
import { addDays } from '../../shared/calendar-date.ts';

export type DemoGrants = {
  all: NewGrant[];
  /** The grant that pays for activity on a date (the county's, else IMDi's, else the foundation's). */
  forDate(date: string): string | null;
  /** The grant that pays for an event: språkkafé from IMDi, nettverkstreff and kurs from the foundation, the rest from the county (else as forDate). */
  forEvent(kind: EventKind, date: string): string | null;
};

type GrantInput = Omit<NewGrant, 'id' | 'createdAt' | 'updatedAt'> & { periodStart: string; periodEnd: string };

/** A yearly county grant for three years, an IMDi grant this year and a two-year foundation grant. */
export function generateGrants(ctx: DemoContext, cohorts: readonly DemoCohort[], countyName: string): DemoGrants {
  const year = yearOf(ctx.today);
  const inputs: GrantInput[] = [];
  for (let y = year - 2; y <= year; y++) {
    inputs.push({
      funder: 'county', funderName: countyName, scheme: 'Mentor- og traineeordning for innvandrere',
      caseNumber: `${y}/${ctx.rng.int(1000, 9999)}-${ctx.rng.int(1, 12)}`, amount: ctx.rng.int(6, 12) * 100_000,
      periodStart: `${y}-01-01`, periodEnd: `${y}-12-31`, notes: null,
    });
  }
  inputs.push({
    funder: 'imdi', funderName: 'IMDi', scheme: 'Tilskudd til integreringsarbeid i regi av frivillige organisasjoner',
    caseNumber: `${year - 1}-${String(ctx.rng.int(1, 99999)).padStart(5, '0')}`, amount: ctx.rng.int(3, 8) * 50_000,
    periodStart: `${year}-01-01`, periodEnd: `${year}-12-31`, notes: null,
  });
  inputs.push({
    funder: 'foundation', funderName: 'Kavlifondet', scheme: 'Inkludering i arbeidslivet',
    caseNumber: `AB-${year - 1}-${ctx.rng.int(10, 99)}`, amount: 450_000,
    periodStart: `${year - 1}-07-01`, periodEnd: `${year + 1}-06-30`, notes: 'Finansierer nettverkstreff og kurs.',
  });

  const all: NewGrant[] = inputs.map((input) => {
    const createdAt = osloInstant(addDays(input.periodStart, -30), 10);
    return { ...input, id: ctx.ids.uuid(), createdAt, updatedAt: createdAt };
  });
  ctx.rows.grants.push(...all);

  for (const grant of all) {
    const periodEnd = grant.periodEnd as string;
    const finalDue = grant.funder === 'imdi' ? `${yearOf(periodEnd) + 1}-02-15` : `${yearOf(periodEnd) + 1}-03-01`;
    if (grant.funder === 'foundation') {
      ctx.rows.grantDeadlines.push({
        id: ctx.ids.uuid(), grantId: grant.id as string, kind: 'interim_report', dueOn: `${yearOf(periodEnd)}-01-31`,
        description: 'Delrapport etter første år', doneOn: `${yearOf(periodEnd)}-01-31` <= ctx.today ? `${yearOf(periodEnd)}-01-28` : null,
        createdAt: grant.createdAt as string,
      });
    }
    ctx.rows.grantDeadlines.push({
      id: ctx.ids.uuid(), grantId: grant.id as string, kind: 'report', dueOn: finalDue,
      description: grant.funder === 'county' ? 'Rapport og regnskap til fylkeskommunen' : 'Sluttrapport',
      doneOn: finalDue <= ctx.today ? addDays(finalDue, -ctx.rng.int(1, 10)) : null,
      createdAt: grant.createdAt as string,
    });
    for (const cohort of cohorts) {
      const funds = grant.funder === 'county'
        ? yearOf(cohort.startsOn) === yearOf(grant.periodStart as string)
        : cohort.startsOn <= periodEnd && cohort.endsOn >= (grant.periodStart as string);
      if (funds) ctx.rows.grantCohorts.push({ grantId: grant.id as string, cohortId: cohort.id });
    }
  }

  // An open deadline inside the dashboard's 60-day window: IMDi's application for next year, three to six weeks ahead.
  const imdi = all.find((g) => g.funder === 'imdi');
  if (imdi) {
    ctx.rows.grantDeadlines.push({
      id: ctx.ids.uuid(), grantId: imdi.id as string, kind: 'application', dueOn: addDays(ctx.today, ctx.rng.int(21, 45)),
      description: 'Søknad om videreføring neste år', doneOn: null, createdAt: imdi.createdAt as string,
    });
  }

  const byPriority = ['county', 'imdi', 'foundation'] as const;
  const running = (funder: string, date: string) => all.find((g) => g.funder === funder && (g.periodStart as string) <= date && date <= (g.periodEnd as string));
  const forDate = (date: string): string | null => {
    for (const funder of byPriority) {
      const grant = running(funder, date);
      if (grant) return grant.id as string;
    }
    return null;
  };
  const EVENT_FUNDER: Partial<Record<EventKind, string>> = { sprakkafe: 'imdi', nettverkstreff: 'foundation', kurs: 'foundation' };
  return {
    all,
    forDate,
    forEvent(kind: EventKind, date: string): string | null {
      const funder = EVENT_FUNDER[kind];
      return ((funder ? running(funder, date)?.id : undefined) as string | undefined) ?? forDate(date);
    },
  };
}
