import { z } from 'zod';
import { dashboardSummary } from '../../dashboard/summary.ts';
import { isoDate } from '../../people/value-schemas.ts';
import { osloToday } from '../../../shared/oslo-day.ts';
import { method } from '../method.ts';

export const dashboardHandlers = {
  /** Oversikt: funnel, days in stage, outcomes by cohort, koblingsmøter, follow-ups and report deadlines due. */
  'dashboard.summary': method(z.object({ asOf: isoDate.optional() }), ({ asOf }, { session }) => dashboardSummary(session.requireVault().db, asOf ?? osloToday())),
};
