import { Button, Field, Fieldset, Label, Select, Tag, Textfield, ValidationMessage } from '@digdir/designsystemet-react';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiCallError, call } from '../../api/client.ts';
import { StatusMessage } from '../../components/StatusMessage.tsx';
import type { Cohort, PersonDetail, ReferenceLists } from '../../api/people.ts';
import { FIELD_GROUPS, changedValues, fieldErrors, toFormValue, type FormField } from './fields.ts';

type Options = { reference: ReferenceLists | null; cohorts: Cohort[]; staff: { id: string; name: string }[] };

function optionsFor(field: FormField, lists: Options, t: (key: string) => string): { value: string; label: string }[] {
  const source = field.options;
  if (!source) return [];
  if ('values' in source) return source.values.map((value) => ({ value, label: source.labelKey ? t(`person.values.${source.labelKey}.${value}`) : value }));
  switch (source.reference) {
    case 'countries':
      return (lists.reference?.countries ?? []).map((item) => ({ value: item.code, label: item.name }));
    case 'fields':
      return (lists.reference?.fields ?? []).map((item) => ({ value: item.code, label: item.name }));
    case 'municipalities':
      return (lists.reference?.municipalities ?? []).map((item) => ({ value: item.number, label: `${item.name} (${item.number})` }));
    case 'cohorts':
      return lists.cohorts.map((item) => ({ value: item.id, label: item.name }));
    case 'staff':
      return lists.staff.map((item) => ({ value: item.id, label: item.name }));
  }
}

/** Every field of the participant, validated by people.update (API_INVALID_INPUT marks the fields). */
export function PersonForm({ person, lists, onSaved }: { person: PersonDetail; lists: Options; onSaved: () => void }) {
  const { t } = useTranslation();
  const formId = useId();
  const initial = () => Object.fromEntries(FIELD_GROUPS.flatMap((group) => group.fields).map((field) => [field.name, toFormValue((person as Record<string, unknown>)[field.name])]));
  const [values, setValues] = useState<Record<string, string>>(initial);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState<string | null>(null);

  const set = (name: string, value: string) => {
    setValues((old) => ({ ...old, [name]: value }));
    setDone(null);
  };

  async function submit(event: FormEvent) {
    event.preventDefault();
    const changes = changedValues(person as Record<string, unknown>, values);
    const local: Record<string, string> = {};
    if ((values.firstName ?? '').trim() === '') local.firstName = 'required';
    setErrors(local);
    if (Object.keys(local).length > 0) return;
    if (Object.keys(changes).length === 0) {
      setDone(t('person.form.noChanges'));
      return;
    }
    setBusy(true);
    setError(null);
    setDone(null);
    try {
      await call('people.update', { id: person.id, changes });
      setDone(t('common.saved'));
      onSaved();
    } catch (caught) {
      if (caught instanceof ApiCallError && caught.code === 'API_INVALID_INPUT') setErrors(fieldErrors(caught.details));
      setError(caught);
    } finally {
      setBusy(false);
    }
  }

  const errorText = (name: string) => (errors[name] ? t(errors[name] === 'required' ? 'common.required' : 'person.form.invalid') : undefined);

  return (
    <form className="stack person-form" onSubmit={(event) => void submit(event)} noValidate data-testid="person-form">
      {FIELD_GROUPS.map((group) => (
        <Fieldset key={group.key} className="person-form__group">
          <Fieldset.Legend>{t(`person.groups.${group.key}`)}</Fieldset.Legend>
          <div className="person-form__fields">
            {group.fields.map((field) => {
              const id = `${formId}-${field.name}`;
              const label = t(`person.fields.${field.name}`);
              if (field.kind === 'select') {
                const options = optionsFor(field, lists, t);
                const value = values[field.name] ?? '';
                return (
                  <Field key={field.name} className={field.name === 'notes' ? 'person-form__wide' : undefined}>
                    <Label htmlFor={id}>
                      {label} {field.sensitive && <Tag data-size="sm" data-color="warning">{t('person.sensitive')}</Tag>}
                    </Label>
                    {field.sensitive && <Field.Description>{t('person.sensitiveHelp')}</Field.Description>}
                    <Select id={id} value={value} onChange={(event) => set(field.name, event.target.value)} aria-invalid={errors[field.name] ? true : undefined}>
                      {!field.required && <Select.Option value="">{t('person.form.none')}</Select.Option>}
                      {value !== '' && !options.some((option) => option.value === value) && <Select.Option value={value}>{value}</Select.Option>}
                      {options.map((option) => (
                        <Select.Option key={option.value} value={option.value}>
                          {option.label}
                        </Select.Option>
                      ))}
                    </Select>
                    {errors[field.name] && <ValidationMessage>{errorText(field.name)}</ValidationMessage>}
                  </Field>
                );
              }
              const common = {
                id,
                label,
                value: values[field.name] ?? '',
                error: errorText(field.name),
                onChange: (event: { target: { value: string } }) => set(field.name, event.target.value),
              };
              if (field.kind === 'textarea') return <Textfield key={field.name} {...common} multiline rows={4} className="person-form__wide" />;
              return (
                <Textfield
                  key={field.name}
                  {...common}
                  type={field.kind === 'year' ? 'text' : field.kind}
                  inputMode={field.kind === 'year' ? 'numeric' : undefined}
                  autoComplete="off"
                />
              );
            })}
          </div>
        </Fieldset>
      ))}
      <div className="button-row">
        <Button type="submit" loading={busy} disabled={busy}>
          {t('person.form.save')}
        </Button>
      </div>
      <StatusMessage error={error} done={done} />
    </form>
  );
}
