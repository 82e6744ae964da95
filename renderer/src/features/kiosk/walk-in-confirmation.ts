import type { ApiOutput } from '../../../../main/api/contract.ts';
import { personName } from '../events/api.ts';

export type WalkInReply = ApiOutput<'kiosk.walkIn'>;

/** What the kiosk shows after the walk-in form (the shape of Confirmation.tsx's `Confirmed`). */
export type WalkInConfirmed = { kind: 'walkIn' | 'already'; attendanceId: string; name: string; time: string; undoUntil: number };

/**
 * A walk-in who was checked in already gets "already checked in at 18:04" and nothing to undo
 * (there is nothing their form changed); a new one gets the welcome and undo until `undoUntil`.
 */
export function walkInConfirmation(reply: WalkInReply, time: (instant: string | null) => string, undoUntil: number): WalkInConfirmed {
  return {
    kind: reply.already ? 'already' : 'walkIn',
    attendanceId: reply.attendanceId,
    name: personName(reply),
    time: time(reply.checkedInAt),
    undoUntil: reply.already ? 0 : undoUntil,
  };
}
