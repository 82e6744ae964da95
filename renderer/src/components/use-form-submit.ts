import { useState, type FormEvent } from 'react';

/**
 * A start-screen form (new programme, join, recover): the first send turns on the field errors;
 * nothing is sent while `ready()` is false; busy while sending, and it stays busy on success
 * because the screen is replaced; an error is kept for the ErrorAlert and the form is usable again.
 */
export function useFormSubmit(ready: () => boolean, send: () => Promise<void>) {
  const [submitted, setSubmitted] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSubmitted(true);
    if (!ready()) return;
    setBusy(true);
    setError(null);
    try {
      await send();
    } catch (caught) {
      setError(caught);
      setBusy(false);
    }
  }

  return { submitted, busy, error, setError, submit };
}
