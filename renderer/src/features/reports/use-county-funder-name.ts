import { useEffect, useState } from 'react';
import { call } from '../../api/client.ts';

/** The programme setting a county grant's funder name defaults to (e.g. "Telemark fylkeskommune"); '' when unset. */
export function useCountyFunderName(): string {
  const [name, setName] = useState('');
  useEffect(() => {
    call('settings.get', {}).then(
      (settings) => setName(settings.countyFunderName ?? ''),
      () => undefined,
    );
  }, []);
  return name;
}
