import { useEffect, useState } from 'react';
import type { ApiInput, ApiMethod, ApiOutput } from '../../../main/api/contract.ts';
import { call } from './client.ts';

/**
 * Calls a reading API method when the component shows and again when `key` changes; an answer
 * that arrives after the component left (or after a newer call) is dropped.
 */
export function useCall<M extends ApiMethod>(method: M, input: ApiInput<M>, key: string): { data: ApiOutput<M> | null; error: unknown } {
  const [data, setData] = useState<ApiOutput<M> | null>(null);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    let live = true;
    call(method, input).then(
      (value) => live && setData(value),
      (caught: unknown) => live && setError(caught),
    );
    return () => {
      live = false;
    };
    // `key` stands for the input: callers pass what identifies it (a person's id).
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [method, key]);
  return { data, error };
}
