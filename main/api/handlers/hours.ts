import { z } from 'zod';
import { hoursAddSchema, hoursChangesSchema, hoursListSchema, hoursTotalsSchema } from '../../hours/hours-input.ts';
import { addHours, hoursTotals, listHours, removeHours, updateHours } from '../../hours/hours-repository.ts';
import { getRates, setRates } from '../../hours/rate-settings.ts';
import { hourlyRatesSchema } from '../../hours/rates.ts';
import { entityId } from '../../people/value-schemas.ts';
import { method } from '../method.ts';

export const hoursHandlers = {
  /** The timesheet, newest first; optionally one grant and a period. */
  'hours.list': method(hoursListSchema, (filter, { session }) => listHours(session.requireVault().db, filter)),

  /** Exactly one of staffId, mentorId, volunteerName. hourlyValue omitted → the person's rate, else the rule, else the default. */
  'hours.add': method(hoursAddSchema, (input, { session }) => addHours(session.requireVault().db, input, session.staffId)),

  'hours.update': method(z.object({ hoursId: entityId, changes: hoursChangesSchema }), ({ hoursId, changes }, { session }) =>
    updateHours(session.requireVault().db, hoursId, changes, session.staffId),
  ),

  'hours.remove': method(z.object({ hoursId: entityId }), ({ hoursId }, { session }) => removeHours(session.requireVault().db, hoursId, session.staffId)),

  /** Hours and value in a period, by activity and by kind of person. */
  'hours.totals': method(hoursTotalsSchema, (filter, { session }) => hoursTotals(session.requireVault().db, filter)),

  'hours.getRates': method(z.object({}), (_input, { session }) => getRates(session.requireVault().db)),

  /** Replaces the rates; hours already entered keep their value. */
  'hours.setRates': method(hourlyRatesSchema, (rates, { session }) => setRates(session.requireVault().db, rates, session.staffId)),
};
