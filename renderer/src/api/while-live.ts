/**
 * The stale-reply guard behind useApi, apart from React: hands a promise's outcome to `onData` or
 * `onError` unless `stop()` ran first (the component left, or a newer ask replaced this one).
 */
export function whileLive<T>(promise: Promise<T>, onData: (value: T) => void, onError: (error: unknown) => void): () => void {
  let live = true;
  promise.then(
    (value) => {
      if (live) onData(value);
    },
    (error: unknown) => {
      if (live) onError(error);
    },
  );
  return () => {
    live = false;
  };
}
