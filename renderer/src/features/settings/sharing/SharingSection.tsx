import { Button, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiOutput } from '../../../../../main/api/contract.ts';
import { ApiCallError, call } from '../../../api/client.ts';
import { useApi } from '../../../api/use-api.ts';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { StatusMessage } from '../../../components/StatusMessage.tsx';
import { useAction } from '../../../components/use-action.ts';
import { SettingsSection } from '../SettingsSection.tsx';
import { InviteColleagueForm } from './InviteColleagueForm.tsx';
import { SyncConflictList } from './SyncConflictList.tsx';
import { formatDateTime } from './format-date-time.ts';

type Status = ApiOutput<'sync.status'>;

/**
 * Innstillinger → Deling: the shared folder and this laptop's name, the last sync and what it did,
 * "Synkroniser nå", the conflicts the rules decided (to review) and inviting a colleague.
 */
export function SharingSection() {
  const { t } = useTranslation();
  const status = useApi(() => call('sync.status', {}), []);
  const [shown, setShown] = useState<Status | null>(null);
  const current = shown ?? status.data;
  const folderAction = useAction();
  const syncAction = useAction();

  if (!current) return <ErrorAlert error={status.error} />;
  const show = (next: Status) => setShown(next);
  const refresh = async () => show(await call('sync.status', {}));

  async function chooseFolder() {
    await folderAction.run(async () => {
      const next = await call('sync.chooseFolder', {});
      if (!next) return null;
      show(next);
      return t('settings.sharing.folderChosen');
    });
  }

  async function syncNow() {
    await syncAction.run(async () => {
      try {
        const result = await call('sync.now', {});
        return t('settings.sharing.syncResult', { sent: result.sent, applied: result.applied, rows: result.rows, conflicts: result.conflicts });
      } finally {
        await refresh();
      }
    });
  }

  return (
    <SettingsSection title={t('settings.sharing.title')} text={t('settings.sharing.text')}>
      <div className="stack" data-testid="sharing">
        <Paragraph data-size="sm" data-testid="sharing-folder">
          {current.folder ? t('settings.sharing.folderIs', { folder: current.folder }) : t('settings.sharing.noFolder')}
        </Paragraph>
        <div className="button-row">
          <Button variant="secondary" onClick={() => void chooseFolder()} loading={folderAction.busy} disabled={folderAction.busy}>
            {current.folder ? t('settings.sharing.changeFolder') : t('settings.sharing.chooseFolder')}
          </Button>
        </div>
        <StatusMessage error={folderAction.error} done={folderAction.done} />
        <LaptopNameForm name={current.laptopName} onSaved={show} />
        {current.folder && (
          <>
            <Paragraph data-size="sm" data-testid="sharing-last">
              {t('settings.sharing.lastSync', {
                push: current.lastPush ? formatDateTime(current.lastPush) : t('settings.sharing.never'),
                pull: current.lastPull ? formatDateTime(current.lastPull) : t('settings.sharing.never'),
              })}{' '}
              {t('settings.sharing.pending', { unpushed: current.unpushed, waiting: current.waiting ?? 0 })}
            </Paragraph>
            {current.lastError && !syncAction.error && (
              <>
                <Paragraph data-size="sm">{t('settings.sharing.lastError', { at: formatDateTime(current.lastError.at) })}</Paragraph>
                <ErrorAlert error={new ApiCallError(current.lastError.code, '')} />
              </>
            )}
            <div className="button-row">
              <Button onClick={() => void syncNow()} loading={syncAction.busy} disabled={syncAction.busy}>
                {t('settings.sharing.syncNow')}
              </Button>
            </div>
            <StatusMessage error={syncAction.error} done={syncAction.done} />
          </>
        )}
        <SyncConflictList conflicts={current.conflicts} onReviewed={() => void refresh()} />
        <InviteColleagueForm onInvited={() => void refresh()} />
      </div>
    </SettingsSection>
  );
}

function LaptopNameForm({ name, onSaved }: { name: string | null; onSaved: (status: Status) => void }) {
  const { t } = useTranslation();
  const [value, setValue] = useState(name ?? '');
  const action = useAction();

  async function save(event: FormEvent) {
    event.preventDefault();
    await action.run(async () => {
      onSaved(await call('sync.setLaptopName', { name: value }));
      return t('common.saved');
    });
  }

  return (
    <form className="stack" onSubmit={(event) => void save(event)} noValidate>
      <Textfield label={t('settings.sharing.laptopName')} description={t('settings.sharing.laptopNameHelp')} value={value} onChange={(e) => setValue(e.target.value)} maxLength={100} />
      <div className="button-row">
        <Button type="submit" variant="secondary" loading={action.busy} disabled={action.busy || value.trim() === ''}>
          {t('settings.sharing.saveName')}
        </Button>
      </div>
      <StatusMessage error={action.error} done={action.done} />
    </form>
  );
}
