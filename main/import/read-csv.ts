import { decodeText, type DecodedText } from './decode-text.ts';
import type { Sheet } from './types.ts';

export type Delimiter = ',' | ';' | '\t';

/**
 * The delimiter of a CSV text: the one of ; , and tab that occurs most often, outside quotes, in
 * the first lines. Norwegian Excel writes semicolons (the comma is the decimal sign).
 */
export function detectDelimiter(text: string): Delimiter {
  const counts: Record<Delimiter, number> = { ',': 0, ';': 0, '\t': 0 };
  let quoted = false;
  let lines = 0;
  for (let i = 0; i < text.length && lines < 20; i++) {
    const ch = text[i];
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === ',' || ch === ';' || ch === '\t')) counts[ch]++;
    else if (!quoted && ch === '\n') lines++;
  }
  if (counts[';'] >= counts[','] && counts[';'] >= counts['\t'] && counts[';'] > 0) return ';';
  if (counts['\t'] > counts[',']) return '\t';
  return ',';
}

/** RFC 4180 records: quoted fields may hold the delimiter, "" and line breaks; CRLF, LF or CR end a record. */
export function parseCsv(text: string, delimiter: Delimiter): { records: string[][]; lineNumbers: number[]; unterminatedQuoteLine: number | null } {
  const records: string[][] = [];
  const lineNumbers: number[] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  let line = 1;
  let recordLine = 1;
  let quoteLine = 1;
  const endRecord = () => {
    record.push(field);
    records.push(record);
    lineNumbers.push(recordLine);
    record = [];
    field = '';
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else {
        if (ch === '\n') line++;
        field += ch;
      }
    } else if (ch === '"' && field.length === 0) {
      quoted = true;
      quoteLine = line;
    } else if (ch === delimiter) {
      record.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      endRecord();
      line++;
      recordLine = line;
    } else {
      field += ch;
    }
  }
  const unterminatedQuoteLine = quoted ? quoteLine : null;
  if (field.length > 0 || record.length > 0) endRecord();
  return { records, lineNumbers, unterminatedQuoteLine };
}

/** True when the bytes look like binary data rather than text (NUL bytes or many control characters). */
export function looksBinary(bytes: Uint8Array, decoded: DecodedText): boolean {
  if (decoded.encoding.startsWith('utf-16')) return false;
  const sample = bytes.subarray(0, 8192);
  let control = 0;
  for (const b of sample) {
    if (b === 0) return true;
    if (b < 9 || (b > 13 && b < 32)) control++;
  }
  return control > sample.length / 100;
}

/** A CSV file as a sheet; CSV cells are always text (dates and numbers are read by the normalisers). */
export function readCsv(
  bytes: Uint8Array,
  name: string,
): Sheet & { encoding: DecodedText['encoding']; delimiter: Delimiter; binary: boolean; unterminatedQuoteLine: number | null } {
  const decoded = decodeText(bytes);
  const binary = looksBinary(bytes, decoded);
  const delimiter = detectDelimiter(decoded.text);
  const { records, lineNumbers, unterminatedQuoteLine } = binary ? { records: [], lineNumbers: [], unterminatedQuoteLine: null } : parseCsv(decoded.text, delimiter);
  const sheet = { sheetName: name, rows: records, rowNumbers: lineNumbers, cellProblems: new Map(), encoding: decoded.encoding, delimiter, binary, unterminatedQuoteLine };
  return decoded.withoutBom && decoded.encoding.startsWith('utf-16') ? { ...sheet, decodedAs: decoded.encoding as 'utf-16le' | 'utf-16be' } : sheet;
}
