import { z } from 'zod';
import { method } from '../method.ts';
import { overviewSummary } from '../../overview/summary.ts';
import { osloToday } from '../../../shared/oslo-day.ts';

export const overviewHandlers = {
  'overview.summary': method(z.object({}), (_input, { session }) => overviewSummary(session.requireVault().db, osloToday())),
};
