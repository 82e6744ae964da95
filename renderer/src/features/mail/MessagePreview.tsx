import { Card, Paragraph, Tag } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { ApiOutput } from '../../../../main/api/contract.ts';

export type PreviewMessage = ApiOutput<'mail.preview'>['messages'][number];

/** One real message as the recipient will read it: to, subject, the text, and whether a calendar invitation goes with it. */
export function MessagePreview({ message }: { message: PreviewMessage }) {
  const { t } = useTranslation();
  return (
    <Card className="mail-preview" data-testid="mail-preview" data-color="neutral">
      <dl className="mail-preview__head">
        <dt>{t('mail.preview.to')}</dt>
        <dd>
          {message.toName} &lt;{message.toAddress}&gt;
        </dd>
        <dt>{t('mail.preview.subject')}</dt>
        <dd data-testid="mail-preview-subject">{message.subject}</dd>
      </dl>
      <pre className="mail-preview__body" data-testid="mail-preview-body">
        {message.body}
      </pre>
      {message.hasCalendar && (
        <Paragraph data-size="sm">
          <Tag data-color="info">{t('mail.preview.calendar')}</Tag>
        </Paragraph>
      )}
    </Card>
  );
}
