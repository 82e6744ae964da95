import type { ApiError } from './envelope.ts';
import type { Session } from '../session/session.ts';

/** What a running kiosk still answers: the kiosk itself and passive status calls (not jobs: a plan's result is programme data). */
const ALLOWED = new Set(['app.info', 'vault.status']);

/** KIOSK_ACTIVE for every other method while the kiosk runs (programme or kit mode); null when the call may go on. */
export function kioskRefusal(session: Session, method: string): ApiError | null {
  if (!session.kiosk || method.startsWith('kiosk.') || ALLOWED.has(method)) return null;
  return { code: 'KIOSK_ACTIVE', message: 'The check-in kiosk is running; leave it with a staff passphrase first' };
}
