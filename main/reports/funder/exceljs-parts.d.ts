// Types for the two parts of exceljs the funder report loads on their own (xlsx-stream.ts).
declare module 'exceljs/lib/stream/xlsx/workbook-writer.js' {
  const WorkbookWriter: unknown;
  export default WorkbookWriter;
}
declare module 'exceljs/lib/doc/enums.js' {
  import type ExcelJS from 'exceljs';
  const enums: { ValueType: typeof ExcelJS.ValueType };
  export default enums;
}
