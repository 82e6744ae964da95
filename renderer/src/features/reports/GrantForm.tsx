import { Button, Checkbox, Field, Fieldset, Heading, Label, Select, Textfield } from '@digdir/designsystemet-react';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client.ts';
import type { Cohort } from '../../api/people.ts';
import { StatusMessage } from '../../components/StatusMessage.tsx';
import { useAction } from '../../components/use-action.ts';
import type { GrantSummary } from './api.ts';
import { FUNDERS, parseAmount, periodProblem, type Funder } from './model.ts';
import { DateField } from '../../components/date-field/DateField.tsx';

type Props = {
  /** The grant to edit, or null for a new one. */
  grant: GrantSummary | null;
  cohorts: Cohort[];
  /** The programme setting a county grant gets when its name is left empty. */
  countyFunderName: string;
  onSaved: (grant: GrantSummary) => void;
  onCancel: () => void;
};

function amountText(amount: number | null | undefined): string {
  return amount === null || amount === undefined ? '' : String(amount).replace('.', ',');
}

/** Create or edit a grant: funder, name, scheme, case number, amount, period, the cohorts it funds, notes. */
export function GrantForm({ grant, cohorts, countyFunderName, onSaved, onCancel }: Props) {
  const { t } = useTranslation();
  const funderId = useId();
  const [funder, setFunder] = useState<Funder>(grant?.funder ?? 'county');
  const [funderName, setFunderName] = useState(grant?.funderName ?? '');
  const [scheme, setScheme] = useState(grant?.scheme ?? '');
  const [caseNumber, setCaseNumber] = useState(grant?.caseNumber ?? '');
  const [amount, setAmount] = useState(amountText(grant?.amount));
  const [periodStart, setPeriodStart] = useState(grant?.periodStart ?? '');
  const [periodEnd, setPeriodEnd] = useState(grant?.periodEnd ?? '');
  const [cohortIds, setCohortIds] = useState<string[]>(grant?.cohortIds ?? []);
  const [notes, setNotes] = useState(grant?.notes ?? '');
  const [submitted, setSubmitted] = useState(false);
  const action = useAction();

  const parsedAmount = parseAmount(amount);
  const period = periodProblem(periodStart, periodEnd);
  const nameMissing = funderName.trim() === '' && !(funder === 'county' && countyFunderName.trim() !== '');

  function pickFunder(next: Funder) {
    setFunder(next);
    // IMDi is always IMDi; other funders keep what was typed.
    if (next === 'imdi' && funderName.trim() === '') setFunderName('IMDi');
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSubmitted(true);
    if (!parsedAmount.ok || period || nameMissing) return;
    await action.run(async () => {
      const fields = {
        funder,
        ...(funderName.trim() ? { funderName: funderName.trim() } : {}),
        scheme: scheme.trim() || null,
        caseNumber: caseNumber.trim() || null,
        amount: parsedAmount.value,
        periodStart,
        periodEnd,
        notes: notes.trim() || null,
        cohortIds,
      };
      const saved = grant ? await call('grants.update', { grantId: grant.id, changes: fields }) : await call('grants.create', fields);
      onSaved(saved);
      return t('common.saved');
    });
  }

  return (
    <form className="stack subform" onSubmit={(event) => void submit(event)} noValidate data-testid="grant-form">
      <Heading level={3} data-size="2xs">
        {grant ? t('reports.grants.editTitle', { name: grant.funderName }) : t('reports.grants.newTitle')}
      </Heading>
      <div className="reports-form__fields">
        <Field>
          <Label htmlFor={funderId}>{t('reports.grants.funder')}</Label>
          <Select id={funderId} value={funder} onChange={(event) => pickFunder(event.target.value as Funder)}>
            {FUNDERS.map((value) => (
              <Select.Option key={value} value={value}>
                {t(`reports.funders.${value}`)}
              </Select.Option>
            ))}
          </Select>
        </Field>
        <Textfield
          label={t('reports.grants.funderName')}
          description={funder === 'county' && countyFunderName ? t('reports.grants.countyDefault', { name: countyFunderName }) : undefined}
          placeholder={funder === 'county' ? countyFunderName : undefined}
          value={funderName}
          onChange={(event) => setFunderName(event.target.value)}
          error={submitted && nameMissing ? t('common.required') : undefined}
          maxLength={200}
        />
        <Textfield label={t('reports.grants.scheme')} value={scheme} onChange={(event) => setScheme(event.target.value)} maxLength={200} />
        <Textfield label={t('reports.grants.caseNumber')} value={caseNumber} onChange={(event) => setCaseNumber(event.target.value)} maxLength={100} />
        <Textfield
          label={t('reports.grants.amount')}
          inputMode="decimal"
          value={amount}
          onChange={(event) => setAmount(event.target.value)}
          error={submitted && !parsedAmount.ok ? t('reports.grants.amountInvalid') : undefined}
        />
        <DateField
          label={t('reports.grants.periodStart')}
          value={periodStart}
          onChange={setPeriodStart}
          error={submitted && period === 'missing' && !periodStart ? t('common.required') : undefined}
        />
        <DateField
          label={t('reports.grants.periodEnd')}
          value={periodEnd}
          onChange={setPeriodEnd}
          error={submitted && period ? (period === 'order' ? t('reports.periodOrder') : !periodEnd ? t('common.required') : undefined) : undefined}
        />
      </div>
      {cohorts.length > 0 && (
        <Fieldset>
          <Fieldset.Legend>{t('reports.grants.cohorts')}</Fieldset.Legend>
          <div className="reports-checks">
            {cohorts.map((cohort) => (
              <Checkbox
                key={cohort.id}
                label={cohort.name}
                value={cohort.id}
                checked={cohortIds.includes(cohort.id)}
                onChange={(event) => setCohortIds((ids) => (event.target.checked ? [...ids, cohort.id] : ids.filter((id) => id !== cohort.id)))}
              />
            ))}
          </div>
        </Fieldset>
      )}
      <Textfield label={t('reports.grants.notes')} multiline rows={3} value={notes} onChange={(event) => setNotes(event.target.value)} />
      <div className="button-row">
        <Button type="submit" loading={action.busy} disabled={action.busy}>
          {grant ? t('common.save') : t('reports.grants.create')}
        </Button>
        <Button type="button" variant="tertiary" onClick={onCancel}>
          {t('common.cancel')}
        </Button>
      </div>
      <StatusMessage error={action.error} done={action.done} />
    </form>
  );
}
