import { Field, Label, Select } from '@digdir/designsystemet-react';
import { useId, type Dispatch, type SetStateAction } from 'react';
import { useTranslation } from 'react-i18next';
import { grantLabel, type GrantSummary } from './api.ts';
import { periodProblem } from './model.ts';
import { DateField } from '../../components/date-field/DateField.tsx';

type Period = { from: string; to: string };

type Props = {
  grants: GrantSummary[];
  grantId: string;
  onGrant: (id: string) => void;
  /** The grant field's label. */
  grantText: string;
  /** When set, a first choice "" with this text (e.g. every grant). */
  allGrantsText?: string;
  period: Period;
  onPeriod: Dispatch<SetStateAction<Period>>;
};

/** The toolbar both Rapporter screens filter by: a grant and a period, the period checked (missing, end before start). */
export function GrantPeriodFields({ grants, grantId, onGrant, grantText, allGrantsText, period, onPeriod }: Props) {
  const { t } = useTranslation();
  const grantFieldId = useId();
  const problem = periodProblem(period.from, period.to);
  return (
    <div className="toolbar">
      <Field className="toolbar-field">
        <Label htmlFor={grantFieldId}>{grantText}</Label>
        <Select id={grantFieldId} value={grantId} onChange={(event) => onGrant(event.target.value)}>
          {allGrantsText !== undefined && <Select.Option value="">{allGrantsText}</Select.Option>}
          {grants.map((grant) => (
            <Select.Option key={grant.id} value={grant.id}>
              {grantLabel(grant)}
            </Select.Option>
          ))}
        </Select>
      </Field>
      <DateField label={t('reports.from')} value={period.from} onChange={(value) => onPeriod((p) => ({ ...p, from: value }))} />
      <DateField
        label={t('reports.to')}
        value={period.to}
        onChange={(value) => onPeriod((p) => ({ ...p, to: value }))}
        error={problem === 'order' ? t('reports.periodOrder') : problem ? t('common.required') : undefined}
      />
    </div>
  );
}
