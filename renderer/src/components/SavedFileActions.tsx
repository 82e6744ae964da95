import { Button, Paragraph } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../api/client.ts';
import { useApi } from '../api/use-api.ts';
import { errorMessage } from '../i18n/error-message.ts';

/** Hands a download URL from the host (the loopback test host's "Åpne") to the browser. */
function download(url: string): void {
  const link = document.createElement('a');
  link.href = url;
  link.download = '';
  document.body.append(link);
  link.click();
  link.remove();
}

/**
 * "Åpne" and "Vis i mappen" under a "saved to <path>" message, for a file Koble has just written.
 * Only the buttons the host can do are shown (a browser host has no file manager).
 */
export function SavedFileActions({ path }: { path: string }) {
  const { t } = useTranslation();
  const { data: can } = useApi(() => call('files.abilities', {}), []);
  const [error, setError] = useState<unknown>(null);

  async function run(action: () => Promise<void>) {
    setError(null);
    try {
      await action();
    } catch (caught) {
      setError(caught);
    }
  }

  if (!can || (!can.open && !can.showInFolder)) return null;
  return (
    <div className="saved-file-actions">
      {can.open && (
        <Button
          variant="secondary"
          data-size="sm"
          onClick={() =>
            void run(async () => {
              const { downloadUrl } = await call('files.open', { path });
              if (downloadUrl) download(downloadUrl);
            })
          }
        >
          {t('savedFile.open')}
        </Button>
      )}
      {can.showInFolder && (
        <Button variant="tertiary" data-size="sm" onClick={() => void run(async () => void (await call('files.showInFolder', { path })))}>
          {t('savedFile.showInFolder')}
        </Button>
      )}
      {error !== null && (
        <Paragraph data-size="sm" role="alert">
          {errorMessage(t, error)}
        </Paragraph>
      )}
    </div>
  );
}
