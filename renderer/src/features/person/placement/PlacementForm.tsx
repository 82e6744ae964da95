import { Alert, Button, Checkbox, Field, Fieldset, Heading, Label, Select, Textfield, ValidationMessage } from '@digdir/designsystemet-react';
import { useEffect, useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiCallError, call } from '../../../api/client.ts';
import { osloToday } from '../../../../../shared/oslo-day.ts';
import { StatusMessage } from '../../../components/StatusMessage.tsx';
import { apiFields, emptyValues, endBeforeStart, FORM_STATUSES, LIVELIHOODS, outsideUsualLength, problemsByField, valuesOf, type PlacementFormValues, type PlacementRow } from './model.ts';
import { DateField } from '../../../components/date-field/DateField.tsx';

type Organisation = { id: string; name: string };
type Props = { participantId: string; placement: PlacementRow | null; onSaved: (warnings: string[]) => void; onCancel: () => void };

/** Add or edit a placement: company, supervisor, job title, dates, NAV agreement, livsopphold, status. */
export function PlacementForm({ participantId, placement, onSaved, onCancel }: Props) {
  const { t } = useTranslation();
  const ids = { org: useId(), nav: useId(), livelihood: useId(), status: useId() };
  const [values, setValues] = useState<PlacementFormValues>(() => (placement ? valuesOf(placement) : emptyValues(osloToday())));
  const [companies, setCompanies] = useState<Organisation[]>([]);
  const [navOffices, setNavOffices] = useState<Organisation[]>([]);
  const [problems, setProblems] = useState<Record<string, string>>({});
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    call('organisations.list', {}).then(
      (list) => {
        setCompanies(list.filter((o) => o.kind !== 'nav_office').map((o) => ({ id: o.id, name: o.name })));
        setNavOffices(list.filter((o) => o.kind === 'nav_office').map((o) => ({ id: o.id, name: o.name })));
      },
      setError,
    );
  }, []);

  const set = <K extends keyof PlacementFormValues>(name: K, value: PlacementFormValues[K]) => {
    setValues((old) => ({ ...old, [name]: value }));
    setProblems((old) => ({ ...old, [name]: '' }));
  };
  const local = endBeforeStart(values) ? { endsOn: 'end_before_start' } : {};
  const problemOf = (name: string) => {
    const key = (local as Record<string, string>)[name] || problems[name];
    if (!key) return undefined;
    return t(`placement.problems.${key}`, { defaultValue: t('placement.problems.invalid') });
  };

  const statusEditable = !placement || (FORM_STATUSES as readonly string[]).includes(placement.status);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!values.startsOn || !values.endsOn || endBeforeStart(values)) {
      setProblems({ ...(values.startsOn ? {} : { startsOn: 'start_required' }), ...(values.endsOn ? {} : { endsOn: 'end_required' }) });
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const reply = placement
        ? await call('placements.update', { placementId: placement.id, changes: { ...apiFields(values), ...(statusEditable && values.status !== placement.status ? { status: values.status } : {}) } })
        : await call('placements.create', { participantId, ...apiFields(values), status: values.status === 'cancelled' ? 'planned' : values.status });
      onSaved(reply.warnings);
    } catch (caught) {
      if (caught instanceof ApiCallError && caught.code === 'API_INVALID_INPUT') setProblems(problemsByField(caught.details));
      setError(caught);
    } finally {
      setBusy(false);
    }
  }

  const statuses = placement ? FORM_STATUSES.filter((s) => s === placement.status || (placement.status === 'planned' && s !== 'planned')) : FORM_STATUSES.filter((s) => s !== 'cancelled');
  const text = (name: 'jobTitle' | 'supervisorName' | 'supervisorEmail' | 'supervisorPhone' | 'navAdvisor', type: 'text' | 'email' | 'tel' = 'text') => (
    <Textfield label={t(`placement.fields.${name}`)} type={type} data-size="sm" value={values[name]} onChange={(event) => set(name, event.target.value)} error={problemOf(name)} />
  );

  return (
    <form className="stack subform" data-testid="placement-form" noValidate onSubmit={(event) => void submit(event)}>
      <Heading level={4} data-size="2xs">
        {placement ? t('placement.editTitle') : t('placement.addTitle')}
      </Heading>
      <div className="person-form__fields">
        <Field>
          <Label htmlFor={ids.org}>{t('placement.fields.organisation')}</Label>
          <Select id={ids.org} data-size="sm" value={values.organisationId} onChange={(event) => set('organisationId', event.target.value)}>
            <Select.Option value="">{t('person.form.none')}</Select.Option>
            {companies.map((o) => (
              <Select.Option key={o.id} value={o.id}>
                {o.name}
              </Select.Option>
            ))}
          </Select>
          {problemOf('organisationId') && <ValidationMessage>{problemOf('organisationId')}</ValidationMessage>}
        </Field>
        {text('jobTitle')}
        {text('supervisorName')}
        {text('supervisorEmail', 'email')}
        {text('supervisorPhone', 'tel')}
        <DateField label={t('placement.fields.startsOn')} data-size="sm" value={values.startsOn} onChange={(value) => set('startsOn', value)} error={problemOf('startsOn')} />
        <DateField label={t('placement.fields.endsOn')} data-size="sm" value={values.endsOn} onChange={(value) => set('endsOn', value)} error={problemOf('endsOn')} />
        {statusEditable && (
          <Field>
            <Label htmlFor={ids.status}>{t('placement.fields.status')}</Label>
            <Select id={ids.status} data-size="sm" value={values.status} onChange={(event) => set('status', event.target.value as PlacementFormValues['status'])}>
              {statuses.map((s) => (
                <Select.Option key={s} value={s}>
                  {t(`placement.status.${s}`)}
                </Select.Option>
              ))}
            </Select>
          </Field>
        )}
      </div>
      {outsideUsualLength(values) && (
        <Alert data-color="warning" data-size="sm" data-testid="placement-length-warning">
          {t('placement.warnings.length_outside_3_6_months')}
        </Alert>
      )}
      <Fieldset>
        <Fieldset.Legend>{t('placement.navTitle')}</Fieldset.Legend>
        <Checkbox label={t('placement.fields.navAgreement')} checked={values.navAgreement} onChange={(event) => set('navAgreement', event.target.checked)} />
        {values.navAgreement && (
          <div className="person-form__fields">
            <Field>
              <Label htmlFor={ids.nav}>{t('placement.fields.navOffice')}</Label>
              <Select id={ids.nav} data-size="sm" value={values.navOfficeId} onChange={(event) => set('navOfficeId', event.target.value)}>
                <Select.Option value="">{t('person.form.none')}</Select.Option>
                {navOffices.map((o) => (
                  <Select.Option key={o.id} value={o.id}>
                    {o.name}
                  </Select.Option>
                ))}
              </Select>
              {problemOf('navOfficeId') && <ValidationMessage>{problemOf('navOfficeId')}</ValidationMessage>}
            </Field>
            {text('navAdvisor')}
          </div>
        )}
        <Field>
          <Label htmlFor={ids.livelihood}>{t('placement.fields.livelihood')}</Label>
          <Select id={ids.livelihood} data-size="sm" value={values.livelihood} onChange={(event) => set('livelihood', event.target.value)}>
            <Select.Option value="">{t('person.form.none')}</Select.Option>
            {LIVELIHOODS.map((l) => (
              <Select.Option key={l} value={l}>
                {t(`placement.livelihood.${l}`)}
              </Select.Option>
            ))}
          </Select>
        </Field>
      </Fieldset>
      <Textfield label={t('placement.fields.notes')} multiline rows={2} data-size="sm" value={values.notes} onChange={(event) => set('notes', event.target.value)} />
      <div className="button-row">
        <Button type="submit" data-size="sm" loading={busy} disabled={busy}>
          {t('common.save')}
        </Button>
        <Button type="button" variant="tertiary" data-size="sm" onClick={onCancel}>
          {t('common.cancel')}
        </Button>
      </div>
      <StatusMessage error={error} done={null} />
    </form>
  );
}
