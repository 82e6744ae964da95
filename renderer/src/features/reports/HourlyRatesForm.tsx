import { Button, Checkbox, Field, Fieldset, Heading, Label, Paragraph, Select, Table, Textfield } from '@digdir/designsystemet-react';
import { useEffect, useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { StatusMessage } from '../../components/StatusMessage.tsx';
import { useAction } from '../../components/use-action.ts';
import type { HourlyRates } from './api.ts';
import type { HoursPerson } from './HoursQuickAdd.tsx';
import { parseAmount, parseNumber } from './model.ts';
import { useKr, useNumber } from './use-format.ts';

type PersonRate = HourlyRates['people'][number];

function text(value: number | null | undefined): string {
  return value === null || value === undefined ? '' : String(value).replace('.', ',');
}

/**
 * Timesatser for egenandel: a default value per hour, the funder's rule (‰ of gross annual
 * salary, at most N kr an hour) and rates per person. hours.add uses the person's rate, else the
 * rule with their salary, else the default. Rates per person are kept (not shown) when
 * `showPeople` is false.
 */
export function HourlyRatesForm({ people, showPeople = true }: { people: HoursPerson[]; showPeople?: boolean }) {
  const { t } = useTranslation();
  const ids = { person: useId(), heading: useId() };
  const kr = useKr();
  const number = useNumber();
  const [rates, setRates] = useState<HourlyRates | null>(null);
  const [loadError, setLoadError] = useState<unknown>(null);
  const [defaultHourly, setDefaultHourly] = useState('');
  const [useRule, setUseRule] = useState(false);
  const [permille, setPermille] = useState('1,2');
  const [maxHourly, setMaxHourly] = useState('800');
  const [personRates, setPersonRates] = useState<PersonRate[]>([]);
  const [newPerson, setNewPerson] = useState('');
  const [newHourly, setNewHourly] = useState('');
  const [newSalary, setNewSalary] = useState('');
  const [invalid, setInvalid] = useState(false);
  const action = useAction();

  useEffect(() => {
    call('hours.getRates', {}).then((value) => {
      setRates(value);
      setDefaultHourly(text(value.defaultHourly));
      setUseRule(value.rule !== null);
      if (value.rule) {
        setPermille(text(value.rule.permilleOfSalary));
        setMaxHourly(text(value.rule.maxHourly));
      }
      setPersonRates(value.people);
    }, setLoadError);
  }, []);

  const nameOf = (rate: PersonRate) => people.find((person) => person.key === `${rate.personKind}:${rate.personId}`)?.name ?? t('reports.rates.unknownPerson');

  function addPerson() {
    const hourly = parseAmount(newHourly);
    const salary = parseAmount(newSalary);
    if (!newPerson || !hourly.ok || !salary.ok || (hourly.value === null && salary.value === null)) {
      setInvalid(true);
      return;
    }
    setInvalid(false);
    const [personKind, personId] = newPerson.split(':') as ['staff' | 'mentor', string];
    const entry: PersonRate = { personKind, personId, ...(hourly.value !== null ? { hourly: hourly.value } : {}), ...(salary.value !== null ? { annualSalary: salary.value } : {}) };
    setPersonRates((list) => [...list.filter((rate) => !(rate.personKind === personKind && rate.personId === personId)), entry]);
    setNewHourly('');
    setNewSalary('');
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    const hourly = parseAmount(defaultHourly);
    const rulePermille = parseNumber(permille);
    const ruleMax = parseNumber(maxHourly);
    const ruleOk = !useRule || (rulePermille !== null && rulePermille > 0 && rulePermille < 1000 && ruleMax !== null && ruleMax > 0);
    if (!hourly.ok || !ruleOk) {
      setInvalid(true);
      return;
    }
    setInvalid(false);
    await action.run(async () => {
      const next = await call('hours.setRates', {
        defaultHourly: hourly.value,
        rule: useRule ? { permilleOfSalary: rulePermille ?? 0, maxHourly: ruleMax ?? 0 } : null,
        people: personRates,
      });
      setRates(next);
      return t('common.saved');
    });
  }

  if (loadError) return <ErrorAlert error={loadError} />;
  if (!rates) return <Paragraph data-size="sm">{t('app.loading')}</Paragraph>;

  return (
    <form className="stack" onSubmit={(event) => void submit(event)} noValidate data-testid="hourly-rates">
      <Paragraph data-size="sm" data-testid="rates-summary">
        {rates.rule ? t('reports.rates.ruleSummary', { permille: number(rates.rule.permilleOfSalary), max: kr(rates.rule.maxHourly) }) : t('reports.rates.noRule')}{' '}
        {rates.defaultHourly !== null ? t('reports.rates.defaultSummary', { value: kr(rates.defaultHourly) }) : ''}
      </Paragraph>
      <div className="reports-form__fields">
        <Textfield label={t('reports.rates.defaultHourly')} inputMode="decimal" value={defaultHourly} onChange={(event) => setDefaultHourly(event.target.value)} size={8} className="narrow-field" />
      </div>
      <Fieldset>
        <Fieldset.Legend>{t('reports.rates.ruleTitle')}</Fieldset.Legend>
        <Checkbox label={t('reports.rates.useRule')} checked={useRule} onChange={(event) => setUseRule(event.target.checked)} />
        {useRule && (
          <div className="reports-form__fields">
            <Textfield label={t('reports.rates.permille')} inputMode="decimal" value={permille} onChange={(event) => setPermille(event.target.value)} size={6} className="narrow-field" />
            <Textfield label={t('reports.rates.maxHourly')} inputMode="decimal" value={maxHourly} onChange={(event) => setMaxHourly(event.target.value)} size={8} className="narrow-field" />
          </div>
        )}
      </Fieldset>
      {showPeople && (
        <>
          <Heading level={3} data-size="2xs" id={ids.heading}>
            {t('reports.rates.peopleTitle')}
          </Heading>
          {personRates.length > 0 && (
            <Table data-size="sm" zebra aria-labelledby={ids.heading}>
              <Table.Head>
                <Table.Row>
                  <Table.HeaderCell>{t('reports.hours.person')}</Table.HeaderCell>
                  <Table.HeaderCell className="numeric">{t('reports.rates.hourly')}</Table.HeaderCell>
                  <Table.HeaderCell className="numeric">{t('reports.rates.annualSalary')}</Table.HeaderCell>
                  <Table.HeaderCell>
                    <span className="sr-only">{t('reports.actions')}</span>
                  </Table.HeaderCell>
                </Table.Row>
              </Table.Head>
              <Table.Body>
                {personRates.map((rate) => (
                  <Table.Row key={`${rate.personKind}:${rate.personId}`}>
                    <Table.Cell>{nameOf(rate)}</Table.Cell>
                    <Table.Cell className="numeric">{rate.hourly !== undefined ? kr(rate.hourly) : ''}</Table.Cell>
                    <Table.Cell className="numeric">{rate.annualSalary !== undefined ? kr(rate.annualSalary) : ''}</Table.Cell>
                    <Table.Cell>
                      <Button
                        type="button"
                        data-size="sm"
                        variant="tertiary"
                        aria-label={t('reports.rates.removeFor', { name: nameOf(rate) })}
                        onClick={() => setPersonRates((list) => list.filter((other) => other !== rate))}
                      >
                        {t('reports.rates.remove')}
                      </Button>
                    </Table.Cell>
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
          )}
          <div className="reports-form__fields reports-form__fields--row">
            <Field>
              <Label htmlFor={ids.person}>{t('reports.hours.person')}</Label>
              <Select id={ids.person} value={newPerson} onChange={(event) => setNewPerson(event.target.value)}>
                <Select.Option value="">{t('reports.rates.choosePerson')}</Select.Option>
                {people.map((person) => (
                  <Select.Option key={person.key} value={person.key}>
                    {person.name}
                  </Select.Option>
                ))}
              </Select>
            </Field>
            <Textfield label={t('reports.rates.hourly')} inputMode="decimal" value={newHourly} onChange={(event) => setNewHourly(event.target.value)} size={8} className="narrow-field" />
            <Textfield label={t('reports.rates.annualSalary')} inputMode="decimal" value={newSalary} onChange={(event) => setNewSalary(event.target.value)} size={10} className="narrow-field" />
            <div className="reports-form__submit">
              <Button type="button" variant="secondary" onClick={addPerson}>
                {t('reports.rates.addPerson')}
              </Button>
            </div>
          </div>
        </>
      )}
      {invalid && <Paragraph data-size="sm" className="error-text">{t('reports.rates.invalid')}</Paragraph>}
      <div className="button-row">
        <Button type="submit" loading={action.busy} disabled={action.busy}>
          {t('reports.rates.save')}
        </Button>
      </div>
      <StatusMessage error={action.error} done={action.done} />
    </form>
  );
}
