import { Button, Paragraph, Table, Tag } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiOutput } from '../../../../main/api/contract.ts';
import { call } from '../../api/client.ts';
import { AddStaffForm } from './AddStaffForm.tsx';
import { SetPassphraseForm } from './SetPassphraseForm.tsx';
import { SettingsSection } from './SettingsSection.tsx';
import { StatusMessage } from '../../components/StatusMessage.tsx';
import { useAction } from '../../components/use-action.ts';

export type StaffMember = ApiOutput<'staff.list'>[number];
type Pending = { kind: 'remove' | 'passphrase'; member: StaffMember } | null;

/** Staff members with access: list, add with a passphrase, set someone's passphrase, remove access. */
export function StaffSection({ staff, onChanged }: { staff: StaffMember[]; onChanged: () => Promise<void> }) {
  const { t } = useTranslation();
  const [pending, setPending] = useState<Pending>(null);
  const action = useAction();
  const active = staff.filter((member) => member.active);

  async function remove(member: StaffMember) {
    const ok = await action.run(async () => {
      await call('staff.remove', { staffId: member.id });
      return t('settings.staff.removed', { name: member.name });
    });
    if (ok) {
      setPending(null);
      await onChanged();
    }
  }

  return (
    <SettingsSection title={t('settings.staff.title')} text={t('settings.staff.intro')}>
      {active.length === 0 ? (
        <Paragraph>{t('settings.staff.none')}</Paragraph>
      ) : (
        <Table zebra className="staff-table" data-testid="staff-table">
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell>{t('settings.staff.name')}</Table.HeaderCell>
              <Table.HeaderCell>{t('settings.staff.status')}</Table.HeaderCell>
              <Table.HeaderCell>{t('settings.staff.actions')}</Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {active.map((member) => (
              <Table.Row key={member.id}>
                <Table.Cell>
                  {member.name}
                  {member.isMe && <span className="muted"> ({t('settings.staff.you')})</span>}
                </Table.Cell>
                <Table.Cell>
                  <Tag data-color={member.hasPassphrase ? 'success' : 'warning'} data-size="sm">
                    {member.hasPassphrase ? t('settings.staff.hasPassphrase') : t('settings.staff.noPassphrase')}
                  </Tag>
                </Table.Cell>
                <Table.Cell>
                  <div className="button-row button-row--tight">
                    <Button variant="tertiary" data-size="sm" onClick={() => (action.clear(), setPending({ kind: 'passphrase', member }))}>
                      {t('settings.staff.setPassphraseAction')}
                    </Button>
                    {!member.isMe && (
                      <Button
                        variant="tertiary"
                        data-size="sm"
                        data-color="danger"
                        aria-label={t('settings.staff.removeLabel', { name: member.name })}
                        onClick={() => (action.clear(), setPending({ kind: 'remove', member }))}
                      >
                        {t('settings.staff.remove')}
                      </Button>
                    )}
                  </div>
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
      {pending?.kind === 'remove' && (
        <div className="confirm" role="group" aria-label={t('settings.staff.removeLabel', { name: pending.member.name })}>
          <Paragraph>{t('settings.staff.confirmRemove', { name: pending.member.name })}</Paragraph>
          <div className="button-row">
            <Button data-color="danger" onClick={() => void remove(pending.member)} loading={action.busy} disabled={action.busy} autoFocus>
              {t('settings.staff.confirmRemoveAction')}
            </Button>
            <Button variant="tertiary" onClick={() => setPending(null)}>
              {t('common.cancel')}
            </Button>
          </div>
        </div>
      )}
      {pending?.kind === 'passphrase' && (
        <SetPassphraseForm
          key={pending.member.id}
          member={pending.member}
          onCancel={() => setPending(null)}
          onDone={async (message) => {
            setPending(null);
            await action.run(async () => message);
            await onChanged();
          }}
        />
      )}
      <StatusMessage error={action.error} done={action.done} />
      <AddStaffForm onAdded={onChanged} />
    </SettingsSection>
  );
}
