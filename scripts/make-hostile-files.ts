/**
 * Generates hostile and awkward spreadsheets at test time (never committed): a merge over the
 * whole sheet, a zip bomb, a million empty formatted rows, header-only files, bidi names, a Sum
 * row, duplicate headers, an unterminated quote, data behind an instructions sheet, UTF-16 without
 * a byte-order mark, old .xls, .ods, a password-protected workbook and a truncated one.
 * `node scripts/make-hostile-files.ts DIR` writes them all to DIR.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import { csv, xlsx, zip } from './make-import-fixtures.ts';
import { writeZip, type ZipEntry } from './streaming-zip.ts';

const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** The parts every workbook needs around one sheet (xl/worksheets/sheet1.xml, inline strings). */
function workbookParts(sheet: ZipEntry): ZipEntry[] {
  return [
    {
      name: '[Content_Types].xml',
      data: `${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>`,
    },
    { name: '_rels/.rels', data: `${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>` },
    { name: 'xl/workbook.xml', data: `${XML}<workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets><sheet name="Ark1" sheetId="1" r:id="rId1"/></sheets></workbook>` },
    {
      name: 'xl/_rels/workbook.xml.rels',
      data: `${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${REL}/styles" Target="styles.xml"/></Relationships>`,
    },
    {
      name: 'xl/styles.xml',
      data: `${XML}<styleSheet xmlns="${MAIN}"><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf/></cellStyleXfs><cellXfs count="2"><xf/><xf fillId="1" applyFill="1"/></cellXfs></styleSheet>`,
    },
    sheet,
  ];
}

const inline = (ref: string, text: string) => `<c r="${ref}" t="inlineStr"><is><t>${text}</t></is></c>`;
const HEADER_ROW = `<row r="1">${inline('A1', 'Fornavn')}${inline('B1', 'Etternavn')}</row><row r="2">${inline('A2', 'Kari')}${inline('B2', 'Nordmann')}</row>`;
const SHEET_OPEN = `${XML}<worksheet xmlns="${MAIN}">`;

/** 1.7 KB: one merge over the whole sheet below the header (17 billion cells if expanded). */
export function mergeBomb(path: string) {
  return writeZip(path, workbookParts({ name: 'xl/worksheets/sheet1.xml', data: `${SHEET_OPEN}<sheetData>${HEADER_ROW}</sheetData><mergeCells count="1"><mergeCell ref="A2:XFD1048576"/></mergeCells></worksheet>` }));
}

/** About 2 MB that inflates to about 2 GB of sheet XML (`megabytes` of it), written without holding it in memory. */
export function zipBomb(path: string, megabytes = 2048) {
  const block = '<row><c t="inlineStr"><is><t>Kari</t></is></c><c t="inlineStr"><is><t>Nordmann</t></is></c></row>'.repeat(10_000);
  const times = Math.ceil((megabytes * 1024 * 1024) / block.length);
  return writeZip(path, workbookParts({ name: 'xl/worksheets/sheet1.xml', head: `${SHEET_OPEN}<sheetData>${HEADER_ROW}`, repeat: block, times, tail: '</sheetData></worksheet>' }));
}

/** A header, two people, then `rows` empty rows with a fill (≈ 10 MB for a million). */
export function styledEmptyRows(path: string, rows = 1_000_000) {
  function* chunks() {
    yield `${SHEET_OPEN}<dimension ref="A1:B${rows + 2}"/><sheetData>${HEADER_ROW}<row r="3">${inline('A3', 'Ola')}${inline('B3', 'Hansen')}</row>`;
    for (let start = 4; start < rows + 3; start += 10_000) {
      let text = '';
      for (let r = start; r < Math.min(start + 10_000, rows + 3); r++) text += `<row r="${r}" s="1" customFormat="1"><c r="A${r}" s="1"/><c r="B${r}" s="1"/></row>`;
      yield text;
    }
    yield '</sheetData></worksheet>';
  }
  return writeZip(path, workbookParts({ name: 'xl/worksheets/sheet1.xml', chunks: chunks }));
}

/** UTF-16 little-endian strings as they sit in an OLE compound file's directory. */
const utf16 = (text: string) => Buffer.from(text, 'utf16le');
const CFB_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
function compoundFile(streams: string[]): Buffer {
  const body = Buffer.alloc(4096);
  streams.forEach((name, i) => utf16(name).copy(body, 1024 + i * 128));
  return Buffer.concat([CFB_MAGIC, Buffer.alloc(504), body]);
}

