/** The app's areas in menu order; the hash is `#/<area>`. */
export const AREAS = ['overview', 'participants', 'mentors', 'matching', 'events', 'mail', 'reports', 'settings'] as const;
export type Area = (typeof AREAS)[number];
export const DEFAULT_AREA: Area = 'overview';

export function areaFromHash(hash: string): Area | null {
  // `#/participants/<id>` is still the participants area (with a person open).
  const name = hash.replace(/^#\/?/, '').split(/[/?]/)[0] ?? '';
  return (AREAS as readonly string[]).includes(name) ? (name as Area) : null;
}

export function hashOf(area: Area): string {
  return `#/${area}`;
}
