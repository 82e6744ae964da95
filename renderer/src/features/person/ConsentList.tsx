import { Button, Field, Heading, Label, Select, Table, Tag, Textfield } from '@digdir/designsystemet-react';
import { useCallback, useEffect, useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isoToDisplay } from '../../components/grid/format.ts';
import { StatusMessage } from '../../components/StatusMessage.tsx';
import { call } from '../../api/client.ts';
import { type Consent } from '../../api/people.ts';
import { osloToday } from '../../../../shared/oslo-day.ts';
import { CONSENT_METHODS, CONSENT_PURPOSES } from './fields.ts';
import { DateField } from '../../components/date-field/DateField.tsx';

/** Samtykker per purpose: when given, text version, how; withdraw; record a new one. */
export function ConsentList({ personId }: { personId: string }) {
  const { t } = useTranslation();
  const ids = { purpose: useId(), method: useId() };
  const [consents, setConsents] = useState<Consent[] | null>(null);
  const [purpose, setPurpose] = useState<string>('storage');
  const [method, setMethod] = useState<string>('paper');
  const [givenOn, setGivenOn] = useState(osloToday());
  const [textVersion, setTextVersion] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState<string | null>(null);

  const load = useCallback(
    () =>
      call('consents.list', { personId }).then(setConsents, (caught: unknown) => {
        setConsents([]);
        setError(caught);
      }),
    [personId],
  );

  useEffect(() => {
    void load();
  }, [load]);

  async function run(action: () => Promise<unknown>, message: string) {
    setError(null);
    setDone(null);
    try {
      await action();
      setDone(message);
      await load();
    } catch (caught) {
      setError(caught);
    }
  }

  function record(event: FormEvent) {
    event.preventDefault();
    const input = { personId, purpose: purpose as Consent['purpose'], method: method as NonNullable<Consent['method']>, givenOn, textVersion: textVersion.trim() || null };
    void run(() => call('consents.record', input), t('person.consents.recorded'));
  }

  return (
    <div className="stack">
      {consents && consents.length === 0 && <p className="muted">{t('person.consents.none')}</p>}
      {consents && consents.length > 0 && (
        <Table data-size="sm" zebra data-testid="consents">
          <caption className="sr-only">{t('person.tabs.consents')}</caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell>{t('person.consents.purpose')}</Table.HeaderCell>
              <Table.HeaderCell>{t('person.consents.givenOn')}</Table.HeaderCell>
              <Table.HeaderCell>{t('person.consents.method')}</Table.HeaderCell>
              <Table.HeaderCell>{t('person.consents.textVersion')}</Table.HeaderCell>
              <Table.HeaderCell>{t('person.consents.status')}</Table.HeaderCell>
              <Table.HeaderCell>
                <span className="sr-only">{t('person.consents.actions')}</span>
              </Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {consents.map((consent) => {
              const purposeText = t(`person.values.consentPurpose.${consent.purpose}`, { defaultValue: consent.purpose });
              return (
                <Table.Row key={consent.id}>
                  <Table.Cell>{purposeText}</Table.Cell>
                  <Table.Cell>{isoToDisplay(consent.givenOn)}</Table.Cell>
                  <Table.Cell>{consent.method ? t(`person.values.consentMethod.${consent.method}`, { defaultValue: consent.method }) : ''}</Table.Cell>
                  <Table.Cell>{consent.textVersion ?? ''}</Table.Cell>
                  <Table.Cell>
                    {consent.withdrawnOn ? (
                      <Tag data-size="sm" data-color="neutral">
                        {t('person.consents.withdrawnOn', { date: isoToDisplay(consent.withdrawnOn) })}
                      </Tag>
                    ) : (
                      <Tag data-size="sm" data-color="success">
                        {t('person.consents.active')}
                      </Tag>
                    )}
                  </Table.Cell>
                  <Table.Cell>
                    {!consent.withdrawnOn && (
                      <Button
                        variant="tertiary"
                        data-size="sm"
                        aria-label={t('person.consents.withdrawLabel', { purpose: purposeText })}
                        onClick={() => void run(() => call('consents.withdraw', { consentId: consent.id, withdrawnOn: osloToday() }), t('person.consents.withdrawn'))}
                      >
                        {t('person.consents.withdraw')}
                      </Button>
                    )}
                  </Table.Cell>
                </Table.Row>
              );
            })}
          </Table.Body>
        </Table>
      )}
      <form className="stack subform" onSubmit={record} noValidate>
        <Heading level={3} data-size="2xs">
          {t('person.consents.recordTitle')}
        </Heading>
        <div className="person-form__fields">
          <Field>
            <Label htmlFor={ids.purpose}>{t('person.consents.purpose')}</Label>
            <Select id={ids.purpose} value={purpose} onChange={(event) => setPurpose(event.target.value)}>
              {CONSENT_PURPOSES.map((value) => (
                <Select.Option key={value} value={value}>
                  {t(`person.values.consentPurpose.${value}`)}
                </Select.Option>
              ))}
            </Select>
          </Field>
          <Field>
            <Label htmlFor={ids.method}>{t('person.consents.method')}</Label>
            <Select id={ids.method} value={method} onChange={(event) => setMethod(event.target.value)}>
              {CONSENT_METHODS.map((value) => (
                <Select.Option key={value} value={value}>
                  {t(`person.values.consentMethod.${value}`)}
                </Select.Option>
              ))}
            </Select>
          </Field>
          <DateField label={t('person.consents.givenOn')} value={givenOn} onChange={setGivenOn} />
          <Textfield label={t('person.consents.textVersion')} value={textVersion} onChange={(event) => setTextVersion(event.target.value)} />
        </div>
        <div className="button-row">
          <Button type="submit" variant="secondary">
            {t('person.consents.record')}
          </Button>
        </div>
        <StatusMessage error={error} done={done} />
      </form>
    </div>
  );
}
