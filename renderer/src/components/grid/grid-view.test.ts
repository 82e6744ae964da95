import { describe, expect, it } from 'vitest';
import type { GridApi } from 'ag-grid-community';
import { exportCell, gridView, SELECTION_COLUMN, shownCell } from './grid-view.ts';

describe('exportCell', () => {
  it('keeps numbers, empties to null, the rest as text', () => {
    expect(exportCell(12)).toBe(12);
    expect(exportCell(0)).toBe(0);
    expect(exportCell(Number.NaN)).toBeNull();
    expect(exportCell('')).toBeNull();
    expect(exportCell(undefined)).toBeNull();
    expect(exportCell('01.03.2026')).toBe('01.03.2026');
    expect(exportCell(true)).toBe('true');
  });
});

describe('shownCell', () => {
  it('keeps a number when the display is that number, the display otherwise', () => {
    expect(shownCell(0, '0')).toBe(0);
    expect(shownCell(12345, '12\u00a0345')).toBe(12345);
    expect(shownCell(3.5, '3,5')).toBe(3.5);
    expect(shownCell(-2, '\u22122')).toBe(-2);
    expect(shownCell(7, 7)).toBe(7);
    expect(shownCell(1, 'Ja')).toBe('Ja');
    expect(shownCell('registered', 'Registrert')).toBe('Registrert');
    expect(shownCell('2026-03-01', '01.03.2026')).toBe('01.03.2026');
    expect(shownCell(null, '')).toBeNull();
  });
});

describe('gridView', () => {
  it('takes the displayed data columns in order and the rows after filter and sort, formatted', () => {
    const column = (id: string) => ({ getColId: () => id });
    const columns = [column(SELECTION_COLUMN), column('name'), column('daysInStage'), column('nextActionOn')];
    const headers: Record<string, string> = { name: 'Navn', daysInStage: 'Dager i stadiet', nextActionOn: 'Dato for neste steg' };
    const rows = [
      { data: { name: 'B', daysInStage: 2, nextActionOn: '01.03.2026' } },
      { data: { name: 'A', daysInStage: 0, nextActionOn: '' } },
    ];
    const api = {
      getAllDisplayedColumns: () => columns,
      getDisplayNameForColumn: (c: { getColId(): string }) => headers[c.getColId()],
      forEachNodeAfterFilterAndSort: (fn: (node: unknown) => void) => rows.forEach(fn),
      getCellValue: ({ rowNode, colKey }: { rowNode: (typeof rows)[number]; colKey: { getColId(): string } }) =>
        rowNode.data[colKey.getColId() as keyof (typeof rows)[number]['data']],
    } as unknown as GridApi<unknown>;
    expect(gridView(api)).toEqual({
      columns: [
        { header: 'Navn', key: 'name' },
        { header: 'Dager i stadiet', key: 'daysInStage' },
        { header: 'Dato for neste steg', key: 'nextActionOn' },
      ],
      rows: [
        { name: 'B', daysInStage: 2, nextActionOn: '01.03.2026' },
        { name: 'A', daysInStage: 0, nextActionOn: null },
      ],
    });
  });
});
