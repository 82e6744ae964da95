/**
 * The one mark of every hidden cell in a funder report, small or hidden to protect another (SSB's
 * sign for "not published for confidentiality"): two marks would tell the reader which cells are
 * small. The workbook (main/reports/funder) and the Rapporter screen's preview show the same.
 * shared/ imports nothing.
 */
export const HIDDEN_MARK = ':';
