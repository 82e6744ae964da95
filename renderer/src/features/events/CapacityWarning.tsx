import { Alert, Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { ApiOutput } from '../../../../main/api/contract.ts';

export type CapacityPlan = ApiOutput<'events.invite'>['capacity'];

type Props = { plan: CapacityPlan; busy: boolean; onWaitingList: () => void; onEveryone: () => void; onCancel: () => void };

/** Before an invitation overfills the event: how many over, and the waiting list as the way out. */
export function CapacityWarning({ plan, busy, onWaitingList, onEveryone, onCancel }: Props) {
  const { t } = useTranslation();
  const capacity = plan.capacity ?? 0;
  const places = Math.max(0, capacity - plan.taken);
  return (
    <Alert data-color="warning" role="alert" data-testid="capacity-warning">
      <Heading level={3} data-size="xs">
        {t('workday.capacity.title', { count: plan.over })}
      </Heading>
      <Paragraph data-size="sm">{t('workday.capacity.text', { capacity, taken: plan.taken, count: plan.inviting, over: plan.over })}</Paragraph>
      <div className="button-row">
        <Button data-size="sm" disabled={busy} onClick={onWaitingList}>
          {t('workday.capacity.waitingList', { places, waitlist: plan.inviting - places })}
        </Button>
        <Button data-size="sm" variant="secondary" disabled={busy} onClick={onEveryone}>
          {t('workday.capacity.everyone', { count: plan.inviting })}
        </Button>
        <Button data-size="sm" variant="tertiary" disabled={busy} onClick={onCancel}>
          {t('common.cancel')}
        </Button>
      </div>
    </Alert>
  );
}
