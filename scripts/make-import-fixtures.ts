/**
 * Generates the spreadsheet import corpus in main/import/fixtures/ (or the folder given as the
 * first argument): malformed and messy .xlsx/.csv files, one per case. Nothing in the corpus is
 * made by hand; run `node scripts/make-import-fixtures.ts` after changing a case here.
 * Large files (the 20 MB sheet, the over-25 MB file) are made at test time by makeLargeSheet /
 * makeOversizeFile, never committed.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { crc32 } from 'node:zlib';
import ExcelJS from 'exceljs';

type Row = (string | number | Date | null | { formula: string; result?: unknown })[];

const FIXED_DATE = new Date(Date.UTC(2026, 0, 1));

/** Deterministic bytes (a linear congruential generator), for garbage files. */
function pseudoRandomBytes(length: number, seed = 1): Buffer {
  const bytes = Buffer.alloc(length);
  let state = seed >>> 0 || 1;
  for (let i = 0; i < length; i++) {
    // xorshift32
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    state >>>= 0;
    bytes[i] = state & 0xff;
  }
  return bytes;
}

export async function xlsx(rows: Row[], options: { merges?: string[]; sheetName?: string; dateFormat?: string } = {}): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.created = FIXED_DATE;
  workbook.modified = FIXED_DATE;
  const sheet = workbook.addWorksheet(options.sheetName ?? 'Ark1');
  rows.forEach((row, r) => {
    row.forEach((value, c) => {
      if (value === null) return;
      const cell = sheet.getCell(r + 1, c + 1);
      cell.value = value as ExcelJS.CellValue;
      if (value instanceof Date) cell.numFmt = options.dateFormat ?? 'dd.mm.yyyy';
    });
  });
  for (const range of options.merges ?? []) sheet.mergeCells(range);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export const csv = (rows: (string | number)[][], delimiter = ';') =>
  rows.map((row) => row.map((v) => (/[";,\n\r]/.test(String(v)) ? `"${String(v).replaceAll('"', '""')}"` : String(v))).join(delimiter)).join('\r\n') + '\r\n';

/** A zip archive (stored, no compression) holding the given files: a zip that is not a workbook. */
export function zip(files: Record<string, string>): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, text] of Object.entries(files)) {
    const data = Buffer.from(text, 'utf8');
    const nameBytes = Buffer.from(name, 'utf8');
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, data);
    centrals.push(central, nameBytes);
    offset += 30 + nameBytes.length + data.length;
  }
  const centralSize = centrals.reduce((n, b) => n + b.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Object.keys(files).length, 8);
  end.writeUInt16LE(Object.keys(files).length, 10);
  end.writeUInt32LE(centralSize, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, ...centrals, end]);
}

const HEAD = ['Fornavn', 'Etternavn', 'E-post', 'Mobil', 'Fødselsår', 'Kjønn', 'Landbakgrunn', 'Kommune'];
const KARI = ['Kari', 'Nordmann', 'kari.nordmann@example.no', '912 34 567', 1988, 'K', 'Eritrea', 'Skien'];
const AHMED = ['Ahmed', 'Hassan', 'ahmed.hassan@example.no', '+47 480 11 222', 1979, 'M', 'Syria', '4003'];
const OLENA = ['Olena', 'Kovalenko', 'olena.k@example.com', '004741122333', 1992, 'kvinne', 'Ukraina', 'Porsgrunn'];
const utf8 = (text: string) => Buffer.from(text, 'utf8');

