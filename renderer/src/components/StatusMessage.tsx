import { Alert } from '@digdir/designsystemet-react';
import { ErrorAlert } from './ErrorAlert.tsx';

/** A form's outcome: the error, or a success line (a polite live region either way). */
export function StatusMessage({ error, done }: { error: unknown; done: string | null }) {
  if (error) return <ErrorAlert error={error} />;
  return (
    <div role="status" className="status-line">
      {done && <Alert data-color="success">{done}</Alert>}
    </div>
  );
}
