import { Button, Field, Heading, Label, Paragraph, Select, Textfield } from '@digdir/designsystemet-react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TEMPLATE_KINDS } from '../../../../shared/mail-templates.ts';
import { ContextPicker, requestOf, type Context, type SendKind } from './ContextPicker.tsx';
import { LivePreview } from './LivePreview.tsx';
import type { SendRequest } from './use-send-run.ts';

const SEND_KINDS = [...TEMPLATE_KINDS.filter((k) => !k.startsWith('intro-meeting-')), 'intro-meeting'] as SendKind[];

type Props = { busy: boolean; canSend: boolean; onSend: (requests: SendRequest[]) => void; onDrafts: (request: SendRequest) => void };

/**
 * Ny utsending: a template to an event's roster (a cohort invited to it), a koblingsmøte's two
 * people or one person; a free message with its own subject and text. Preview first, then Send
 * (or Lag utkast for Outlook where no mail server is set up).
 */
export function ComposeSend({ busy, canSend, onSend, onDrafts }: Props) {
  const { t } = useTranslation();
  const kindId = useId();
  const [kind, setKind] = useState<SendKind>('event-invitation');
  const [context, setContext] = useState<Context>({});
  const [subject, setSubject] = useState('');
  const [body, setBody] = useState('');
  const base = requestOf(kind, context);
  const free = kind === 'free-message';
  const request: SendRequest | null = base && (!free || subject.trim()) ? (free ? { ...base, message: { subject, body } } : base) : null;

  return (
    <section className="stack" aria-labelledby="mail-compose-heading">
      <Heading level={2} data-size="xs" id="mail-compose-heading">
        {t('mail.compose.title')}
      </Heading>
      <Paragraph data-size="sm">{t('mail.compose.text')}</Paragraph>
      <div className="mail-editor">
        <div className="stack stack--tight">
          <Field>
            <Label htmlFor={kindId}>{t('mail.templates.kind')}</Label>
            <Select id={kindId} value={kind} onChange={(e) => (setKind(e.target.value as SendKind), setContext({}))}>
              {SEND_KINDS.map((k) => (
                <Select.Option key={k} value={k}>
                  {t(`mail.kinds.${k}`)}
                </Select.Option>
              ))}
            </Select>
          </Field>
          <ContextPicker kind={kind} value={context} onChange={setContext} />
          {free && (
            <>
              <Textfield label={t('mail.templates.subject')} value={subject} onChange={(e) => setSubject(e.target.value)} maxLength={300} />
              <Textfield label={t('mail.templates.body')} multiline rows={8} value={body} onChange={(e) => setBody(e.target.value)} />
            </>
          )}
          <div className="button-row">
            {canSend ? (
              <Button disabled={busy || !request} onClick={() => request && onSend([request])}>
                {t('mail.compose.send')}
              </Button>
            ) : (
              <Button disabled={busy || !request} onClick={() => request && onDrafts(request)}>
                {t('mail.drafts.make')}
              </Button>
            )}
          </div>
        </div>
        <div className="stack stack--tight" role="region" aria-label={t('mail.preview.title')}>
          <Heading level={3} data-size="2xs">
            {t('mail.preview.title')}
          </Heading>
          {request ? <LivePreview request={request} /> : <Paragraph data-size="sm" className="muted">{t('mail.preview.chooseContext')}</Paragraph>}
        </div>
      </div>
    </section>
  );
}
