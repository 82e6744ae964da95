import { useCallback, useEffect, useState } from 'react';

/** `#/participants/<id>` opens a participant's detail panel over the grid; `#/mentors/<id>` a mentor row. */
export function idFromHash(area: 'participants' | 'mentors', hash: string = window.location.hash): string | null {
  const match = new RegExp(`^#/${area}/([^/?#]+)`).exec(hash);
  return match ? decodeURIComponent(match[1]!) : null;
}

export function personHash(area: 'participants' | 'mentors', id: string | null): string {
  return id ? `#/${area}/${encodeURIComponent(id)}` : `#/${area}`;
}

export function useHashId(area: 'participants' | 'mentors'): [string | null, (id: string | null) => void] {
  const [id, setId] = useState(() => idFromHash(area));
  useEffect(() => {
    const onChange = () => setId(idFromHash(area));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, [area]);
  const open = useCallback(
    (next: string | null) => {
      window.location.hash = personHash(area, next);
      setId(next);
    },
    [area],
  );
  return [id, open];
}
