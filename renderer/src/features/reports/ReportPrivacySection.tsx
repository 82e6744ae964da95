import { Alert, Button, Checkbox, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useId, useState, type FormEvent } from 'react';
import type { ApiOutput } from '../../../../main/api/contract.ts';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client.ts';
import { useApi } from '../../api/use-api.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';

/** The smallest k the Deltakere list may use (main/settings/programme-settings.ts allows 5–100). */
const MIN_GROUP = 5;
const MAX_GROUP = 100;

/** The minimum group size as typed: a whole number from 5 to 100, or null. */
export function parseMinimumGroup(text: string): number | null {
  const value = Number(text.trim());
  return /^\d+$/.test(text.trim()) && value >= MIN_GROUP && value <= MAX_GROUP ? value : null;
}

/**
 * Personvern i rapporter: the two programme settings the funder report's Deltakere list follows —
 * the smallest group it may show (k-anonymity, k ≥ 5) and stable pseudonyms (off by default; on,
 * two reports can be compared row by row, which the warning says).
 */
export function ReportPrivacySection() {
  const { t } = useTranslation();
  const ids = { title: useId() };
  const { data: settings, error } = useApi(() => call('settings.get', {}), []);
  return (
    <section className="stack" aria-labelledby={ids.title}>
      <Heading level={2} data-size="sm" id={ids.title}>
        {t('reportPrivacy.title')}
      </Heading>
      <Paragraph data-size="sm">{t('reportPrivacy.intro')}</Paragraph>
      <ErrorAlert error={error} />
      {settings && <ReportPrivacyForm settings={settings} />}
    </section>
  );
}

function ReportPrivacyForm({ settings }: { settings: ApiOutput<'settings.get'> }) {
  const { t } = useTranslation();
  const [group, setGroup] = useState(String(settings.reportMinimumGroup));
  const [stable, setStable] = useState(settings.reportStablePseudonyms);
  const [invalid, setInvalid] = useState(false);
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState(false);
  const [error, setError] = useState<unknown>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSaved(false);
    const k = parseMinimumGroup(group);
    setInvalid(k === null);
    if (k === null) return;
    setBusy(true);
    try {
      const next = await call('settings.update', { reportMinimumGroup: k, reportStablePseudonyms: stable });
      setGroup(String(next.reportMinimumGroup));
      setStable(next.reportStablePseudonyms);
      setError(null);
      setSaved(true);
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <ErrorAlert error={error} />
      <form className="stack" onSubmit={(event) => void submit(event)} noValidate>
          <Textfield
            label={t('reportPrivacy.minimumGroup')}
            description={t('reportPrivacy.minimumGroupHelp', { min: MIN_GROUP })}
            inputMode="numeric"
            value={group}
            onChange={(event) => {
              setGroup(event.target.value);
              setSaved(false);
            }}
            error={invalid ? t('reportPrivacy.minimumGroupInvalid', { min: MIN_GROUP, max: MAX_GROUP }) : undefined}
          />
          <Checkbox
            label={t('reportPrivacy.stablePseudonyms')}
            checked={stable}
            onChange={(event) => {
              setStable(event.target.checked);
              setSaved(false);
            }}
          />
          {stable && (
            <Alert data-color="warning" data-testid="stable-pseudonyms-warning">
              {t('reportPrivacy.stablePseudonymsWarning')}
            </Alert>
          )}
          <div className="button-row">
            <Button type="submit" loading={busy} disabled={busy}>
              {t('common.save')}
            </Button>
          </div>
          {saved && (
            <Paragraph data-size="sm" role="status">
              {t('common.saved')}
            </Paragraph>
          )}
        </form>
    </>
  );
}
