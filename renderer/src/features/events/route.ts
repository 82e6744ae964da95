import { useCallback, useEffect, useState } from 'react';

/** Where in Arrangementer: the list, one event, its sign-in sheet or the paper entry. */
export type EventsRoute = { eventId: null } | { eventId: string; view: 'detail' | 'sheet' | 'paper' };

export function routeFromHash(hash: string = window.location.hash): EventsRoute {
  const match = /^#\/events\/([^/?#]+)(?:\/(sheet|paper))?/.exec(hash);
  if (!match) return { eventId: null };
  return { eventId: decodeURIComponent(match[1]!), view: (match[2] as 'sheet' | 'paper' | undefined) ?? 'detail' };
}

export function hashOfRoute(route: EventsRoute): string {
  if (route.eventId === null) return '#/events';
  const base = `#/events/${encodeURIComponent(route.eventId)}`;
  return route.view === 'detail' ? base : `${base}/${route.view}`;
}

export function useEventsRoute(): [EventsRoute, (next: EventsRoute) => void] {
  const [route, setRoute] = useState(routeFromHash);
  useEffect(() => {
    const onChange = () => setRoute(routeFromHash());
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  const go = useCallback((next: EventsRoute) => {
    window.location.hash = hashOfRoute(next);
    setRoute(next);
  }, []);
  return [route, go];
}
