import { Alert, Button, Paragraph } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';

/**
 * After an import that skipped rows: saves them (original cells and a column "Hvorfor hoppet
 * over") as an .xlsx the user picks in a save dialog, to fix in Excel and import again.
 */
export function SaveSkippedRows() {
  const { t, i18n } = useTranslation();
  const language = i18n.language.startsWith('en') ? 'en' : 'nb';
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState<{ path: string; rows: number } | null>(null);
  const [error, setError] = useState<unknown>(null);

  async function save() {
    setBusy(true);
    setError(null);
    try {
      const chosen = await call('import.chooseSkippedRowsFile', { language });
      if (chosen) setSaved(await call('import.saveSkippedRows', { path: chosen.path, language }));
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="stack stack--tight">
      <div>
        <Button variant="secondary" data-size="sm" onClick={() => void save()} disabled={busy}>
          {t('importReview.saveSkipped')}
        </Button>
      </div>
      <Paragraph data-size="sm" className="muted">
        {t('importReview.saveSkippedHelp')}
      </Paragraph>
      {saved && (
        <Alert data-color="info" role="status" data-testid="skipped-rows-saved">
          <Paragraph data-size="sm">{t('importReview.savedSkipped', { count: saved.rows, path: saved.path })}</Paragraph>
        </Alert>
      )}
      <ErrorAlert error={error} />
    </div>
  );
}
