import { Alert, Button, Checkbox, Dialog, Heading, Paragraph, Radio, Fieldset, Select, Spinner, Table, Tag } from '@digdir/designsystemet-react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { ApiCallError, call } from '../../api/client.ts';
import { type ImportKind, type ImportPreview } from '../../api/people.ts';
import { fieldLabel } from './problem-text.ts';
import { ImportNotes } from './ImportNotes.tsx';
import { ImportProblems } from './ImportProblems.tsx';
import { SaveSkippedRows } from './SaveSkippedRows.tsx';

type Step = 'choose' | 'preview' | 'importing' | 'done';
/** Header text → field name, '' to leave the column out (import.preview's mapping). */
type Mapping = Record<string, string>;

/** The import wizard: kind → file → header mapping and dry run → import (all or only valid rows) → result. */
export function ImportDialog({ initialKind, onClose }: { initialKind: ImportKind; onClose: (imported: boolean) => void }) {
  const { t } = useTranslation();
  const titleId = useId();
  const [kind, setKind] = useState<ImportKind>(initialKind);
  const [step, setStep] = useState<Step>('choose');
  const [file, setFile] = useState<{ path: string; name: string } | null>(null);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [mapping, setMapping] = useState<Mapping>({});
  const [skipInvalid, setSkipInvalid] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [result, setResult] = useState<{ imported: number; skipped: number } | null>(null);

  async function runPreview(path: string, nextMapping: Mapping, nextKind: ImportKind = kind) {
    setBusy(true);
    setError(null);
    try {
      const input = Object.keys(nextMapping).length > 0 ? { kind: nextKind, path, mapping: nextMapping } : { kind: nextKind, path };
      setPreview(await call('import.preview', input));
      setStep('preview');
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  }

  async function chooseFile() {
    setError(null);
    try {
      const chosen = (await call('import.chooseFile', {})) as { path: string; name: string } | null;
      if (!chosen) return;
      setFile(chosen);
      setMapping({});
      setSkipInvalid(false);
      await runPreview(chosen.path, {});
    } catch (caught) {
      setError(caught);
    }
  }

  function remap(header: string, field: string) {
    if (!file) return;
    const next = { ...mapping, [header]: field };
    setMapping(next);
    void runPreview(file.path, next);
  }

  async function commit() {
    if (!file || !preview) return;
    setStep('importing');
    setError(null);
    try {
      const input = Object.keys(mapping).length > 0 ? { kind, path: file.path, mapping, skipInvalid } : { kind, path: file.path, skipInvalid };
      setResult(await call('import.commit', input));
      setStep('done');
    } catch (caught) {
      setError(caught);
      setStep('preview');
      if (caught instanceof ApiCallError && caught.code === 'IMPORT_INVALID_ROWS') void runPreview(file.path, mapping);
    }
  }

  const blocked = !preview || preview.validRows === 0 || (preview.invalidRows > 0 && !skipInvalid);
  const mappedFields = new Set(preview?.headers.map((header) => header.field).filter(Boolean));

  return (
    <Dialog open onClose={() => onClose(step === 'done')} closeButton={t('common.close')} aria-labelledby={titleId} className="import-dialog" data-testid="import-wizard">
      <Dialog.Block>
        <Heading level={2} data-size="sm" id={titleId}>
          {t('import.title')}
        </Heading>
      </Dialog.Block>
      <Dialog.Block>
        <div className="stack">
          {(step === 'choose' || step === 'preview') && (
            <div className="import-choose">
              <Fieldset>
                <Fieldset.Legend>{t('import.kind')}</Fieldset.Legend>
                <div className="button-row">
                  {(['participants', 'mentors'] as const).map((value) => (
                    <Radio
                      key={value}
                      name="import-kind"
                      value={value}
                      label={t(`import.kinds.${value}`)}
                      checked={kind === value}
                      onChange={() => {
                        setKind(value);
                        setMapping({});
                        if (file) void runPreview(file.path, {}, value);
                      }}
                    />
                  ))}
                </div>
              </Fieldset>
              <div className="button-row">
                <Button variant={file ? 'secondary' : 'primary'} onClick={() => void chooseFile()} disabled={busy}>
                  {file ? t('import.chooseOther') : t('import.chooseFile')}
                </Button>
                {file && (
                  <span className="file-name" data-testid="import-file">
                    {file.name}
                  </span>
                )}
                {busy && <Spinner aria-label={t('import.reading')} data-size="sm" />}
              </div>
              <Paragraph data-size="sm" className="muted">
                {t('import.hint')}
              </Paragraph>
            </div>
          )}

          <ErrorAlert error={error} />

          {step === 'preview' && preview && (
            <>
              <div role="status" className="import-summary" data-testid="import-summary">
                {t('import.summary', { total: preview.totalRows, valid: preview.validRows, invalid: preview.invalidRows })}
              </div>
              <ImportNotes notes={preview.notes} />
              <section aria-labelledby={`${titleId}-mapping`} className="stack stack--tight">
                <Heading level={3} data-size="2xs" id={`${titleId}-mapping`}>
                  {t('import.mapping.title')}
                </Heading>
                <Paragraph data-size="sm">{t('import.mapping.text')}</Paragraph>
                <Table data-size="sm" zebra data-testid="import-mapping">
                  <Table.Head>
                    <Table.Row>
                      <Table.HeaderCell>{t('import.mapping.column')}</Table.HeaderCell>
                      <Table.HeaderCell>{t('import.mapping.header')}</Table.HeaderCell>
                      <Table.HeaderCell>{t('import.mapping.field')}</Table.HeaderCell>
                    </Table.Row>
                  </Table.Head>
                  <Table.Body>
                    {preview.headers.map((header) => (
                      <Table.Row key={header.column}>
                        <Table.Cell>{header.column + 1}</Table.Cell>
                        <Table.Cell>
                          {header.header}
                          {header.suggested && header.field === header.suggested && (
                            <>
                              {' '}
                              <Tag data-size="sm" data-color="neutral">
                                {t('import.mapping.recognised')}
                              </Tag>
                            </>
                          )}
                        </Table.Cell>
                        <Table.Cell>
                          <Select
                            data-size="sm"
                            aria-label={t('import.mapping.fieldFor', { header: header.header })}
                            value={header.field ?? ''}
                            onChange={(event) => remap(header.header, event.target.value)}
                            disabled={busy}
                          >
                            <Select.Option value="">{t('import.mapping.skip')}</Select.Option>
                            {preview.fields.map(({ field, label }) => (
                              <Select.Option key={field} value={field} disabled={field !== header.field && mappedFields.has(field)}>
                                {fieldLabel(t, field, label)}
                              </Select.Option>
                            ))}
                          </Select>
                        </Table.Cell>
                      </Table.Row>
                    ))}
                  </Table.Body>
                </Table>
              </section>

              <ImportProblems preview={preview} headingId={`${titleId}-problems`} />

              {preview.invalidRows > 0 && (
                <Checkbox
                  label={t('import.skipInvalid', { count: preview.validRows })}
                  description={t('import.skipInvalidHelp', { count: preview.invalidRows })}
                  checked={skipInvalid}
                  onChange={(event) => setSkipInvalid(event.target.checked)}
                />
              )}
              <div className="button-row">
                <Button onClick={() => void commit()} disabled={blocked || busy}>
                  {t('import.submit', { count: skipInvalid ? preview.validRows : preview.totalRows })}
                </Button>
                <Button variant="tertiary" onClick={() => onClose(false)}>
                  {t('common.cancel')}
                </Button>
              </div>
              {preview.invalidRows > 0 && !skipInvalid && <Paragraph data-size="sm">{t('import.blocked')}</Paragraph>}
            </>
          )}

          {step === 'importing' && (
            <div className="import-progress" role="status" data-testid="import-progress">
              <Spinner aria-hidden data-size="md" />
              <span>{t('import.importing')}</span>
            </div>
          )}

          {step === 'done' && result && (
            <>
              <Alert data-color="success" role="status" data-testid="import-result">
                <Paragraph>{t('import.done', { imported: result.imported, skipped: result.skipped })}</Paragraph>
              </Alert>
              {result.skipped > 0 && <SaveSkippedRows />}
              <div className="button-row">
                <Button onClick={() => onClose(true)}>{t('import.close')}</Button>
              </div>
            </>
          )}
        </div>
      </Dialog.Block>
    </Dialog>
  );
}