/** Every fixture: file name → bytes. */
export async function buildFixtures(): Promise<Record<string, Buffer>> {
  const names = [['Fornavn', 'Etternavn', 'Kommune'], ['Bjørn', 'Østby', 'Bø'], ['Åse', 'Ærø', 'Våler (Innlandet)'], ['Jørgen', 'Dæhli', 'Tønsberg']];
  const dateRows: Row[] = [
    ['Fornavn', 'Etternavn', 'Fødselsdato', 'Registrert'],
    ['Dato', 'Celle', new Date(Date.UTC(1990, 4, 17)), new Date(Date.UTC(2025, 0, 15))],
    ['Excel', 'Serienummer', 32980, 45672],
    ['Norsk', 'Tekst', '17.05.1990', '15.01.2025'],
    ['Kort', 'År', '7.5.90', '1.2.25'],
    ['Iso', 'Dato', '1990-05-17', '2025-01-15'],
    ['Iso', 'Tid', '1990-05-17T00:00:00', '2025-01-15 08:30'],
    ['Skråstrek', 'Dato', '17/05/1990', '15/01/2025'],
    ['Måned', 'Navn', '17. mai 1990', '15. januar 2025'],
    ['Engelsk', 'Måned', 'May 17, 1990', 'January 15, 2025'],
    ['Bare', 'År', 1990, null],
    ['Umulig', 'Dato', '31.02.1990', '32.01.2025'],
  ];
  return {
    'empty.csv': Buffer.alloc(0),
    'empty.xlsx': await xlsx([]),
    'blank-rows-only.csv': utf8('\r\n;;;\r\n  ; ;\r\n\r\n'),
    'no-header.csv': utf8(csv([KARI.map(String), AHMED.map(String)])),
    'no-header.xlsx': await xlsx([['Liste'], [], [123, 456, 789], ['a', 'b', 'c']]),
    'only-headers.xlsx': await xlsx([HEAD]),
    'only-headers.csv': utf8(csv([HEAD])),
    'title-rows.xlsx': await xlsx(
      [['Deltakerliste KIA Skien 2026'], [], ['Oppdatert 01.03.2026 av Kari'], [], HEAD, KARI, AHMED, [], OLENA],
      { merges: ['A1:H1'] },
    ),
    'merged-cells.xlsx': await xlsx(
      [['Mentorprogram høst 2026', null, null], ['Navn', 'Kommune', 'E-post'], ['Kari Nordmann', 'Skien', 'kari@example.no'], ['Ola Hansen', null, 'ola@example.no'], ['Per Olsen', null, 'per@example.no']],
      { merges: ['A1:C1', 'B3:B5'] },
    ),
    'formulas.xlsx': await xlsx([
      ['Fornavn', 'Etternavn', 'Fødselsår', 'E-post'],
      ['Kari', 'Nordmann', { formula: '2026-38', result: 1988 }, { formula: 'LOWER("KARI@EXAMPLE.NO")', result: 'kari@example.no' }],
      ['Uten', 'Resultat', { formula: '2026-40' }, 'uten@example.no'],
      ['Feil', 'Verdi', { formula: '#REF!+1', result: { error: '#REF!' } }, 'feil@example.no'],
    ]),
    'garbage.xlsx': pseudoRandomBytes(4096, 7),
    'not-a-workbook.xlsx': zip({ 'readme.txt': 'Dette er en zip-fil, ikke et regneark.', 'data/list.csv': 'Fornavn;Etternavn\nKari;Nordmann\n' }),
    'old-format.xls': Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), pseudoRandomBytes(2048, 3)]),
    'binary.csv': pseudoRandomBytes(4096, 11),
    'dates.xlsx': await xlsx(dateRows),
    'dates.csv': utf8(csv(dateRows.slice(0, 1).concat(dateRows.slice(3)).map((row) => row.map((v) => (v == null ? '' : String(v)))))),
    'utf8-bom.csv': Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), utf8(csv(names))]),
    'utf8-no-bom.csv': utf8(csv(names)),
    'windows-1252.csv': Buffer.from(csv(names), 'latin1'),
    'utf16-tab.txt': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(csv(names, '\t'), 'utf16le')]),
    'semicolon.csv': utf8(csv([HEAD, KARI, AHMED, OLENA].map((r) => r.map(String)), ';')),
    'comma-quoted.csv': utf8(
      csv(
        [
          ['Navn', 'E-post', 'Merknad'],
          ['Nordmann, Kari', 'kari@example.no', 'Ønsker mentor innen IT, gjerne kvinne'],
          ['Ahmed Ali Hassan', 'ahmed@example.no', 'Første linje\nandre linje med "sitat"'],
        ],
        ',',
      ),
    ),
    'injection.csv': utf8(
      csv([
        ['Fornavn', 'Etternavn', 'Ønsket yrke', 'Merknad'],
        ['=HYPERLINK("http://example.invalid","klikk")', 'Formel', '+cmd|\' /C calc\'!A0', '-1+1'],
        ['@SUM(1+1)', 'Krøll', '=1+1', '@SUM(A1:A9)'],
        ['Kari', '-Nordmann', 'Sykepleier', '=cmd|\' /C notepad\'!A0'],
      ]),
    ),
    'injection.xlsx': await xlsx([
      ['Fornavn', 'Etternavn', 'Merknad'],
      ['=HYPERLINK("http://example.invalid","klikk")', 'Tekst', '+1+1'],
      ['Kari', 'Nordmann', '@SUM(A1)'],
    ]),
    'duplicates-in-file.csv': utf8(
      csv([
        ['Fornavn', 'Etternavn', 'E-post', 'Telefon', 'Fødselsår'],
        ['Kari', 'Nordmann', 'kari@example.no', '91234567', '1988'],
        ['Karianne', 'Nordmann', 'KARI@example.no', '', ''],
        ['K.', 'Nordmann', '', '+47 912 34 567', ''],
        ['KARI', 'NORDMANN', 'annen@example.no', '', '1988'],
        ['Ola', 'Hansen', 'ola@example.no', '92345678', '1990'],
      ]),
    ),
    'duplicates-in-programme.csv': utf8(
      csv([
        ['Fornavn', 'Etternavn', 'E-post', 'Telefon', 'Fødselsår'],
        ['Kari', 'Nordmann', 'kari.nordmann@example.no', '', ''],
        ['Ny', 'Person', 'ny.person@example.no', '', ''],
        ['Ahmed', 'Hassan', '', '48011222', ''],
      ]),
    ),
    'unknown-country.csv': utf8(csv([['Fornavn', 'Etternavn', 'Landbakgrunn'], ['A', 'En', 'Eritera'], ['B', 'To', 'Sverige'], ['C', 'Tre', 'Atlantis'], ['D', 'Fire', 'SYR'], ['E', 'Fem', 'Afganistan']])),
    'unknown-municipality.csv': utf8(
      csv([['Fornavn', 'Etternavn', 'Bostedskommune'], ['A', 'En', 'Skein'], ['B', 'To', 'Herøy'], ['C', 'Tre', '4003'], ['D', 'Fire', 'Oslo kommune'], ['E', 'Fem', 'Gotham'], ['F', 'Seks', '301']]),
    ),
    'impossible-birth-year.csv': utf8(csv([['Fornavn', 'Etternavn', 'Fødselsår'], ['A', 'En', '1850'], ['B', 'To', '2024'], ['C', 'Tre', 'ukjent'], ['D', 'Fire', '1985'], ['E', 'Fem', '3000']])),
    'invalid-email.csv': utf8(csv([['Fornavn', 'Etternavn', 'E-post'], ['A', 'En', 'kari(at)example.no'], ['B', 'To', 'ola@'], ['C', 'Tre', 'per olsen@example.no'], ['D', 'Fire', 'mailto:Ok@Example.NO']])),
    'missing-name.csv': utf8(csv([['Fornavn', 'Etternavn', 'E-post'], ['', '', 'uten.navn@example.no'], ['Kari', '', 'kari@example.no']])),
    'words.csv': utf8(
      csv([
        ['Navn', 'Kjønn', 'Utdanning', 'Norsknivå', 'Innvandringsgrunn', 'NOKUT', 'Fagfelt', 'Botid'],
        ['Kari Nordmann', 'kvinne', 'Mastergrad i økonomi', 'B2', 'Flukt', 'ja', 'Økonomi og administrasjon', '3 år'],
        ['Ola Hansen', 'M', 'Bachelor', 'norsk B1+', 'familiegjenforening', 'søkt', 'IT', '5'],
        ['Alex Berg', 'X', 'fagbrev elektro', 'A2/B1', 'arbeid', 'nei', 'Sykepleie', ''],
        ['Sam Lie', 'hest', 'barnehage', 'flink', 'turist', 'kanskje', 'Astrologi', 'lenge'],
      ]),
    ),
    'phones.csv': utf8(
      csv([['Fornavn', 'Etternavn', 'Mobil'], ['A', 'En', '912 34 567'], ['B', 'To', '+47 41 22 33 44'], ['C', 'Tre', '0047 98765432'], ['D', 'Fire', '+46 70-123 45 67'], ['E', 'Fem', '12345'], ['F', 'Seks', 'ring meg']]),
    ),
    'english-headers.csv': utf8(csv([['First name', 'Last name', 'Email', 'Phone', 'Year of birth', 'Gender', 'Country of origin', 'Municipality'], ['Mary', 'Smith', 'mary@example.com', '93344556', '1985', 'female', 'United Kingdom', 'Bergen']], ',')),
    'unknown-headers.csv': utf8(csv([['Fornavn', 'Etternavn', 'Kolonne X', 'Hjemby'], ['Kari', 'Nordmann', 'noe', 'Skien']])),
    'mentors.xlsx': await xlsx([
      ['Navn', 'E-post', 'Arbeidsgiver', 'Stilling', 'Fagfelt', 'Kapasitet', 'Erfaring', 'Kommune'],
      ['Per Ingeniør', 'per@firma.no', 'Yara ASA', 'Senioringeniør', 'Ingeniørfag, teknologi og IT', 2, '15 år', 'Porsgrunn'],
      ['Lise Lege', 'lise@sykehus.no', 'Sykehuset Telemark', 'Overlege', 'Medisin og helsefag', '1', 12, 'Skien'],
      ['Tom Tall', 'tom@bank.no', 'yara asa', 'Controller', 'Økonomi', 'mange', 5, 'Skien'],
    ]),
    'mixed-valid-invalid.xlsx': await xlsx([
      HEAD,
      KARI,
      AHMED,
      ['Feil', 'Epost', 'ikke-en-epost', '', 1990, 'K', 'Norge', 'Skien'],
      OLENA,
      ['Umulig', 'År', 'umulig@example.no', '', 1700, 'M', 'Sverige', 'Bamble'],
    ]),
  };
}

