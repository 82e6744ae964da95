import { Field, Label, Paragraph, Select } from '@digdir/designsystemet-react';
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client.ts';
import { useApi } from '../../api/use-api.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { MessagePreview } from './MessagePreview.tsx';
import { SkippedList } from './SendProgress.tsx';
import type { SendRequest } from './use-send-run.ts';

const SETTLE_MS = 300;

/**
 * The message rendered from real data by mail.preview (nothing is written), read again shortly
 * after typing stops; `templateKind` picks the participant's or the mentor's koblingsmøte message.
 */
export function LivePreview({ request, templateKind }: { request: SendRequest; templateKind?: string }) {
  const { t } = useTranslation();
  const selectId = useId();
  const [settled, setSettled] = useState(request);
  const key = JSON.stringify(request);
  useEffect(() => {
    const timer = window.setTimeout(() => setSettled(JSON.parse(key) as SendRequest), SETTLE_MS);
    return () => window.clearTimeout(timer);
  }, [key]);
  const { data, error } = useApi(() => call('mail.preview', settled), [settled]);
  const [chosen, setChosen] = useState(0);
  const messages = data?.messages.filter((m) => !templateKind || m.templateKind === templateKind) ?? [];
  const message = messages[Math.min(chosen, messages.length - 1)];
  return (
    <div className="stack stack--tight" data-testid="mail-live-preview">
      <ErrorAlert error={error} />
      {data && (
        <Paragraph data-size="sm">
          {t('mail.preview.recipients', { count: data.recipients })}
        </Paragraph>
      )}
      {messages.length > 1 && (
        <Field>
          <Label htmlFor={selectId}>{t('mail.preview.showFor')}</Label>
          <Select id={selectId} value={String(Math.min(chosen, messages.length - 1))} onChange={(e) => setChosen(Number(e.target.value))}>
            {messages.map((m, i) => (
              <Select.Option key={`${m.personKind}:${m.personId}`} value={String(i)}>
                {m.toName}
              </Select.Option>
            ))}
          </Select>
        </Field>
      )}
      {message && <MessagePreview message={message} />}
      {data && messages.length === 0 && <Paragraph data-size="sm" className="muted">{t('mail.preview.nobody')}</Paragraph>}
      {data && data.skipped.length > 0 && <SkippedList skipped={data.skipped} />}
    </div>
  );
}
