import { Button, Details, Heading, Paragraph } from '@digdir/designsystemet-react';
import type { ColDef } from 'ag-grid-community';
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client.ts';
import { useApi } from '../../api/use-api.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { compareIsoDateToFilter, isoToDisplay } from '../../components/grid/format.ts';
import { KobleGrid } from '../../components/grid/KobleGrid.tsx';
import { fullName } from '../../api/people.ts';
import { grantLabel, type GrantSummary, type HoursRow, type HoursTotals } from './api.ts';
import { GrantPeriodFields } from './GrantPeriodFields.tsx';
import { HourlyRatesForm } from './HourlyRatesForm.tsx';
import { HoursQuickAdd, type HoursPerson } from './HoursQuickAdd.tsx';
import { HoursTotalsView } from './HoursTotalsView.tsx';
import { defaultPeriod, periodProblem } from './model.ts';
import { useKr, useNumber } from './use-format.ts';
import { osloYear } from '../../../../shared/oslo-day.ts';

function yearPeriod(): { from: string; to: string } {
  const year = osloYear();
  return { from: `${year}-01-01`, to: `${year}-12-31` };
}

/** Timer (egenandel): the timesheet grid for a grant and period, a keyboard row to add hours, totals and the hourly rates. */
export function HoursSection({ grants }: { grants: GrantSummary[] }) {
  const { t } = useTranslation();
  const ids = { title: useId() };
  const kr = useKr();
  const number = useNumber();
  const [grantId, setGrantId] = useState('');
  const [period, setPeriod] = useState(yearPeriod);
  const [rows, setRows] = useState<HoursRow[] | null>(null);
  const [totals, setTotals] = useState<HoursTotals | null>(null);
  const [selected, setSelected] = useState<HoursRow[]>([]);
  const [error, setError] = useState<unknown>(null);
  /** The row just added: scrolled into view once the grid has it. */
  const [added, setAdded] = useState<string | null>(null);
  const problem = periodProblem(period.from, period.to);

  const { data: people } = useApi(
    () =>
      Promise.all([call('staff.list', {}), call('mentors.list', {})]).then(([staff, mentors]): { staff: HoursPerson[]; mentors: HoursPerson[] } => ({
        staff: staff.map((member) => ({ key: `staff:${member.id}`, name: member.name, kind: 'staff' as const })),
        mentors: mentors
          .map((mentor) => ({ key: `mentor:${mentor.id}`, name: fullName(mentor), kind: 'mentor' as const }))
          .sort((a, b) => a.name.localeCompare(b.name, 'nb')),
      })),
    [],
    { onError: setError },
  );

  const { reload } = useApi(
    () => {
      if (problem) return null;
      const filter = { ...(grantId ? { grantId } : {}), from: period.from, to: period.to };
      return Promise.all([call('hours.list', filter), call('hours.totals', filter)]);
    },
    [grantId, period, problem],
    {
      onData: ([list, sums]) => {
        setRows(list);
        setTotals(sums);
        setError(null);
      },
      onError: setError,
    },
  );

  function chooseGrant(id: string) {
    setGrantId(id);
    const grant = grants.find((candidate) => candidate.id === id);
    setPeriod(grant ? defaultPeriod(grant) : yearPeriod());
  }

  async function removeSelected() {
    setError(null);
    try {
      for (const row of selected) await call('hours.remove', { hoursId: row.id });
      setSelected([]);
      reload();
    } catch (caught) {
      setError(caught);
    }
  }

  const grantNames = useMemo(() => new Map(grants.map((grant) => [grant.id, grantLabel(grant)])), [grants]);
  const columns = useMemo<ColDef<HoursRow>[]>(
    () => [
      {
        field: 'workedOn',
        headerName: t('reports.hours.workedOn'),
        valueFormatter: (p) => isoToDisplay(p.value as string),
        filter: 'agDateColumnFilter',
        filterParams: { comparator: compareIsoDateToFilter },
        sort: 'desc',
        width: 130,
      },
      { field: 'personName', headerName: t('reports.hours.person'), flex: 1, minWidth: 160 },
      { field: 'personKind', headerName: t('reports.hours.personKind'), valueFormatter: (p) => t(`reports.personKinds.${String(p.value)}`), width: 130 },
      { field: 'hours', headerName: t('reports.hours.hours'), type: 'numericColumn', valueFormatter: (p) => number(Number(p.value)), width: 100 },
      { field: 'activity', headerName: t('reports.hours.activity'), valueFormatter: (p) => t(`reports.activities.${String(p.value)}`, { defaultValue: String(p.value) }), width: 160 },
      { field: 'grantId', headerName: t('reports.hours.grant'), valueFormatter: (p) => (p.value ? (grantNames.get(String(p.value)) ?? '') : ''), flex: 1, minWidth: 160 },
      { field: 'hourlyValue', headerName: t('reports.hours.hourlyValue'), type: 'numericColumn', valueFormatter: (p) => (p.value === null ? '' : kr(Number(p.value))), width: 130 },
      { field: 'value', headerName: t('reports.hours.value'), type: 'numericColumn', valueFormatter: (p) => (p.value === null ? '' : kr(Number(p.value))), width: 130 },
      { field: 'note', headerName: t('reports.hours.note'), flex: 1, minWidth: 120 },
    ],
    [grantNames, kr, number, t],
  );

  const everyone = people ? [...people.staff, ...people.mentors] : [];

  return (
    <section className="stack" aria-labelledby={ids.title}>
      <Heading level={2} data-size="sm" id={ids.title}>
        {t('reports.hours.title')}
      </Heading>
      <Paragraph data-size="sm">{t('reports.hours.intro')}</Paragraph>
      <GrantPeriodFields
        grants={grants}
        grantId={grantId}
        onGrant={chooseGrant}
        grantText={t('reports.hours.grant')}
        allGrantsText={t('reports.hours.allGrants')}
        period={period}
        onPeriod={setPeriod}
      />
      <ErrorAlert error={error} />
      {people && (
        <HoursQuickAdd
          key={grantId}
          grants={grants}
          staff={people.staff}
          mentors={people.mentors}
          defaultGrantId={grantId}
          onAdded={(row) => {
            setAdded(row.id);
            reload();
          }}
        />
      )}
      <div className="button-row">
        <Button variant="tertiary" data-size="sm" disabled={selected.length === 0} onClick={() => void removeSelected()}>
          {t('reports.hours.removeSelected', { count: selected.length })}
        </Button>
      </div>
      <KobleGrid<HoursRow>
        label={t('reports.hours.gridLabel')}
        rowData={rows}
        columnDefs={columns}
        multiSelect
        onSelectionChanged={setSelected}
        onModelUpdated={(event) => {
          const node = added ? event.api.getRowNode(added) : undefined;
          if (!node) return;
          event.api.ensureNodeVisible(node, 'middle');
          event.api.flashCells({ rowNodes: [node] });
          setAdded(null);
        }}
        testId="hours-grid"
      />
      {totals && <HoursTotalsView totals={totals} />}
      <Details data-testid="rates-details">
        <Details.Summary>{t('reports.rates.title')}</Details.Summary>
        <Details.Content>{people && <HourlyRatesForm people={everyone} />}</Details.Content>
      </Details>
    </section>
  );
}
