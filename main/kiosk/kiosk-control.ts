import { KobleError } from '../../db/errors.ts';
import { openKitBackend } from '../event-kit/kit-backend.ts';
import type { Session } from '../session/session.ts';
import type { KioskEvent } from './backend.ts';
import { KioskSession, type KioskStatus } from './kiosk-session.ts';
import { programmeBackend } from './programme-backend.ts';

/** Starting, finding and leaving the kiosk that runs in a session (the API's kiosk and kit handlers call these). */

export function requireKiosk(session: Session): KioskSession {
  if (!session.kiosk) throw new KobleError('KIOSK_NOT_ACTIVE', 'The check-in kiosk is not running');
  return session.kiosk;
}

export function kioskStatus(session: Session): KioskStatus {
  return session.kiosk ? session.kiosk.status() : { mode: 'none' };
}

/** Kiosk mode for an event of the open programme. */
export function enterProgrammeKiosk(session: Session, eventId: string): KioskEvent {
  if (session.kiosk) throw new KobleError('KIOSK_ACTIVE', 'The check-in kiosk is running');
  const vault = session.requireVault();
  const kiosk = new KioskSession(programmeBackend(vault, eventId, session.staffId));
  // A job started before (a cohort plan, a report) must not run on or stay readable at the door.
  session.jobs.clear();
  session.kiosk = kiosk;
  return kiosk.event;
}

/** Kit mode: locks any open programme (the kit passphrase must never lead into it), then runs the kiosk against the kit file. */
export async function openKitMode(ctx: { session: Session }, path: string, passphrase: string): Promise<KioskEvent> {
  if (ctx.session.kiosk) throw new KobleError('KIOSK_ACTIVE', 'The check-in kiosk is running');
  const backend = await openKitBackend(ctx, path, passphrase);
  // Another kit.open (or kiosk.enter) finished while this one derived its key: refuse this one and close (wipe) it.
  if (ctx.session.kiosk) {
    backend.close();
    throw new KobleError('KIOSK_ACTIVE', 'The check-in kiosk is running');
  }
  ctx.session.lock();
  ctx.session.jobs.clear();
  ctx.session.kiosk = new KioskSession(backend);
  return backend.event;
}

/** Ends the kiosk after the passphrase check: a staff passphrase (programme) or the kit passphrase (kit, which closes). */
export async function leaveKiosk(ctx: { session: Session }, passphrase: string): Promise<void> {
  const kiosk = requireKiosk(ctx.session);
  await kiosk.backend.verifyLeave(ctx, passphrase);
  ctx.session.kiosk = null;
  kiosk.close();
}
