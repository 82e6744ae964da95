import { useCallback, useEffect, useEffectEvent, useState, type DependencyList } from 'react';
import { whileLive } from './while-live.ts';

export interface Answer<T> {
  /** The latest answer, kept while a newer ask is under way; null until the first. */
  data: T | null;
  /** Why the latest ask failed; null after an answer. */
  error: unknown;
  /** Asks again with the same input (after the screen changed something). */
  reload: () => void;
}

/** For screens that keep the answer in state of their own: told only of answers that still count. */
export interface OnAnswer<T> {
  onData?: (value: T) => void;
  onError?: (error: unknown) => void;
}

/**
 * The one way a screen reads from the API: `load` runs when the component shows, again when a
 * value in `deps` changes (lint checks the list, as for useEffect) and on reload(). An answer that
 * arrives after the component left, or after a newer ask, is dropped. `load` is a call
 * (`() => call('mentors.get', { id })`), several at once (Promise.all), a cached list, or null when
 * there is nothing to ask yet (what was shown stays).
 */
export function useApi<T>(load: () => Promise<T> | null, deps: DependencyList, on: OnAnswer<T> = {}): Answer<T> {
  const [answer, setAnswer] = useState<{ data: T | null; error: unknown }>({ data: null, error: null });
  const [reloads, setReloads] = useState(0);
  const ask = useEffectEvent(load);
  const answered = useEffectEvent((value: T) => {
    setAnswer({ data: value, error: null });
    on.onData?.(value);
  });
  const failed = useEffectEvent((error: unknown) => {
    setAnswer((previous) => ({ data: previous.data, error }));
    on.onError?.(error);
  });

  useEffect(
    () => {
      const promise = ask();
      return promise ? whileLive(promise, answered, failed) : undefined;
    },
    // The caller's deps (checked by lint at the call) and the reload count.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [...deps, reloads],
  );

  const reload = useCallback(() => setReloads((n) => n + 1), []);
  return { data: answer.data, error: answer.error, reload };
}
