import type { ColDef, ICellRendererParams, ValueFormatterParams } from 'ag-grid-community';
import type { TFunction } from 'i18next';
import { compareIsoDateToFilter, isoToDisplay } from '../../components/grid/format.ts';
import { SensitiveTooltip } from '../../components/grid/SensitiveTooltip.tsx';
import { StageFilter } from './StageFilter.tsx';
import { STAGES, fullName, type PersonRow, type Stage } from '../../api/people.ts';

export type Lookups = { fieldName: (code: string | null) => string; countryName: (code: string | null) => string; municipalityName: (number: string | null) => string };

const NAME_COLLATOR = new Intl.Collator('nb', { sensitivity: 'base' });

const dateFilter = {
  filter: 'agDateColumnFilter',
  filterParams: { comparator: compareIsoDateToFilter, browserDatePicker: true },
} as const;

function NameCell({ data, context }: ICellRendererParams<PersonRow, string, { open: (row: PersonRow) => void }>) {
  if (!data) return null;
  return (
    <button type="button" className="grid-link" tabIndex={-1} onClick={() => context.open(data)}>
      {fullName(data)}
    </button>
  );
}

/** The pipeline grid's columns: the agreed ones shown, the rest available in "Kolonner". */
export function participantColumns(t: TFunction, lookups: Lookups, readOnly: boolean): ColDef<PersonRow>[] {
  const formatDate = (params: ValueFormatterParams<PersonRow, string | null>) => isoToDisplay(params.value);
  return [
    {
      colId: 'name',
      headerName: t('people.columns.name'),
      valueGetter: (params) => (params.data ? fullName(params.data) : ''),
      cellRenderer: NameCell,
      pinned: 'left',
      lockVisible: true,
      width: 220,
      filter: 'agTextColumnFilter',
      // people.list comes sorted by last name, first name; a click on the header sorts the same way.
      comparator: (_a: string, _b: string, nodeA, nodeB) => {
        const a = nodeA.data;
        const b = nodeB.data;
        if (!a || !b) return 0;
        return NAME_COLLATOR.compare(a.lastName, b.lastName) || NAME_COLLATOR.compare(a.firstName, b.firstName);
      },
    },
    {
      colId: 'stage',
      field: 'stage',
      headerName: t('people.columns.stage'),
      valueFormatter: (params) => (params.value ? t(`stages.${params.value as Stage}`) : ''),
      getQuickFilterText: (params) => (params.value ? t(`stages.${params.value as Stage}`) : ''),
      comparator: (a: Stage, b: Stage) => STAGES.indexOf(a) - STAGES.indexOf(b),
      filter: StageFilter,
      width: 160,
    },
    { colId: 'daysInStage', field: 'daysInStage', headerName: t('people.columns.daysInStage'), filter: 'agNumberColumnFilter', type: 'numericColumn', width: 160, minWidth: 160 },
    { colId: 'coordinatorName', field: 'coordinatorName', headerName: t('people.columns.coordinator'), width: 170 },
    { colId: 'cohortName', field: 'cohortName', headerName: t('people.columns.cohort'), width: 140 },
    {
      colId: 'field',
      headerName: t('people.columns.field'),
      valueGetter: (params) => lookups.fieldName(params.data?.field ?? null),
      width: 220,
    },
    { colId: 'mentorName', field: 'mentorName', headerName: t('people.columns.mentor'), width: 170 },
    {
      colId: 'nextAction',
      field: 'nextAction',
      headerName: t('people.columns.nextAction'),
      editable: !readOnly,
      cellEditor: 'agTextCellEditor',
      cellEditorParams: { maxLength: 200 },
      width: 220,
      cellClass: readOnly ? undefined : 'cell--editable',
    },
    {
      colId: 'nextActionOn',
      field: 'nextActionOn',
      headerName: t('people.columns.nextActionOn'),
      editable: !readOnly,
      cellEditor: 'agDateStringCellEditor',
      valueFormatter: formatDate,
      getQuickFilterText: (params) => isoToDisplay(params.value),
      width: 150,
      cellClass: readOnly ? undefined : 'cell--editable',
      ...dateFilter,
    },
    { colId: 'email', field: 'email', headerName: t('people.columns.email'), hide: true, width: 220 },
    { colId: 'phone', field: 'phone', headerName: t('people.columns.phone'), hide: true, width: 140 },
    { colId: 'desiredOccupation', field: 'desiredOccupation', headerName: t('people.columns.desiredOccupation'), hide: true, width: 180 },
    { colId: 'norwegianLevel', field: 'norwegianLevel', headerName: t('people.columns.norwegianLevel'), hide: true, width: 120 },
    {
      colId: 'track',
      field: 'track',
      headerName: t('people.columns.track'),
      valueFormatter: (params) => (params.value ? t(`person.values.track.${params.value as string}`) : ''),
      hide: true,
      width: 140,
    },
    {
      colId: 'municipality',
      headerName: t('people.columns.municipality'),
      valueGetter: (params) => lookups.municipalityName(params.data?.municipalityNumber ?? null),
      hide: true,
      width: 160,
    },
    {
      colId: 'countryOfBackground',
      headerName: t('people.columns.countryOfBackground'),
      // Special category (ethnicity): marked in the header's tooltip and in "Kolonner".
      headerTooltip: t('person.sensitiveHelp'),
      tooltipComponent: SensitiveTooltip,
      headerClass: 'header--sensitive',
      context: { sensitive: true },
      valueGetter: (params) => lookups.countryName(params.data?.countryOfBackground ?? null),
      hide: true,
      width: 160,
    },
    { colId: 'registeredOn', field: 'registeredOn', headerName: t('people.columns.registeredOn'), valueFormatter: formatDate, hide: true, width: 140, ...dateFilter },
    { colId: 'stageChangedOn', field: 'stageChangedOn', headerName: t('people.columns.stageChangedOn'), valueFormatter: formatDate, hide: true, width: 140, ...dateFilter },
  ];
}
