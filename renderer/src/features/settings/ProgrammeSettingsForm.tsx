import { Button, Textfield } from '@digdir/designsystemet-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiOutput } from '../../../../main/api/contract.ts';
import { call } from '../../api/client.ts';
import { SettingsSection } from './SettingsSection.tsx';
import { StatusMessage } from '../../components/StatusMessage.tsx';
import { useAction } from '../../components/use-action.ts';

type ProgrammeSettings = ApiOutput<'settings.get'>;

/** The programme's name (shown in the header) and the auto-lock minutes, stored in the file. */
export function ProgrammeSettingsForm({ settings, onSaved }: { settings: ProgrammeSettings; onSaved: (next: ProgrammeSettings) => void }) {
  const { t } = useTranslation();
  const [name, setName] = useState(settings.organisationName);
  const [minutes, setMinutes] = useState(String(settings.autoLockMinutes));
  const [invalid, setInvalid] = useState(false);
  const action = useAction();

  async function submit(event: FormEvent) {
    event.preventDefault();
    const parsed = Number(minutes);
    if (!Number.isInteger(parsed) || parsed < 1 || parsed > 240) {
      setInvalid(true);
      return;
    }
    setInvalid(false);
    await action.run(async () => {
      const next = await call('settings.update', { organisationName: name.trim(), autoLockMinutes: parsed });
      onSaved(next);
      return t('common.saved');
    });
  }

  return (
    <SettingsSection title={t('settings.programme.title')}>
      <form className="stack" onSubmit={(event) => void submit(event)} noValidate>
        <Textfield
          label={t('settings.programme.organisationName')}
          description={t('settings.programme.organisationNameHelp')}
          value={name}
          onChange={(event) => setName(event.target.value)}
          maxLength={200}
        />
        <Textfield
          label={t('settings.autoLock.minutes')}
          description={t('settings.autoLock.help')}
          type="number"
          inputMode="numeric"
          min={1}
          max={240}
          value={minutes}
          onChange={(event) => setMinutes(event.target.value)}
          error={invalid ? t('settings.autoLock.invalid') : undefined}
          className="narrow-field"
          size={6}
        />
        <div className="button-row">
          <Button type="submit" loading={action.busy} disabled={action.busy}>
            {t('common.save')}
          </Button>
        </div>
        <StatusMessage error={action.error} done={action.done} />
      </form>
    </SettingsSection>
  );
}
