import { z } from 'zod';
import { entityId, isoDate, optionalText } from '../../people/value-schemas.ts';
import { isIntroMeetingTime } from './transitions.ts';

/** A koblingsmøte's time: YYYY-MM-DD, or the local date and time YYYY-MM-DDTHH:MM. */
export const introMeetingTime = z.string().refine(isIntroMeetingTime, 'Expected a date as YYYY-MM-DD or a date and time as YYYY-MM-DDTHH:MM');

export const bookIntroMeetingSchema = z.object({
  matchId: entityId,
  introMeetingAt: introMeetingTime.nullable(),
  introMeetingPlace: optionalText(200),
});

export const updateActiveMatchSchema = z.object({ matchId: entityId, goals: optionalText(2000).optional(), plannedEndOn: isoDate.optional() });

export const matchMeetingsSchema = z.object({ matchId: entityId });
