import { Alert, Button, Dialog, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { PassphrasePairFields } from '../../components/passphrase/PassphrasePairFields.tsx';
import { usePassphrasePair } from '../../components/passphrase/use-passphrase-pair.ts';
import { eventsCall, type EventSummary } from './api.ts';

export function fileNameOf(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}

/** Eksporter arrangementssett: what the kit holds, its own passphrase (twice, with the strength meter), then the file. */
export function KitExportDialog({ event, path, onClose }: { event: EventSummary; path: string; onClose: () => void }) {
  const { t } = useTranslation();
  const titleId = useId();
  const pair = usePassphrasePair([event.title]);
  const [submitted, setSubmitted] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState<{ path: string; people: number } | null>(null);

  async function submit(formEvent: FormEvent) {
    formEvent.preventDefault();
    setSubmitted(true);
    if (pair.problem !== null || busy) return;
    setBusy(true);
    setError(null);
    try {
      setDone(await eventsCall('kit.export', { eventId: event.id, path, passphrase: pair.passphrase }));
      pair.reset();
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Dialog open onClose={onClose} closeButton={t('common.close')} aria-labelledby={titleId} data-testid="kit-export">
      <Dialog.Block>
        <Heading level={2} data-size="sm" id={titleId}>
          {t('events.kit.exportTitle')}
        </Heading>
      </Dialog.Block>
      <Dialog.Block>
        {done ? (
          <div className="stack">
            <Alert data-color="success" role="status" data-testid="kit-exported">
              <Paragraph>{t('events.kit.exported', { file: fileNameOf(done.path), count: done.people })}</Paragraph>
              <Paragraph data-size="sm">{t('events.kit.exportedNeedsPassphrase')}</Paragraph>
            </Alert>
            <div className="button-row">
              <Button onClick={onClose}>{t('common.close')}</Button>
            </div>
          </div>
        ) : (
          <form className="stack" onSubmit={(e) => void submit(e)} noValidate>
            <Paragraph data-size="sm">{t('events.kit.exportContains')}</Paragraph>
            <Paragraph data-size="sm">{t('events.kit.exportPassphraseText')}</Paragraph>
            <Paragraph data-size="sm" className="file-name">
              {fileNameOf(path)}
            </Paragraph>
            <PassphrasePairFields pair={pair} label={t('events.kit.passphrase')} repeatLabel={t('events.kit.passphraseRepeat')} showErrors={submitted} autoFocus />
            <ErrorAlert error={error} />
            <div className="button-row">
              <Button type="submit" loading={busy} disabled={busy}>
                {t('events.kit.exportSubmit')}
              </Button>
              <Button variant="tertiary" onClick={onClose}>
                {t('common.cancel')}
              </Button>
            </div>
          </form>
        )}
      </Dialog.Block>
    </Dialog>
  );
}
