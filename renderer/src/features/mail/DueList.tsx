import { Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client.ts';
import { useApi } from '../../api/use-api.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { DueGroup } from './DueGroup.tsx';
import type { SendRequest } from './use-send-run.ts';

type Props = {
  /** Changes after each send, so the list is read again. */
  version: number;
  busy: boolean;
  /** SMTP is set up: Send; else Lag utkast for Outlook. */
  canSend: boolean;
  onSend: (requests: SendRequest[]) => void;
  onDrafts: (request: SendRequest) => void;
};

/** Til utsending: what is due today, group by group, with Send (after a preview) and Send alle. */
export function DueList({ version, busy, canSend, onSend, onDrafts }: Props) {
  const { t } = useTranslation();
  const { data: items, error } = useApi(
    () => call('mail.due', {}),
    // `version` counts sends and saves: after one the list is asked again.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [version],
  );
  const [confirmAll, setConfirmAll] = useState(false);
  const total = items?.reduce((sum, item) => sum + item.people.length, 0) ?? 0;

  return (
    <section className="stack" aria-labelledby="mail-due-heading">
      <Heading level={2} data-size="xs" id="mail-due-heading">
        {t('mail.due.title')}
      </Heading>
      <Paragraph data-size="sm">{canSend ? t('mail.due.text') : t('mail.drafts.text')}</Paragraph>
      <ErrorAlert error={error} />
      {items && items.length === 0 && <Paragraph className="muted">{t('mail.due.none')}</Paragraph>}
      {items && items.length > 0 && canSend && (
        <div className="button-row">
          {confirmAll ? (
            <>
              <Button data-size="sm" disabled={busy} onClick={() => (setConfirmAll(false), onSend(items.map((i) => i.request)))}>
                {t('mail.due.confirmAll', { count: total })}
              </Button>
              <Button data-size="sm" variant="tertiary" onClick={() => setConfirmAll(false)}>
                {t('common.cancel')}
              </Button>
            </>
          ) : (
            <Button data-size="sm" disabled={busy} onClick={() => setConfirmAll(true)}>
              {t('mail.due.sendAll', { count: total })}
            </Button>
          )}
        </div>
      )}
      {items && items.length > 0 && (
        <ul className="mail-due" aria-label={t('mail.due.title')}>
          {items.map((item) => (
            <DueGroup key={item.key} item={item} busy={busy} canSend={canSend} onSend={(request) => onSend([request])} onDrafts={onDrafts} />
          ))}
        </ul>
      )}
    </section>
  );
}
