import { Button, Card, Dialog, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { eventsCall } from '../events/api.ts';
import { enterFullscreen, kioskStarted, leaveFullscreen } from './kiosk-mode.ts';

/**
 * On the start screen: open an event kit (a .koblekit file and its passphrase) in kit mode, the
 * kiosk only. `openedPath`: a kit the user double-clicked, shown at once in the passphrase dialog.
 */
export function KitOpenCard({ openedPath = null }: { openedPath?: string | null }) {
  const { t } = useTranslation();
  const titleId = useId();
  const [path, setPath] = useState<string | null>(openedPath);
  const [passphrase, setPassphrase] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  async function choose() {
    setError(null);
    try {
      const chosen = await eventsCall('kit.chooseFile', {});
      if (chosen) setPath(chosen.path);
    } catch (caught) {
      setError(caught);
    }
  }

  async function open(event: FormEvent) {
    event.preventDefault();
    if (!path || passphrase === '' || busy) return;
    setBusy(true);
    setError(null);
    // Full screen needs the click itself: opening the kit (its key derivation) takes longer than the click counts.
    enterFullscreen();
    try {
      const opened = await eventsCall('kit.open', { path, passphrase });
      kioskStarted('kit', opened);
    } catch (caught) {
      leaveFullscreen();
      setError(caught);
      setPassphrase('');
      setBusy(false);
    }
  }

  const fileName = path ? (path.split(/[\\/]/).pop() ?? path) : '';
  return (
    <Card className="choice">
      <Heading level={3} data-size="xs">
        {t('kiosk.kit.openTitle')}
      </Heading>
      <Paragraph>{t('kiosk.kit.openText')}</Paragraph>
      <Button variant="secondary" onClick={() => void choose()}>
        {t('kiosk.kit.openAction')}
      </Button>
      {!path && <ErrorAlert error={error} />}
      {path && (
        <Dialog open onClose={() => setPath(null)} closeButton={t('common.close')} aria-labelledby={titleId} data-testid="kit-open">
          <Dialog.Block>
            <Heading level={2} data-size="sm" id={titleId}>
              {t('kiosk.kit.openTitle')}
            </Heading>
          </Dialog.Block>
          <Dialog.Block>
            <form className="stack" onSubmit={(event) => void open(event)} noValidate>
              <Paragraph data-size="sm" className="file-name">
                {fileName}
              </Paragraph>
              <Textfield
                label={t('kiosk.kit.passphrase')}
                type="password"
                autoComplete="off"
                autoFocus
                value={passphrase}
                onChange={(event) => setPassphrase(event.target.value)}
              />
              <ErrorAlert error={error} />
              <div className="button-row">
                <Button type="submit" loading={busy} disabled={busy || passphrase === ''}>
                  {t('kiosk.kit.openSubmit')}
                </Button>
                <Button variant="tertiary" onClick={() => setPath(null)}>
                  {t('common.cancel')}
                </Button>
              </div>
            </form>
          </Dialog.Block>
        </Dialog>
      )}
    </Card>
  );
}
