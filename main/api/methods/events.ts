/** Events, rosters and attendance (main/api/handlers/events.ts). */
export const EVENT_METHODS = [
  'events.list',
  'events.get',
  'events.create',
  'events.update',
  'events.remove',
  'events.roster',
  'events.invite',
  'events.addGuest',
  'events.setStatus',
  'events.removeFromRoster',
  'events.forPerson',
] as const;
