import { describe, expect, it } from 'vitest';
import { hashOfRoute, routeFromHash } from './route.ts';

describe('Arrangementer routes', () => {
  it('reads the list, an event, its sheet and its paper entry from the hash', () => {
    expect(routeFromHash('#/events')).toEqual({ eventId: null });
    expect(routeFromHash('#/events/ev%201')).toEqual({ eventId: 'ev 1', view: 'detail' });
    expect(routeFromHash('#/events/ev1/sheet')).toEqual({ eventId: 'ev1', view: 'sheet' });
    expect(routeFromHash('#/events/ev1/paper')).toEqual({ eventId: 'ev1', view: 'paper' });
    expect(routeFromHash('#/participants/ev1')).toEqual({ eventId: null });
  });

  it('writes what it reads', () => {
    for (const hash of ['#/events', '#/events/ev1', '#/events/ev1/sheet', '#/events/ev1/paper']) expect(hashOfRoute(routeFromHash(hash))).toBe(hash);
  });
});
