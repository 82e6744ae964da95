import { Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { ApiOutput } from '../../../../../main/api/contract.ts';
import { call } from '../../../api/client.ts';
import { StatusMessage } from '../../../components/StatusMessage.tsx';
import { useAction } from '../../../components/use-action.ts';
import { formatDateTime } from './format-date-time.ts';

type Conflict = ApiOutput<'sync.status'>['conflicts'][number];
type Side = NonNullable<Conflict['values']>['kept'];
type TFunction = ReturnType<typeof useTranslation>['t'];

/** One side of a field both laptops wrote: the value as a coordinator would type it back, and the laptop it came from. */
function describeSide(t: TFunction, side: Side): { value: string; from: string } {
  const raw = side.value;
  const value = raw === null || raw === '' ? t('settings.sharing.conflicts.empty') : typeof raw === 'object' ? t('settings.sharing.conflicts.binary') : t('settings.sharing.conflicts.quoted', { value: String(raw) });
  return { value, from: side.laptopName ?? t('settings.sharing.conflicts.unknownLaptop') };
}

/** "Beholdt: «X» (fra laptop A) · Overskrevet: «Y» (fra laptop B)", so the other value can be put back by hand. */
function ConflictValues({ conflict }: { conflict: Conflict }) {
  const { t } = useTranslation();
  if (conflict.kind !== 'field') return null;
  if (!conflict.values) {
    return <Paragraph data-size="xs">{t('settings.sharing.conflicts.valuesGone')}</Paragraph>;
  }
  const kept = describeSide(t, conflict.values.kept);
  const lost = describeSide(t, conflict.values.lost);
  return (
    <Paragraph data-size="sm" data-testid="sync-conflict-values" style={{ overflowWrap: "anywhere", whiteSpace: "pre-wrap" }}>
      {t('settings.sharing.conflicts.values', { kept: kept.value, keptFrom: kept.from, lost: lost.value, lostFrom: lost.from })}
    </Paragraph>
  );
}

/** The conflicts the rules decided at a pull, for a coordinator to check; "Merk som gjennomgått" takes them off the list. */
export function SyncConflictList({ conflicts, onReviewed }: { conflicts: Conflict[]; onReviewed: () => void }) {
  const { t } = useTranslation();
  const action = useAction();

  async function review(ids: number[]) {
    await action.run(async () => {
      const { reviewed } = await call('sync.review', { ids });
      onReviewed();
      return t('settings.sharing.conflicts.reviewed', { count: reviewed });
    });
  }

  return (
    <div className="stack" data-testid="sync-conflicts">
      <Heading level={3} data-size="2xs">
        {t('settings.sharing.conflicts.title')}
      </Heading>
      {conflicts.length === 0 ? (
        <Paragraph data-size="sm">{t('settings.sharing.conflicts.none')}</Paragraph>
      ) : (
        <>
          <Paragraph data-size="sm">{t('settings.sharing.conflicts.intro')}</Paragraph>
          <ul className="stack">
            {conflicts.map((c) => (
              <li key={c.id} data-testid="sync-conflict">
                <Paragraph data-size="sm">
                  {t(`settings.sharing.conflicts.kinds.${c.kind}`, { defaultValue: c.kind })}
                  {c.about ? ` (${c.about})` : ''}
                  {': '}
                  {t('settings.sharing.conflicts.where', {
                    table: t(`settings.sharing.conflicts.tables.${c.table}`, { defaultValue: c.table }),
                    column: c.column === null ? '—' : t(`settings.sharing.conflicts.columns.${c.column}`, { defaultValue: c.column }),
                    kept: t(`settings.sharing.conflicts.kept.${c.kept}`, { defaultValue: c.kept }),
                    at: formatDateTime(c.at),
                  })}
                </Paragraph>
                <ConflictValues conflict={c} />
                <Button variant="tertiary" data-size="sm" disabled={action.busy} onClick={() => void review([c.id])}>
                  {t('settings.sharing.conflicts.review')}
                </Button>
              </li>
            ))}
          </ul>
          {conflicts.length > 1 && (
            <div className="button-row">
              <Button variant="secondary" disabled={action.busy} onClick={() => void review(conflicts.map((c) => c.id))}>
                {t('settings.sharing.conflicts.reviewAll')}
              </Button>
            </div>
          )}
        </>
      )}
      <StatusMessage error={action.error} done={action.done} />
    </div>
  );
}
