import { z } from 'zod';
import { entityId } from '../../people/value-schemas.ts';
import { walkInSchema } from '../../events/event-input.ts';
import { consentText } from '../../kiosk/consent-text.ts';
import { enterProgrammeKiosk, kioskStatus, leaveKiosk, requireKiosk } from '../../kiosk/kiosk-control.ts';
import { method } from '../method.ts';

/**
 * The check-in kiosk. kiosk.enter (programme) or kit.open (event kit) starts it; from then on the
 * session answers only kiosk.*, app.info and vault.status (KIOSK_ACTIVE otherwise; running jobs are cancelled)
 * until kiosk.leave with a staff passphrase (programme) or the kit passphrase (kit).
 */
export const kioskHandlers = {
  'kiosk.enter': method(z.object({ eventId: entityId }), ({ eventId }, { session }) => enterProgrammeKiosk(session, eventId)),

  'kiosk.status': method(z.object({}), (_input, { session }) => kioskStatus(session), { passive: true }),

  /** Only the event's roster and walk-ins; folded (bjorn finds Bjørn); empty query → []. */
  'kiosk.search': method(z.object({ query: z.string().max(200), limit: z.number().int().min(1).max(100).default(20) }), ({ query, limit }, { session }) =>
    requireKiosk(session).search(query, limit),
  ),

  /** 'already' with the first check-in's time instead of a second check-in. */
  'kiosk.checkIn': method(z.object({ attendanceId: entityId }), ({ attendanceId }, { session }) => requireKiosk(session).checkIn(attendanceId)),

  /** Takes a check-in back within 30 s (KIOSK_UNDO_EXPIRED after); after a walk-in also the row, guest and consent it added (then null). */
  'kiosk.undo': method(z.object({ attendanceId: entityId }), ({ attendanceId }, { session }) => requireKiosk(session).undo(attendanceId)),

  /** Someone not on the roster: matched by e-mail or phone (programme) or kept for the merge (kit), consent recorded, checked in. */
  'kiosk.walkIn': method(walkInSchema, (input, { session }) => requireKiosk(session).walkIn(input)),

  'kiosk.consentText': method(z.object({ language: z.enum(['nb', 'en']).default('nb') }), ({ language }) => consentText(language)),

  'kiosk.leave': method(z.object({ passphrase: z.string().min(1).max(1024) }), async ({ passphrase }, ctx) => {
    await leaveKiosk(ctx, passphrase);
    return null;
  }),
};
