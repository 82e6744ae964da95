import { Button } from '@digdir/designsystemet-react';
import { ErrorAlert } from './ErrorAlert.tsx';

type Props = {
  error: unknown;
  busy: boolean;
  sendLabel: string;
  busyLabel: string;
  backLabel: string;
  onBack: () => void;
};

/** The end of a start-screen form: what went wrong, then send (busy while sending) and the way back. */
export function FormSendButtons({ error, busy, sendLabel, busyLabel, backLabel, onBack }: Props) {
  return (
    <>
      <ErrorAlert error={error} />
      <div className="button-row">
        <Button type="submit" loading={busy} disabled={busy}>
          {busy ? busyLabel : sendLabel}
        </Button>
        <Button type="button" variant="tertiary" onClick={onBack} disabled={busy}>
          {backLabel}
        </Button>
      </div>
    </>
  );
}
