import { Alert, Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import type { SendRun } from './use-send-run.ts';

type Props = { run: SendRun; onCancel: () => void; onRetry: (ids: string[]) => void; onClose: () => void };

/**
 * A send under way and after: messages handed over of the total (a progress bar), Avbryt while it
 * runs; then who was skipped and why, and each refused message with the server's words and Prøv igjen.
 */
export function SendProgress({ run, onCancel, onRetry, onClose }: Props) {
  const { t } = useTranslation();
  const labelId = useId();
  const retryable = run.failures.filter((f) => f.definite);
  return (
    <section className="stack mail-send" aria-labelledby={labelId} data-testid="mail-send-progress">
      <Heading level={2} data-size="xs" id={labelId}>
        {t('mail.send.title')}
      </Heading>
      <div role="status">
        <Paragraph data-size="sm">
          {run.state === 'running' ? t('mail.send.progress', { done: run.done, total: run.total }) : run.state === 'cancelled' ? t('mail.send.cancelled', { sent: run.sent, total: run.total }) : t('mail.send.finished', { sent: run.sent, total: run.total })}
          {run.alreadySent > 0 ? ` ${t('mail.send.alreadySent', { count: run.alreadySent })}` : ''}
        </Paragraph>
      </div>
      <progress className="mail-progress" aria-label={t('mail.send.title')} max={Math.max(run.total, 1)} value={run.total === 0 && run.state !== 'running' ? 1 : run.done} />
      {run.state === 'running' ? (
        <div className="button-row">
          <Button variant="secondary" data-size="sm" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
        </div>
      ) : (
        <div className="button-row">
          {retryable.length > 0 && (
            <Button data-size="sm" onClick={() => onRetry(retryable.map((f) => f.id))}>
              {t('mail.send.retry', { count: retryable.length })}
            </Button>
          )}
          <Button variant="tertiary" data-size="sm" onClick={onClose}>
            {t('mail.send.close')}
          </Button>
        </div>
      )}
      <ErrorAlert error={run.error} />
      {run.failures.length > 0 && (
        <Alert data-color="danger" data-testid="mail-send-failures">
          <Paragraph data-size="sm">{t('mail.send.failedTitle', { count: run.failures.length })}</Paragraph>
          <ul>
            {run.failures.map((f) => (
              <li key={f.id}>
                {f.toName} &lt;{f.toAddress}&gt;: {f.error}
                {f.definite ? '' : ` (${t('mail.status.sending')})`}
              </li>
            ))}
          </ul>
        </Alert>
      )}
      {run.skipped.length > 0 && <SkippedList skipped={run.skipped} />}
    </section>
  );
}

/** Who gets nothing and why (no e-mail, no consent to contact by e-mail, erased). */
export function SkippedList({ skipped }: { skipped: SendRun['skipped'] }) {
  const { t } = useTranslation();
  return (
    <details className="mail-skipped" data-testid="mail-skipped">
      <summary>{t('mail.skipped.title', { count: skipped.length })}</summary>
      <ul>
        {skipped.map((s) => (
          <li key={`${s.personKind}:${s.personId}`}>
            {s.name || t('mail.history.erased')}: {t(`mail.skipped.reasons.${s.reason}`)}
          </li>
        ))}
      </ul>
    </details>
  );
}
