/** A stored date (YYYY-MM-DD or an ISO timestamp) as dd.mm.åååå, without time-zone shifts for plain dates. */
export function isoToDisplay(value: string | null | undefined): string {
  if (!value) return '';
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (!match) return '';
  if (value.length > 10) {
    const date = new Date(value);
    if (!Number.isNaN(date.getTime())) {
      return `${String(date.getDate()).padStart(2, '0')}.${String(date.getMonth() + 1).padStart(2, '0')}.${date.getFullYear()}`;
    }
  }
  return `${match[3]}.${match[2]}.${match[1]}`;
}

/** dd.mm.åååå with its time (hh:mm) for timestamps such as audit entries. */
export function isoToDisplayTime(value: string | null | undefined): string {
  if (!value) return '';
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return '';
  return `${isoToDisplay(value)} ${String(date.getHours()).padStart(2, '0')}:${String(date.getMinutes()).padStart(2, '0')}`;
}

/** Compares two YYYY-MM-DD strings for AG Grid's date filter (filter date at local midnight vs cell). */
export function compareIsoDateToFilter(filterDate: Date, cellValue: string | null): number {
  if (!cellValue) return -1;
  const filter = `${filterDate.getFullYear()}-${String(filterDate.getMonth() + 1).padStart(2, '0')}-${String(filterDate.getDate()).padStart(2, '0')}`;
  const cell = cellValue.slice(0, 10);
  return cell < filter ? -1 : cell > filter ? 1 : 0;
}

/** One cell for tab-separated clipboard text: tabs and line breaks become spaces. */
export function tsvCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  return String(value).replace(/[\t\r\n]+/g, ' ');
}

/** Rows of cells as the tab-separated text Excel pastes into cells. */
export function toTsv(rows: readonly (readonly unknown[])[]): string {
  return rows.map((row) => row.map(tsvCell).join('\t')).join('\r\n');
}
