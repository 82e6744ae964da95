import { Button, Card, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useState } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { ApiOutput } from '../../../../main/api/contract.ts';
import { call } from '../../api/client.ts';
import { useApi } from '../../api/use-api.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { osloDateTime } from '../events/time.ts';
import { MessagePreview } from './MessagePreview.tsx';
import { SkippedList } from './SendProgress.tsx';
import type { SendRequest } from './use-send-run.ts';

export type DueItem = ApiOutput<'mail.due'>[number];

const SHOWN_NAMES = 8;

/** Why a group is due, in words. */
export function reasonText(t: TFunction, item: DueItem): string {
  const r = item.reason;
  if (r.code === 'event_soon') return t('mail.due.reasons.event_soon', { count: r.days, date: r.startsOn.split('-').reverse().join('.') });
  if (r.code === 'meeting_without_invitation') return t('mail.due.reasons.meeting_without_invitation', { time: osloDateTime(r.meetingAt) });
  if (r.code === 'outcome_checkpoint') return t(`mail.due.reasons.outcome_${r.checkpoint}`);
  return t('mail.due.reasons.newly_registered');
}

type Props = { item: DueItem; busy: boolean; canSend: boolean; onSend: (request: SendRequest) => void; onDrafts: (request: SendRequest) => void };

/** One group of Til utsending: what, why and to whom; Send shows one real message first, then sends on a second press. */
export function DueGroup({ item, busy, canSend, onSend, onDrafts }: Props) {
  const { t } = useTranslation();
  const [previewing, setPreviewing] = useState(false);
  const names = item.people.map((p) => p.name);
  const title = `${t(`mail.kinds.${item.template}`)}${item.title ? `: ${item.title}` : ''}`;
  return (
    <li>
      <Card data-testid="mail-due-group" aria-label={title} asChild>
        <section className="stack stack--tight">
          <Heading level={3} data-size="2xs">
            {title}
          </Heading>
          <Paragraph data-size="sm">{reasonText(t, item)}</Paragraph>
          <Paragraph data-size="sm" className="mail-due__people">
            {t('mail.due.recipients', { count: names.length })}: {names.slice(0, SHOWN_NAMES).join(', ')}
            {names.length > SHOWN_NAMES ? ` ${t('mail.due.andMore', { count: names.length - SHOWN_NAMES })}` : ''}
            {item.skipped > 0 ? ` · ${t('mail.due.skipped', { count: item.skipped })}` : ''}
          </Paragraph>
          {previewing ? (
            <GroupPreview request={item.request} count={names.length} busy={busy} canSend={canSend} onSend={() => (setPreviewing(false), onSend(item.request))} onDrafts={() => (setPreviewing(false), onDrafts(item.request))} onCancel={() => setPreviewing(false)} />
          ) : (
            <div className="button-row">
              <Button data-size="sm" variant="secondary" disabled={busy} onClick={() => setPreviewing(true)}>
                {canSend ? t('mail.due.send') : t('mail.drafts.make')}
              </Button>
            </div>
          )}
        </section>
      </Card>
    </li>
  );
}

type PreviewProps = { request: SendRequest; count: number; busy: boolean; canSend: boolean; onSend: () => void; onDrafts: () => void; onCancel: () => void };

/** The first real message of a group (mail.preview writes nothing), then Send or Lag utkast. */
function GroupPreview({ request, count, busy, canSend, onSend, onDrafts, onCancel }: PreviewProps) {
  const { t } = useTranslation();
  const { data, error } = useApi(() => call('mail.preview', request), [request]);
  return (
    <div className="stack stack--tight">
      <ErrorAlert error={error} />
      {!data && !error && <Paragraph data-size="sm">{t('app.loading')}</Paragraph>}
      {data?.messages[0] && <MessagePreview message={data.messages[0]} />}
      {data && data.skipped.length > 0 && <SkippedList skipped={data.skipped} />}
      <div className="button-row">
        {canSend ? (
          <Button data-size="sm" disabled={busy || !data} onClick={onSend}>
            {t('mail.due.sendCount', { count })}
          </Button>
        ) : (
          <Button data-size="sm" disabled={busy || !data} onClick={onDrafts}>
            {t('mail.drafts.make')}
          </Button>
        )}
        <Button data-size="sm" variant="tertiary" onClick={onCancel}>
          {t('common.cancel')}
        </Button>
      </div>
    </div>
  );
}
