/**
 * AG Grid (community edition) set up once for the app: the modules, the theme on top of
 * Designsystemet's tokens, and the grid's own texts in the user's language.
 */
import { AllCommunityModule, ModuleRegistry, themeQuartz, type Theme } from 'ag-grid-community';
import type { TFunction } from 'i18next';

let registered = false;

export function registerGridModules(): void {
  if (registered) return;
  ModuleRegistry.registerModules([AllCommunityModule]);
  registered = true;
}

export const kobleGridTheme: Theme = themeQuartz.withParams({
  fontFamily: 'inherit',
  fontSize: 15,
  headerFontWeight: 600,
  foregroundColor: 'var(--ds-color-neutral-text-default)',
  backgroundColor: 'var(--ds-color-neutral-background-default)',
  headerBackgroundColor: 'var(--ds-color-neutral-background-tinted)',
  accentColor: 'var(--ds-color-accent-base-default)',
  borderColor: 'var(--ds-color-neutral-border-subtle)',
  rowHoverColor: 'var(--ds-color-accent-surface-tinted)',
  selectedRowBackgroundColor: 'var(--ds-color-accent-surface-default)',
  wrapperBorderRadius: 8,
  spacing: 6,
});

/** The grid's built-in texts (filter menus, "no rows", aria labels) we translate. */
const GRID_TEXT_KEYS = [
  'noRowsToShow',
  'loadingOoo',
  'filterOoo',
  'searchOoo',
  'selectAll',
  'blanks',
  'equals',
  'notEqual',
  'blank',
  'notBlank',
  'contains',
  'notContains',
  'startsWith',
  'endsWith',
  'lessThan',
  'greaterThan',
  'lessThanOrEqual',
  'greaterThanOrEqual',
  'inRange',
  'before',
  'after',
  'andCondition',
  'orCondition',
  'applyFilter',
  'resetFilter',
  'clearFilter',
  'cancelFilter',
  'dateFormatOoo',
  'ariaChecked',
  'ariaUnchecked',
  'ariaIndeterminate',
  'ariaRowSelect',
  'ariaRowDeselect',
  'ariaRowSelectAll',
  'ariaRowToggleSelection',
  'ariaSearch',
  'ariaFilterInput',
  'ariaFilterValue',
  'ariaFilteringOperator',
  'ariaFilterColumnsInput',
  'ariaColumnSelectAll',
  'ariaLabelColumnMenu',
  'ariaLabelColumnFilter',
  'ariaSortableColumn',
  'ariaMenuColumn',
  'ariaFilterMenuOpen',
  'ariaLabelSelectField',
  'ariaLabelDialog',
  'ariaLabelCellEditor',
  'ariaHidden',
  'ariaVisible',
  'ariaInputEditor',
  'ariaDateFilterInput',
  'ariaLabelRichSelectField',
  'columnFilter',
] as const;

export function gridLocaleText(t: TFunction): Record<string, string> {
  const text: Record<string, string> = {};
  for (const key of GRID_TEXT_KEYS) text[key] = t(`people.gridText.${key}`);
  return text;
}
