/**
 * The kiosk is a screen of its own (App.tsx): the events page and the start screen ask for it
 * here, and the app switches to it. Also: what a reload finds (kiosk.status) and full screen.
 */
import { eventsCall, type KioskEvent } from '../events/api.ts';

export type KioskScreenState = { name: 'kiosk'; mode: 'kiosk' | 'kit'; event: KioskEvent };
type Listener = (screen: KioskScreenState) => void;

const listeners = new Set<Listener>();

/** App.tsx listens: the kiosk (or a kit) was entered, show the kiosk screen. */
export function onKioskStarted(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function kioskStarted(mode: 'kiosk' | 'kit', event: KioskEvent): void {
  for (const listener of listeners) listener({ name: 'kiosk', mode, event });
}

/** After a reload: the session is still in the kiosk or a kit, so the kiosk screen comes back. */
export async function activeKiosk(): Promise<KioskScreenState | null> {
  try {
    const status = await eventsCall('kiosk.status', {});
    if (status.mode === 'none' || !status.eventId) return null;
    return { name: 'kiosk', mode: status.mode, event: { eventId: status.eventId, title: status.title ?? '', startsAt: status.startsAt ?? '' } };
  } catch {
    return null;
  }
}

/** Full screen for the door (needs the click that started the kiosk); a refusal leaves the window as it is. */
export function enterFullscreen(): void {
  const root = document.documentElement;
  if (document.fullscreenElement || typeof root.requestFullscreen !== 'function') return;
  root.requestFullscreen().catch(() => undefined);
}

export function leaveFullscreen(): void {
  if (document.fullscreenElement && typeof document.exitFullscreen === 'function') document.exitFullscreen().catch(() => undefined);
}