async function workbook(sheets: { name: string; rows: (string | number | null)[][]; merges?: string[] }[]): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.created = new Date(Date.UTC(2026, 0, 1));
  book.modified = book.created;
  for (const s of sheets) {
    const sheet = book.addWorksheet(s.name);
    s.rows.forEach((row) => sheet.addRow(row));
    for (const range of s.merges ?? []) sheet.mergeCells(range);
  }
  return Buffer.from(await book.xlsx.writeBuffer());
}

const PEOPLE = [
  ['Fornavn', 'Etternavn', 'E-post'],
  ['Kari', 'Nordmann', 'kari@example.no'],
  ['Ahmed', 'Hassan', 'ahmed@example.no'],
  ['Olena', 'Kovalenko', 'olena@example.no'],
];
const text = (rows: string[][], delimiter = ';') => Buffer.from(csv(rows, delimiter), 'utf8');

/** The small hostile files: name → bytes. */
export async function smallHostileFiles(): Promise<Record<string, Buffer>> {
  const good = await xlsx(PEOPLE);
  return {
    'header-only.csv': text([PEOPLE[0]!]),
    'header-only.xlsx': await xlsx([PEOPLE[0]!]),
    'bidi-names.csv': text([PEOPLE[0]!, ['Ali\u202Egpj.exe', 'Rahimi', 'ali@example.no'], ['\u2066Sara\u2069', 'Ba\u200Bkr\u200E', 'sara@example.no'], ['Jo\u0301n', 'Lie\uFEFF', 'jon@example.no']]),
    'sum-row.xlsx': await workbook([{ name: 'Deltakere', rows: [...PEOPLE, ['Sum', null, 3]], merges: ['A5:B5'] }]),
    'duplicate-headers.csv': text([['Fornavn', 'Etternavn', 'Fornavn', 'E-post', 'E-post'], ['Kari', 'Nordmann', 'Karianne', 'kari@example.no', 'k@example.no']]),
    'unterminated-quote.csv': Buffer.from('Fornavn;Etternavn;E-post\r\nKari;Nordmann;kari@example.no\r\n"Ahmed;Hassan;ahmed@example.no\r\nOlena;Kovalenko;olena@example.no\r\n', 'utf8'),
    'instructions-first.xlsx': await workbook([
      { name: 'Instruksjoner', rows: [['Slik fyller du ut lista'], ['Skriv én person per rad i arket Deltakere.'], ['Ikke endre overskriftene.']] },
      { name: 'Deltakere', rows: PEOPLE },
    ]),
    'utf16le-no-bom.csv': Buffer.from(csv([...PEOPLE.map((r) => [...r]), ['Bjørn', 'Østby', 'bjorn@example.no']], '\t'), 'utf16le'),
    'old.xls': compoundFile(['Root Entry', 'Workbook', '\u0005SummaryInformation']),
    'sheet.ods': zip({ mimetype: 'application/vnd.oasis.opendocument.spreadsheet', 'content.xml': '<office:document-content/>', 'META-INF/manifest.xml': '<manifest/>' }),
    'password.xlsx': compoundFile(['Root Entry', 'EncryptionInfo', 'EncryptedPackage', '\u0006DataSpaces']),
    'truncated.xlsx': good.subarray(0, Math.floor(good.length / 2)),
    'names-only.csv': text([['Fornavn', 'Etternavn'], ['Kari', 'Nordmann'], ['Ahmed', 'Hassan']]),
  };
}

/** The large hostile files, written straight to `dir`. */
export const LARGE_HOSTILE_FILES = { 'merge-bomb.xlsx': mergeBomb, 'zip-bomb.xlsx': zipBomb, 'styled-empty-rows.xlsx': styledEmptyRows } as const;

export async function writeHostileFiles(dir: string): Promise<string[]> {
  mkdirSync(dir, { recursive: true });
  for (const [name, bytes] of Object.entries(await smallHostileFiles())) writeFileSync(join(dir, name), bytes);
  for (const [name, make] of Object.entries(LARGE_HOSTILE_FILES)) await make(join(dir, name));
  return [...Object.keys(await smallHostileFiles()), ...Object.keys(LARGE_HOSTILE_FILES)];
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const dir = process.argv[2] ?? '.tmp/hostile';
  const names = await writeHostileFiles(dir);
  console.log(`${names.length} hostile files written to ${dir}`);
}
