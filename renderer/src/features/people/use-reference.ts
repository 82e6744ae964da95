import { useMemo } from 'react';
import { call } from '../../api/client.ts';
import { useApi } from '../../api/use-api.ts';
import type { Cohort, ReferenceLists } from '../../api/people.ts';
import type { Lookups } from './columns.tsx';

let cached: Promise<ReferenceLists> | null = null;

/** reference.lists once per page load (municipalities, countries, fields do not change while open). */
export function loadReference(): Promise<ReferenceLists> {
  cached ??= call('reference.lists', {}).catch((error: unknown) => {
    cached = null;
    throw error;
  });
  return cached;
}

/** After an office adds or removes its own values: the next loadReference() asks again. */
export function forgetReference(): void {
  cached = null;
}

export function useReference(): { reference: ReferenceLists | null; lookups: Lookups } {
  const reference = useApi(loadReference, []).data;
  const lookups = useMemo<Lookups>(() => {
    const fields = new Map((reference?.fields ?? []).map((item) => [item.code, item.name]));
    const countries = new Map((reference?.countries ?? []).map((item) => [item.code, item.name]));
    const municipalities = new Map((reference?.municipalities ?? []).map((item) => [item.number, item.name]));
    return {
      fieldName: (code) => (code ? (fields.get(code) ?? code) : ''),
      countryName: (code) => (code ? (countries.get(code) ?? code) : ''),
      municipalityName: (number) => (number ? (municipalities.get(number) ?? number) : ''),
    };
  }, [reference]);
  return { reference, lookups };
}

export function useCohorts(): Cohort[] {
  return useApi(() => call('cohorts.list', {}), []).data ?? [];
}
