import { Button, Field, Label, Paragraph, Select, Textfield } from '@digdir/designsystemet-react';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client.ts';
import { useApi } from '../../api/use-api.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import type { ReferenceLists } from '../../api/people.ts';
import { forgetReference } from '../people/use-reference.ts';
import { SettingsSection } from './SettingsSection.tsx';
import { StatusMessage } from '../../components/StatusMessage.tsx';
import { useAction } from '../../components/use-action.ts';

type FieldValue = ReferenceLists['fields'][number];

/** Egne fagfelt: the office's own fields beside the shipped list (reference.addValue / removeValue). */
export function OfficeFieldsSection() {
  const { t } = useTranslation();
  const mapsToId = useId();
  const [label, setLabel] = useState('');
  const [mapsTo, setMapsTo] = useState('');
  const [missing, setMissing] = useState(false);
  const action = useAction();

  const { data: fields, error: loadError, reload } = useApi(() => call('reference.lists', {}).then((lists) => lists.fields), []);

  const own = (fields ?? []).filter((field) => field.office);
  const shipped = (fields ?? []).filter((field) => !field.office);

  async function add(event: FormEvent) {
    event.preventDefault();
    const text = label.trim();
    if (!text) {
      setMissing(true);
      return;
    }
    setMissing(false);
    const ok = await action.run(async () => {
      const added = await call('reference.addValue', { kind: 'field', label: text, mapsTo: mapsTo || null });
      return t('settings.officeFields.added', { label: added.label });
    });
    if (ok) {
      setLabel('');
      setMapsTo('');
      forgetReference();
      reload();
    }
  }

  async function remove(field: FieldValue) {
    const ok = await action.run(async () => {
      await call('reference.removeValue', { kind: 'field', code: field.code });
      return t('settings.officeFields.removed', { label: field.name });
    });
    if (ok) {
      forgetReference();
      reload();
    }
  }

  return (
    <SettingsSection title={t('settings.officeFields.title')} text={t('settings.officeFields.text')}>
      <ErrorAlert error={loadError} />
      {fields !== null &&
        (own.length === 0 ? (
          <Paragraph data-size="sm">{t('settings.officeFields.none')}</Paragraph>
        ) : (
          <ul className="office-fields" aria-label={t('settings.officeFields.listLabel')} data-testid="office-fields">
            {own.map((field) => (
              <li key={field.code}>
                <span>{field.name}</span>
                <Button
                  variant="tertiary"
                  data-size="sm"
                  data-color="danger"
                  aria-label={t('settings.officeFields.removeLabel', { label: field.name })}
                  disabled={action.busy}
                  onClick={() => void remove(field)}
                >
                  {t('settings.officeFields.remove')}
                </Button>
              </li>
            ))}
          </ul>
        ))}
      <form className="stack" onSubmit={(event) => void add(event)} noValidate>
        <Textfield
          label={t('settings.officeFields.label')}
          value={label}
          maxLength={100}
          onChange={(event) => setLabel(event.target.value)}
          error={missing ? t('settings.officeFields.missing') : undefined}
        />
        <Field>
          <Label htmlFor={mapsToId}>{t('settings.officeFields.mapsTo')}</Label>
          <Select id={mapsToId} value={mapsTo} onChange={(event) => setMapsTo(event.target.value)}>
            <Select.Option value="">{t('settings.officeFields.noMapping')}</Select.Option>
            {shipped.map((field) => (
              <Select.Option key={field.code} value={field.code}>
                {field.name}
              </Select.Option>
            ))}
          </Select>
        </Field>
        <div className="button-row">
          <Button type="submit" loading={action.busy} disabled={action.busy}>
            {t('settings.officeFields.add')}
          </Button>
        </div>
        <StatusMessage error={action.error} done={action.done} />
      </form>
    </SettingsSection>
  );
}
