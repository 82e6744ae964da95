import { Alert, Button, Dialog, Fieldset, Heading, Paragraph, Radio, Textfield } from '@digdir/designsystemet-react';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { eventsCall, type KitImportSummary } from './api.ts';
import { fileNameOf } from './KitExportDialog.tsx';

/** Importer arrangementssett: the kit passphrase, then what the merge did, and a choice for each conflict. */
export function KitImportDialog({ path, onClose }: { path: string; onClose: (changed: boolean) => void }) {
  const { t } = useTranslation();
  const titleId = useId();
  const [passphrase, setPassphrase] = useState('');
  const [summary, setSummary] = useState<KitImportSummary | null>(null);
  const [resolved, setResolved] = useState(false);
  const [choices, setChoices] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  async function importKit(event: FormEvent) {
    event.preventDefault();
    if (passphrase === '' || busy) return;
    setBusy(true);
    setError(null);
    try {
      const result = await eventsCall('kit.import', { path, passphrase });
      setSummary(result);
      setChoices(Object.fromEntries(result.conflicts.map((conflict) => [conflict.conflictId, conflict.choices[0]?.choice ?? ''])));
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  }

  async function resolve(event: FormEvent) {
    event.preventDefault();
    if (!summary || busy) return;
    setBusy(true);
    setError(null);
    try {
      const decisions = summary.conflicts.map((conflict) => ({ conflictId: conflict.conflictId, choice: choices[conflict.conflictId] ?? '' })).filter((d) => d.choice !== '');
      setSummary(await eventsCall('kit.resolve', { path, passphrase, decisions }));
      setResolved(true);
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  }

  /** A conflict text from main: its key and params; a person kind among the params is translated too. */
  const text = (value: { key: string; params: Record<string, string | number> }) => {
    const params = { ...value.params };
    if (typeof params.kind === 'string') params.kind = t(`eventKit.conflict.kind.${params.kind}`, { defaultValue: params.kind });
    return t(value.key, { ...params, defaultValue: value.key });
  };

  return (
    <Dialog open onClose={() => onClose(summary !== null)} closeButton={t('common.close')} aria-labelledby={titleId} data-testid="kit-import">
      <Dialog.Block>
        <Heading level={2} data-size="sm" id={titleId}>
          {t('events.kit.importTitle')}
        </Heading>
      </Dialog.Block>
      <Dialog.Block>
        {!summary ? (
          <form className="stack" onSubmit={(e) => void importKit(e)} noValidate>
            <Paragraph data-size="sm">{t('events.kit.importText')}</Paragraph>
            <Paragraph data-size="sm" className="file-name">
              {fileNameOf(path)}
            </Paragraph>
            <Textfield label={t('events.kit.passphrase')} type="password" autoComplete="off" autoFocus value={passphrase} onChange={(e) => setPassphrase(e.target.value)} />
            <ErrorAlert error={error} />
            <div className="button-row">
              <Button type="submit" loading={busy} disabled={busy || passphrase === ''}>
                {t('events.kit.importSubmit')}
              </Button>
              <Button variant="tertiary" onClick={() => onClose(false)}>
                {t('common.cancel')}
              </Button>
            </div>
          </form>
        ) : (
          <form className="stack" onSubmit={(e) => void resolve(e)} noValidate>
            <Alert data-color="success" role="status" data-testid="kit-summary">
              <Paragraph>{t(resolved ? 'events.kit.resolvedTitle' : 'events.kit.importedTitle')}</Paragraph>
              <ul className="plain-list">
                <li>{t('events.kit.summary.checkIns', { count: summary.checkIns })}</li>
                <li>{t('events.kit.summary.walkIns', { count: summary.walkIns })}</li>
                <li>{t('events.kit.summary.matched', { count: summary.matched })}</li>
                <li>{t('events.kit.summary.unchanged', { count: summary.unchanged })}</li>
              </ul>
            </Alert>
            {summary.conflicts.length > 0 && (
              <>
                <Heading level={3} data-size="xs">
                  {t('events.kit.conflictsTitle', { count: summary.conflicts.length })}
                </Heading>
                {summary.conflicts.map((conflict) => (
                  <Fieldset key={conflict.conflictId} className="kit-conflict">
                    <Fieldset.Legend>{conflict.personName}</Fieldset.Legend>
                    <Fieldset.Description>{text(conflict.detail)}</Fieldset.Description>
                    {conflict.choices.map((choice) => (
                      <Radio
                        key={choice.choice}
                        name={`conflict-${conflict.conflictId}`}
                        value={choice.choice}
                        label={text(choice.label)}
                        checked={choices[conflict.conflictId] === choice.choice}
                        onChange={() => setChoices((current) => ({ ...current, [conflict.conflictId]: choice.choice }))}
                      />
                    ))}
                  </Fieldset>
                ))}
              </>
            )}
            <ErrorAlert error={error} />
            <div className="button-row">
              {summary.conflicts.length > 0 && (
                <Button type="submit" loading={busy} disabled={busy}>
                  {t('events.kit.resolveSubmit')}
                </Button>
              )}
              <Button variant={summary.conflicts.length > 0 ? 'tertiary' : 'primary'} onClick={() => onClose(true)}>
                {t('common.close')}
              </Button>
            </div>
          </form>
        )}
      </Dialog.Block>
    </Dialog>
  );
}
