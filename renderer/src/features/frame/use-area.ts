import { useCallback, useEffect, useState } from 'react';
import { DEFAULT_AREA, areaFromHash, hashOf, type Area } from './areas.ts';

/** The current area from the URL hash; other hashes (e.g. a skip link's #main) leave it as is. */
export function useArea(): [Area, (area: Area) => void] {
  const [area, setArea] = useState<Area>(() => areaFromHash(window.location.hash) ?? DEFAULT_AREA);

  useEffect(() => {
    const onChange = () => {
      const next = areaFromHash(window.location.hash);
      if (next) setArea(next);
    };
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);

  const navigate = useCallback((next: Area) => {
    window.location.hash = hashOf(next);
    setArea(next);
  }, []);

  return [area, navigate];
}
