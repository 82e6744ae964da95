import { Alert, Button, Field, Label, Paragraph, Select, Textfield } from '@digdir/designsystemet-react';
import { useEffect, useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiOutput } from '../../../../main/api/contract.ts';
import { call } from '../../api/client.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { SettingsSection } from './SettingsSection.tsx';
import { StatusMessage } from '../../components/StatusMessage.tsx';
import { useAction } from '../../components/use-action.ts';
import { SMTP_SECURITY, type SmtpSecurity } from '../../../../shared/mail-settings.ts';

type MailSettings = ApiOutput<'mail.getSettings'>;

/**
 * Innstillinger → E-post: the office's SMTP account (the password is written, never read back),
 * a connection test that sends nothing, and the note that OAuth2 sign-in is a later step.
 */
export function MailSettingsSection() {
  const { t } = useTranslation();
  const securityId = useId();
  const [form, setForm] = useState<MailSettings | null>(null);
  const [password, setPassword] = useState('');
  const [loadError, setLoadError] = useState<unknown>(null);
  const action = useAction();

  useEffect(() => {
    call('mail.getSettings', {}).then(setForm, setLoadError);
  }, []);

  if (!form) return <ErrorAlert error={loadError} />;
  const set = <K extends keyof MailSettings>(key: K, value: MailSettings[K]) => setForm({ ...form, [key]: value });

  async function save(event: FormEvent) {
    event.preventDefault();
    await action.run(async () => {
      const { hasPassword: _ignored, ...change } = form!;
      setForm(await call('mail.saveSettings', { ...change, ...(password ? { password } : {}) }));
      setPassword('');
      return t('common.saved');
    });
  }

  async function test() {
    await action.run(async () => {
      const result = await call('mail.testConnection', {});
      return result.ok ? t('mail.settings.connected') : t('mail.settings.notConnected', { error: result.error });
    });
  }

  return (
    <SettingsSection title={t('mail.settings.title')} text={t('mail.settings.text')}>
      <Alert data-color="info">
        <Paragraph data-size="sm">{t('mail.settings.oauthNote')}</Paragraph>
      </Alert>
      <form className="stack" onSubmit={(event) => void save(event)} noValidate data-testid="mail-settings">
        <Textfield label={t('mail.settings.host')} value={form.host} onChange={(e) => set('host', e.target.value)} maxLength={253} />
        <Textfield label={t('mail.settings.port')} type="number" value={String(form.port)} onChange={(e) => set('port', Number(e.target.value) || 587)} />
        <Field>
          <Label htmlFor={securityId}>{t('mail.settings.security')}</Label>
          <Select id={securityId} value={form.security} onChange={(e) => set('security', e.target.value as SmtpSecurity)}>
            {SMTP_SECURITY.map((s) => (
              <Select.Option key={s} value={s}>
                {t(`mail.settings.securityKinds.${s}`)}
              </Select.Option>
            ))}
          </Select>
        </Field>
        <Textfield label={t('mail.settings.user')} value={form.user} onChange={(e) => set('user', e.target.value)} autoComplete="off" />
        <Textfield
          label={t('mail.settings.password')}
          description={form.hasPassword ? t('mail.settings.passwordKept') : t('mail.settings.passwordStored')}
          type="password"
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          autoComplete="new-password"
        />
        <Textfield label={t('mail.settings.fromAddress')} type="email" value={form.fromAddress} onChange={(e) => set('fromAddress', e.target.value)} />
        <Textfield label={t('mail.settings.fromName')} value={form.fromName} onChange={(e) => set('fromName', e.target.value)} />
        <Textfield label={t('mail.settings.ratePerMinute')} type="number" value={String(form.ratePerMinute)} onChange={(e) => set('ratePerMinute', Number(e.target.value) || 30)} />
        <Textfield label={t('mail.settings.signature')} multiline rows={3} value={form.signature} onChange={(e) => set('signature', e.target.value)} />
        <div className="button-row">
          <Button type="submit" loading={action.busy} disabled={action.busy}>
            {t('common.save')}
          </Button>
          <Button type="button" variant="secondary" disabled={action.busy} onClick={() => void test()}>
            {t('mail.settings.test')}
          </Button>
        </div>
        <StatusMessage error={action.error} done={action.done} />
      </form>
    </SettingsSection>
  );
}
