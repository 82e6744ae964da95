import { Alert, Button, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { SavedFileActions } from '../../components/SavedFileActions.tsx';


/** Innsyn: everything held about the person as .xlsx or JSON, to a file the user picks (unencrypted, and it says so). */
export function ExportButtons({ personId }: { personId: string }) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState<'xlsx' | 'json' | null>(null);
  const [path, setPath] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);

  async function exportAs(format: 'xlsx' | 'json') {
    setBusy(format);
    setError(null);
    setPath(null);
    try {
      const result = await call('privacy.exportPerson', { personId, format });
      if (result) setPath(result.path);
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(null);
    }
  }

  return (
    <div className="stack stack--tight">
      <div className="button-row">
        <Button variant="secondary" data-size="sm" loading={busy === 'xlsx'} disabled={busy !== null} onClick={() => void exportAs('xlsx')}>
          {t('person.export.xlsx')}
        </Button>
        <Button variant="secondary" data-size="sm" loading={busy === 'json'} disabled={busy !== null} onClick={() => void exportAs('json')}>
          {t('person.export.json')}
        </Button>
      </div>
      <div role="status" className="status-line">
        {path && (
          <Alert data-color="warning" data-testid="export-done">
            <Paragraph data-size="sm">{t('person.export.done', { path })}</Paragraph>
            <SavedFileActions path={path} />
          </Alert>
        )}
      </div>
      <ErrorAlert error={error} />
    </div>
  );
}

/** Slett person: type the name to confirm; the person becomes an anonymous stub. */
export function EraseSection({ personId, name, onErased }: { personId: string; name: string; onErased: (stubId: string) => void }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [typed, setTyped] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const matches = typed.trim().toLocaleLowerCase('nb') === name.trim().toLocaleLowerCase('nb');

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!matches) return;
    setBusy(true);
    setError(null);
    try {
      const result = await call('privacy.erase', { personId, confirmName: typed.trim() });
      onErased(result.stubId);
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  }

  if (!open) {
    return (
      <Button variant="secondary" data-color="danger" data-size="sm" onClick={() => setOpen(true)}>
        {t('person.erase.open')}
      </Button>
    );
  }
  return (
    <form className="stack erase-box" onSubmit={(event) => void submit(event)} noValidate data-testid="erase-form">
      <Heading level={3} data-size="2xs">
        {t('person.erase.title', { name })}
      </Heading>
      <Paragraph data-size="sm">{t('person.erase.text')}</Paragraph>
      <Textfield label={t('person.erase.confirmLabel', { name })} value={typed} onChange={(event) => setTyped(event.target.value)} autoComplete="off" autoFocus />
      <div className="button-row">
        <Button type="submit" data-color="danger" disabled={!matches || busy} loading={busy}>
          {t('person.erase.submit')}
        </Button>
        <Button variant="tertiary" onClick={() => setOpen(false)}>
          {t('common.cancel')}
        </Button>
      </div>
      <ErrorAlert error={error} />
    </form>
  );
}
