import type { CellKeyDownEvent, ColDef, GetRowIdParams, GridApi, GridReadyEvent, IRowNode, RowSelectionOptions } from 'ag-grid-community';
import { AgGridReact, type AgGridReactProps } from 'ag-grid-react';
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { gridLocaleText, kobleGridTheme, registerGridModules } from './ag-grid.ts';
import { toTsv } from './format.ts';
import { foldedQuickFilterMatcher, foldedQuickFilterParser } from './quick-filter.ts';
import { dataColumns } from './grid-view.ts';

registerGridModules();

/** The checkbox column stays at the left edge, before the pinned name. */
const SELECTION_COLUMN_DEF = { pinned: 'left' as const, width: 52, minWidth: 52, resizable: false, suppressHeaderMenuButton: true };

const COMPACT_ROW_HEIGHT = 28;
const COMPACT_HEADER_HEIGHT = 36;

type Props<T extends { id: string }> = {
  label: string;
  rowData: T[] | null;
  columnDefs: ColDef<T>[];
  quickFilterText?: string;
  multiSelect?: boolean;
  onReady?: (api: GridApi<T>) => void;
  onSelectionChanged?: (rows: T[]) => void;
  /** Enter on a row or a double click: open the row (the detail panel). */
  onOpen?: (row: T) => void;
  onCopied?: (rows: number) => void;
  testId?: string;
  /** Denser rows (a grid that fills a laptop window shows 15 or more). */
  compact?: boolean;
} & Pick<AgGridReactProps<T>, 'context' | 'onCellValueChanged' | 'onFilterChanged' | 'onSortChanged' | 'onModelUpdated' | 'readOnlyEdit' | 'onFirstDataRendered'>;

/**
 * Selected rows (or the focused row) as tab-separated text with a header line, in the order and
 * with the formatting shown: what Ctrl+C gives in Excel. Community AG Grid has no range clipboard.
 */
export function rowsAsTsv<T>(api: GridApi<T>): { text: string; count: number } {
  const columns = dataColumns(api);
  const nodes: IRowNode<T>[] = [];
  api.forEachNodeAfterFilterAndSort((node) => {
    if (node.isSelected()) nodes.push(node);
  });
  if (nodes.length === 0) {
    const focused = api.getFocusedCell();
    const node = focused ? api.getDisplayedRowAtIndex(focused.rowIndex) : undefined;
    if (node) nodes.push(node);
  }
  const header = columns.map((column) => api.getDisplayNameForColumn(column, null));
  const rows = nodes.map((node) => columns.map((column) => api.getCellValue({ rowNode: node, colKey: column, useFormatter: true })));
  return { text: toTsv([header, ...rows]), count: nodes.length };
}

/** AG Grid with Koble's theme, texts and defaults: sortable, filterable, resizable columns; keyboard copy. */
export function KobleGrid<T extends { id: string }>({
  label,
  rowData,
  columnDefs,
  quickFilterText,
  multiSelect = false,
  onReady,
  onSelectionChanged,
  onOpen,
  onCopied,
  testId,
  compact = false,
  ...rest
}: Props<T>) {
  const { t, i18n } = useTranslation();
  const localeText = useMemo(() => gridLocaleText(t, i18n.language), [t, i18n.language]);
  const defaultColDef = useMemo<ColDef<T>>(() => ({ sortable: true, filter: true, resizable: true, floatingFilter: false, minWidth: 90 }), []);
  const rowSelection = useMemo<RowSelectionOptions<T> | undefined>(
    () => (multiSelect ? { mode: 'multiRow', checkboxes: true, headerCheckbox: true, selectAll: 'filtered', enableClickSelection: false } : undefined),
    [multiSelect],
  );
  const getRowId = useCallback((params: GetRowIdParams<T>) => params.data.id, []);

  const onCellKeyDown = useCallback(
    (event: CellKeyDownEvent<T>) => {
      const key = event.event as KeyboardEvent | null | undefined;
      if (!key) return;
      if ((key.ctrlKey || key.metaKey) && key.key.toLowerCase() === 'c') {
        const { text, count } = rowsAsTsv(event.api);
        if (count === 0) return;
        key.preventDefault();
        void navigator.clipboard.writeText(text).then(
          () => onCopied?.(count),
          () => onCopied?.(0),
        );
      } else if (key.key === 'Enter' && event.data && onOpen && !event.colDef.editable) {
        key.preventDefault();
        onOpen(event.data);
      }
    },
    [onCopied, onOpen],
  );

  return (
    <div className="koble-grid" role="region" aria-label={label} data-testid={testId}>
      <AgGridReact<T>
        // A new grid when the language changes, so its own texts follow.
        key={i18n.language}
        theme={kobleGridTheme}
        rowHeight={compact ? COMPACT_ROW_HEIGHT : undefined}
        headerHeight={compact ? COMPACT_HEADER_HEIGHT : undefined}
        rowData={rowData}
        loading={rowData === null}
        columnDefs={columnDefs}
        defaultColDef={defaultColDef}
        localeText={localeText}
        getRowId={getRowId}
        rowSelection={rowSelection}
        selectionColumnDef={SELECTION_COLUMN_DEF}
        quickFilterText={quickFilterText}
        cacheQuickFilter
        quickFilterParser={foldedQuickFilterParser}
        quickFilterMatcher={foldedQuickFilterMatcher}
        animateRows={false}
        // Some twenty columns at most: all in the DOM, so screen readers and find-in-page see them.
        suppressColumnVirtualisation
        suppressRowTransform={false}
        stopEditingWhenCellsLoseFocus
        enableCellTextSelection={false}
        ensureDomOrder={false}
        onGridReady={(event: GridReadyEvent<T>) => onReady?.(event.api)}
        onSelectionChanged={(event) => onSelectionChanged?.(event.api.getSelectedRows())}
        onRowDoubleClicked={(event) => event.data && onOpen?.(event.data)}
        onCellKeyDown={onCellKeyDown}
        {...rest}
      />
    </div>
  );
}
