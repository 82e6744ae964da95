/**
 * An invitation against the event's capacity: how many of the newly invited get a place, how
 * many go on the waiting list, and how far over the capacity the roster would go if everyone
 * were simply registered. Places are taken by those registered or attended.
 */
export type CapacityPlan = {
  capacity: number | null;
  /** Places already taken (registered or attended) before this invitation. */
  taken: number;
  /** People this invitation would add (not already on the roster). */
  inviting: number;
  /** Places over the capacity if everyone invited is registered; 0 when it fits or there is no capacity. */
  over: number;
  /** Registered now: everyone, or with a waiting list only up to the free places. */
  register: number;
  waitlist: number;
};

export function capacityPlan(input: { capacity: number | null; taken: number; inviting: number; useWaitingList: boolean }): CapacityPlan {
  const { capacity, taken, inviting, useWaitingList } = input;
  const free = capacity === null ? inviting : Math.max(0, capacity - taken);
  const over = capacity === null ? 0 : Math.max(0, taken + inviting - capacity);
  const register = useWaitingList ? Math.min(inviting, free) : inviting;
  return { capacity, taken, inviting, over, register, waitlist: inviting - register };
}
