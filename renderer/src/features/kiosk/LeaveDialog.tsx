import { Button, Dialog, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { kioskCall } from './kiosk-end.ts';

/** "Avslutt": a staff passphrase (the kit passphrase in kit mode) ends the kiosk. */
export function LeaveDialog({ mode, onCancel, onLeft }: { mode: 'kiosk' | 'kit'; onCancel: () => void; onLeft: () => void }) {
  const { t } = useTranslation();
  const titleId = useId();
  const [passphrase, setPassphrase] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (passphrase === '' || busy) return;
    setBusy(true);
    setError(null);
    try {
      await kioskCall('kiosk.leave', { passphrase });
      onLeft();
    } catch (caught) {
      setError(caught);
      setPassphrase('');
      setBusy(false);
    }
  }

  return (
    <Dialog open onClose={onCancel} closeButton={t('common.close')} aria-labelledby={titleId} data-testid="kiosk-leave">
      <Dialog.Block>
        <Heading level={2} data-size="sm" id={titleId}>
          {t('kiosk.leave.title')}
        </Heading>
      </Dialog.Block>
      <Dialog.Block>
        <form className="stack" onSubmit={(event) => void submit(event)} noValidate>
          <Paragraph data-size="sm">{t(mode === 'kit' ? 'kiosk.leave.textKit' : 'kiosk.leave.text')}</Paragraph>
          <Textfield
            label={t(mode === 'kit' ? 'kiosk.leave.kitPassphrase' : 'kiosk.leave.passphrase')}
            type="password"
            autoComplete="current-password"
            autoFocus
            value={passphrase}
            onChange={(event) => setPassphrase(event.target.value)}
          />
          <ErrorAlert error={error} />
          <div className="button-row">
            <Button type="submit" loading={busy} disabled={busy || passphrase === ''}>
              {t('kiosk.leave.submit')}
            </Button>
            <Button variant="tertiary" onClick={onCancel}>
              {t('common.cancel')}
            </Button>
          </div>
        </form>
      </Dialog.Block>
    </Dialog>
  );
}
