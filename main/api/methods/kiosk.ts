/** The check-in kiosk at the door, against the programme or an event kit (main/api/handlers/kiosk.ts). */
export const KIOSK_METHODS = [
  'kiosk.enter',
  'kiosk.status',
  'kiosk.search',
  'kiosk.checkIn',
  'kiosk.undo',
  'kiosk.walkIn',
  'kiosk.consentText',
  'kiosk.leave',
] as const;
