import { Alert, Button, Paragraph } from '@digdir/designsystemet-react';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/** How long the kiosk offers "Angre" after a check-in (the API allows 30 s). */
export const UNDO_SECONDS = 10;

export type Confirmed = {
  kind: 'checkedIn' | 'already' | 'walkIn' | 'undone';
  attendanceId: string;
  name: string;
  /** HH:mm in Oslo. */
  time: string;
  /** Epoch ms until which undo is offered; 0 for none. */
  undoUntil: number;
};

const COLOR = { checkedIn: 'success', walkIn: 'success', already: 'warning', undone: 'info' } as const;

/** The big answer after a check-in: who, when, and "Angre" for a few seconds. Announced by screen readers. */
export function Confirmation({ confirmed, onUndo, onExpired }: { confirmed: Confirmed | null; onUndo: (c: Confirmed) => void; onExpired: () => void }) {
  const { t } = useTranslation();
  const undoUntil = confirmed?.undoUntil ?? 0;

  useEffect(() => {
    if (undoUntil === 0) return;
    const timer = window.setTimeout(onExpired, Math.max(0, undoUntil - Date.now()));
    return () => window.clearTimeout(timer);
  }, [undoUntil, onExpired]);

  return (
    <div role="status" className="kiosk__confirmation" data-testid="kiosk-confirmation">
      {confirmed && (
        <Alert data-color={COLOR[confirmed.kind]} className="kiosk__alert">
          <Paragraph data-size="lg" className="kiosk__confirmation-text">
            {t(`kiosk.confirm.${confirmed.kind}`, { name: confirmed.name, time: confirmed.time })}
          </Paragraph>
          {undoUntil > 0 && (
            <Button variant="secondary" onClick={() => onUndo(confirmed)} data-testid="kiosk-undo">
              {t('kiosk.undo', { name: confirmed.name })}
            </Button>
          )}
        </Alert>
      )}
    </div>
  );
}
