/** How large a spreadsheet the import reads. */

/** Larger files are refused before they are read. */
export const MAX_FILE_BYTES = 25 * 1024 * 1024;
/** More data rows than this are refused (DESIGN.md designs for 20,000 people in a programme). */
export const MAX_DATA_ROWS = 50_000;
