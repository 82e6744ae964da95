import { Alert, Paragraph, Tabs } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client.ts';
import { useApi } from '../../api/use-api.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Page } from '../frame/Page.tsx';
import { ComposeSend } from './ComposeSend.tsx';
import { DueList } from './DueList.tsx';
import { OutboxList } from './OutboxList.tsx';
import { SendProgress } from './SendProgress.tsx';
import { TemplateEditor } from './TemplateEditor.tsx';
import { useSendRun, type SendRequest } from './use-send-run.ts';
import './mail.css';

type DraftsDone = { written: number; folder: string };

/** E-post: Til utsending, Ny utsending, Maler and Utboks; a send's progress shows above them. */
export function MailPage() {
  const { t } = useTranslation();
  const [tab, setTab] = useState('due');
  const [version, setVersion] = useState(0);
  const refresh = () => setVersion((v) => v + 1);
  const { data: settings } = useApi(() => call('mail.getSettings', {}), []);
  const canSend = Boolean(settings?.host && settings.fromAddress);
  const sending = useSendRun();
  const busy = sending.run?.state === 'running';
  const [drafts, setDrafts] = useState<DraftsDone | null>(null);
  const [draftsError, setDraftsError] = useState<unknown>(null);

  const send = (requests: SendRequest[]) => void sending.send(requests, refresh);
  const retry = (ids: string[]) => void sending.retry(ids, refresh);

  async function makeDrafts(request: SendRequest) {
    setDraftsError(null);
    setDrafts(null);
    try {
      const made = await call('mail.drafts', { request });
      if (made) setDrafts({ written: made.written, folder: made.files[0]?.replace(/[\\/][^\\/]*$/, '') ?? '' });
      refresh();
    } catch (caught) {
      setDraftsError(caught);
    }
  }

  return (
    <Page title={t('mail.title')} intro={t('mail.intro')}>
      {settings && !canSend && (
        <Alert data-color="info">
          <Paragraph data-size="sm">{t('mail.notSetUp')}</Paragraph>
        </Alert>
      )}
      {sending.run && <SendProgress run={sending.run} onCancel={() => void sending.cancel()} onRetry={retry} onClose={sending.clear} />}
      <ErrorAlert error={draftsError} />
      {drafts && (
        <Alert data-color="success" role="status">
          <Paragraph data-size="sm">{t('mail.drafts.done', { count: drafts.written, folder: drafts.folder })}</Paragraph>
        </Alert>
      )}
      <Tabs value={tab} onChange={setTab} data-size="sm">
        <Tabs.List>
          <Tabs.Tab value="due">{t('mail.tabs.due')}</Tabs.Tab>
          <Tabs.Tab value="compose">{t('mail.tabs.compose')}</Tabs.Tab>
          <Tabs.Tab value="templates">{t('mail.tabs.templates')}</Tabs.Tab>
          <Tabs.Tab value="outbox">{t('mail.tabs.outbox')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="due">
          <DueList version={version} busy={busy} canSend={canSend} onSend={send} onDrafts={(request) => void makeDrafts(request)} />
        </Tabs.Panel>
        <Tabs.Panel value="compose">
          <ComposeSend busy={busy} canSend={canSend} onSend={send} onDrafts={(request) => void makeDrafts(request)} />
        </Tabs.Panel>
        <Tabs.Panel value="templates">
          <TemplateEditor />
        </Tabs.Panel>
        <Tabs.Panel value="outbox">
          <OutboxList version={version} busy={busy} onRetry={retry} />
        </Tabs.Panel>
      </Tabs>
    </Page>
  );
}
