import { Alert, Button, Checkbox, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { osloToday } from '../../../../shared/oslo-day.ts';
import { formatDate } from '../../i18n/format-date.ts';

type Props = {
  recoveryKey: string;
  fileName: string;
  /** Text of the button that closes the panel. */
  doneLabel: string;
  onDone: () => void;
  /** null: the surrounding screen already has the heading. */
  headingLevel?: 2 | 3 | null;
};

/**
 * Shows a recovery key once: copy, print, and a required "I have stored it" before going on.
 * The printed page holds only the key, the file name and the date.
 */
export function RecoveryKeyPanel({ recoveryKey, fileName, doneLabel, onDone, headingLevel = 2 }: Props) {
  const { t } = useTranslation();
  const [stored, setStored] = useState(false);
  const [showError, setShowError] = useState(false);
  const [copyState, setCopyState] = useState<'idle' | 'copied' | 'failed'>('idle');
  const headingRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => headingRef.current?.focus(), []);

  async function copy() {
    try {
      await navigator.clipboard.writeText(recoveryKey);
      setCopyState('copied');
    } catch {
      setCopyState('failed');
    }
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!stored) {
      setShowError(true);
      return;
    }
    onDone();
  }

  return (
    <form className="recovery-key stack" onSubmit={submit} noValidate>
      {headingLevel !== null && (
        <Heading level={headingLevel} data-size="sm" ref={headingRef} tabIndex={-1}>
          {t('recoveryKey.title')}
        </Heading>
      )}
      <Paragraph>{t('recoveryKey.intro')}</Paragraph>
      <Alert data-color="warning">{t('recoveryKey.advice')}</Alert>
      <div className="print-area">
        <p className="print-only">{t('recoveryKey.printTitle', { file: fileName })}</p>
        <p className="recovery-key__label" id="recovery-key-label">
          {t('recoveryKey.label')}
        </p>
        <output className="recovery-key__value" aria-labelledby="recovery-key-label" data-testid="recovery-key">
          {recoveryKey.split('-').map((group, index) => (
            <span key={index}>
              {index > 0 && (
                <>
                  -<wbr />
                </>
              )}
              {group}
            </span>
          ))}
        </output>
        <p className="print-only">{t('recoveryKey.printedOn', { date: formatDate(osloToday()) })}</p>
      </div>
      <div className="button-row">
        <Button type="button" variant="secondary" onClick={() => void copy()}>
          {t('common.copy')}
        </Button>
        <Button type="button" variant="secondary" onClick={() => window.print()}>
          {t('common.print')}
        </Button>
      </div>
      <p role="status" className="status-line">
        {copyState === 'copied' ? t('common.copied') : copyState === 'failed' ? t('common.copyFailed') : ''}
      </p>
      <Checkbox
        label={t('recoveryKey.stored')}
        checked={stored}
        onChange={(event) => {
          setStored(event.target.checked);
          setShowError(false);
        }}
        error={showError ? t('recoveryKey.mustConfirm') : undefined}
      />
      <div className="button-row">
        <Button type="submit">{doneLabel}</Button>
      </div>
    </form>
  );
}
