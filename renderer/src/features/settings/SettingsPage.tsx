import { Button, Paragraph } from '@digdir/designsystemet-react';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiOutput } from '../../../../main/api/contract.ts';
import { call } from '../../api/client.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { LanguageSwitch } from '../../i18n/LanguageSwitch.tsx';
import { Page } from '../frame/Page.tsx';
import { FunderSettingsSection } from './FunderSettingsSection.tsx';
import { MailSettingsSection } from './MailSettingsSection.tsx';
import { OfficeFieldsSection } from './OfficeFieldsSection.tsx';
import { OwnPassphraseForm } from './OwnPassphraseForm.tsx';
import { ProgrammeSettingsForm } from './ProgrammeSettingsForm.tsx';
import { RecoveryKeySection } from './RecoveryKeySection.tsx';
import { RememberSection } from './RememberSection.tsx';
import { RetentionSection } from './RetentionSection.tsx';
import { SettingsSection } from './SettingsSection.tsx';
import { SharingSection } from './sharing/SharingSection.tsx';
import { StaffSection, type StaffMember } from './StaffSection.tsx';

type Props = {
  fileName: string;
  onLock: () => void;
  onSettingsSaved: (settings: ApiOutput<'settings.get'>) => void;
};

/** Innstillinger: lock, language, remembering on this computer, programme, retention (personvern), own fields, mail, sharing (Deling), staff and passphrases, recovery key. */
export function SettingsPage({ fileName, onLock, onSettingsSaved }: Props) {
  const { t } = useTranslation();
  const [settings, setSettings] = useState<ApiOutput<'settings.get'> | null>(null);
  const [staff, setStaff] = useState<StaffMember[] | null>(null);
  const [error, setError] = useState<unknown>(null);

  const loadStaff = useCallback(async () => {
    try {
      setStaff(await call('staff.list', {}));
    } catch (caught) {
      setError(caught);
    }
  }, []);

  useEffect(() => {
    call('settings.get', {}).then(setSettings, setError);
    call('staff.list', {}).then(setStaff, setError);
  }, []);

  const me = staff?.find((member) => member.isMe) ?? null;

  return (
    <Page title={t('settings.title')} intro={t('settings.intro')}>
      <ErrorAlert error={error} />
      <div className="settings-grid">
        <SettingsSection title={t('settings.lock.title')} text={t('settings.lock.text')}>
          <div className="button-row">
            <Button variant="secondary" onClick={onLock}>
              {t('settings.lock.action')}
            </Button>
          </div>
        </SettingsSection>
        <SettingsSection title={t('settings.language.title')} text={t('settings.language.text')}>
          <LanguageSwitch />
        </SettingsSection>
        <RememberSection />
        {settings && (
          <ProgrammeSettingsForm
            settings={settings}
            onSaved={(next) => {
              setSettings(next);
              onSettingsSaved(next);
            }}
          />
        )}
        {settings && (
          <RetentionSection
            settings={settings}
            onSaved={(next) => {
              setSettings(next);
              onSettingsSaved(next);
            }}
          />
        )}
        {settings && <OfficeFieldsSection />}
        {settings && staff && <FunderSettingsSection settings={settings} staff={staff} onSaved={(next) => (setSettings(next), onSettingsSaved(next))} />}
        {settings && <MailSettingsSection />}
        {settings && <SharingSection />}
        {staff && <StaffSection staff={staff} onChanged={loadStaff} />}
        {staff && <OwnPassphraseForm myName={me?.name ?? null} />}
        <RecoveryKeySection fileName={fileName} />
        {!staff && !error && <Paragraph>{t('app.loading')}</Paragraph>}
      </div>
    </Page>
  );
}
