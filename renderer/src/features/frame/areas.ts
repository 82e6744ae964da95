/** The app's areas in menu order; the hash is `#/<area>`. Later issues fill the placeholders. */
export const AREAS = ['overview', 'participants', 'mentors', 'matching', 'events', 'reports', 'settings'] as const;
export type Area = (typeof AREAS)[number];
export const DEFAULT_AREA: Area = 'overview';

export function areaFromHash(hash: string): Area | null {
  const name = hash.replace(/^#\/?/, '');
  return (AREAS as readonly string[]).includes(name) ? (name as Area) : null;
}

export function hashOf(area: Area): string {
  return `#/${area}`;
}