/** A .xlsx of about `megabytes` MB (long, incompressible notes) with valid people, for the size tests. */
export async function makeLargeSheet(path: string, megabytes = 20): Promise<{ rows: number }> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useSharedStrings: false });
  const sheet = workbook.addWorksheet('Deltakere');
  sheet.addRow(['Fornavn', 'Etternavn', 'E-post', 'Merknad']).commit();
  const noteLength = 4000;
  const rows = Math.ceil((megabytes * 1024 * 1024) / (noteLength * 0.75));
  const alphabet = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 æøåÆØÅ';
  const noise = pseudoRandomBytes(noteLength * rows, 5);
  for (let i = 0; i < rows; i++) {
    let note = '';
    const start = i * noteLength;
    for (let j = 0; j < noteLength; j++) note += alphabet[noise[start + j]! % alphabet.length];
    sheet.addRow([`Person${i}`, `Etternavn${i}`, `person${i}@example.no`, note]).commit();
  }
  await workbook.commit();
  return { rows };
}

/** A file just over the 25 MB limit (its content does not matter: it is refused before reading). */
export function makeOversizeFile(path: string): void {
  writeFileSync(path, Buffer.alloc(25 * 1024 * 1024 + 1, 0x41));
}

export const FIXTURES_DIR = fileURLToPath(new URL('../main/import/fixtures/', import.meta.url));

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const dir = process.argv[2] ?? FIXTURES_DIR;
  mkdirSync(dir, { recursive: true });
  const fixtures = await buildFixtures();
  for (const [name, bytes] of Object.entries(fixtures)) writeFileSync(join(dir, name), bytes);
  console.log(`${Object.keys(fixtures).length} fixtures written to ${dir}`);
}
