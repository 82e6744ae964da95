import type { Column, GridApi, IRowNode } from 'ag-grid-community';

/** AG Grid's id for the checkbox column (rowSelection.checkboxes). */
export const SELECTION_COLUMN = 'ag-Grid-SelectionColumn';

/** The visible data columns (not the checkbox column), in display order. */
export function dataColumns<T>(api: GridApi<T>): Column[] {
  return api.getAllDisplayedColumns().filter((column) => column.getColId() !== SELECTION_COLUMN);
}

export type ExportCell = string | number | null;
export type GridViewExport = { columns: { header: string; key: string }[]; rows: Record<string, ExportCell>[] };

/** A shown value as an export cell: finite numbers stay numbers, empty becomes null, the rest text. */
export function exportCell(value: unknown): ExportCell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  const text = typeof value === 'string' ? value : String(value as string | boolean);
  return text === '' ? null : text;
}

/**
 * The cell as shown; a number stays a number when what is shown is just that number (AG Grid's
 * default number formatting included), so Excel can sum and sort it.
 */
export function shownCell(raw: unknown, formatted: unknown): ExportCell {
  if (typeof raw === 'number' && Number.isFinite(raw)) {
    if (formatted === raw || formatted === null || formatted === undefined) return raw;
    const plain = String(formatted as string).replace(/[\s\u00a0\u202f]/g, '').replace(',', '.').replace('\u2212', '-');
    if (Number(plain) === raw) return raw;
  }
  return exportCell(formatted);
}

/**
 * What the user sees, for "Eksporter visning": the displayed columns in order with their
 * headers, and every row after filter and sort (not only the rendered ones) with values
 * formatted as shown (dates dd.mm.åååå, stages translated, names instead of codes).
 */
export function gridView<T>(api: GridApi<T>): GridViewExport {
  const columns = dataColumns(api);
  const nodes: IRowNode<T>[] = [];
  api.forEachNodeAfterFilterAndSort((node) => {
    if (node.data && !node.group) nodes.push(node);
  });
  return {
    columns: columns.map((column) => ({ header: api.getDisplayNameForColumn(column, null), key: column.getColId() })),
    rows: nodes.map((node) =>
      Object.fromEntries(
        columns.map((column) => [
          column.getColId(),
          shownCell(api.getCellValue({ rowNode: node, colKey: column }), api.getCellValue({ rowNode: node, colKey: column, useFormatter: true })),
        ]),
      ),
    ),
  };
}
