import { basename } from 'node:path';
import type { KobleDb } from '../../db/vault/vault.ts';
import { apiError } from '../../db/errors.ts';
import { analyseFile, type Analysis } from './analyse.ts';
import { fieldsFor } from './fields.ts';
import type { HeaderMapping } from './header-map.ts';
import { importRecords } from './import-rows.ts';
import type { ImportRecord } from './record.ts';
import { nameProblems, type NamedProblem } from './row-names.ts';
import { skippedRowsOf, type SkippedRows } from './skipped-rows.ts';
import type { ImportKind, ImportNote, RowProblem, Sheet } from './types.ts';

/** The problem list sent to the UI is capped; `moreProblems` counts the rest. */
export const MAX_PROBLEMS = 1000;
export const SAMPLE_ROWS = 20;

export type ImportRequest = { kind: ImportKind; path: string; mapping?: HeaderMapping };

export type ImportPreview = {
  fileName: string;
  sheetName: string;
  headerRow: number;
  headers: { column: number; header: string; field: string | null; suggested: string | null }[];
  fields: { field: string; label: string; required: boolean }[];
  totalRows: number;
  validRows: number;
  invalidRows: number;
  /** each with the person of its row, for the wizard's problem table */
  problems: NamedProblem[];
  moreProblems: number;
  sample: (ImportRecord & { valid: boolean })[];
  notes: ImportNote[];
};

export type ImportResult = { imported: number; skipped: number; problems: RowProblem[]; moreProblems: number; notes: ImportNote[] };

function capped(problems: RowProblem[]): { problems: RowProblem[]; moreProblems: number } {
  return { problems: problems.slice(0, MAX_PROBLEMS), moreProblems: Math.max(0, problems.length - MAX_PROBLEMS) };
}

export function previewOf(analysis: Analysis, path: string): ImportPreview {
  const invalid = analysis.records.filter((r) => analysis.invalidRows.has(r.row)).length;
  const { problems, moreProblems } = capped(analysis.problems);
  return {
    fileName: basename(path),
    sheetName: analysis.sheetName,
    headerRow: analysis.headerRow,
    headers: analysis.headers,
    fields: fieldsFor(analysis.kind).map(({ field, label, required }) => ({ field, label, required })),
    totalRows: analysis.records.length,
    validRows: analysis.records.length - invalid,
    invalidRows: invalid,
    problems: nameProblems(problems, analysis),
    moreProblems,
    sample: analysis.records.slice(0, SAMPLE_ROWS).map((r) => ({ ...r, valid: !analysis.invalidRows.has(r.row) })),
    notes: analysis.notes,
  };
}

type Options = { today?: string; readSheet?: (path: string) => Promise<Sheet> };

function analyse(db: KobleDb, request: ImportRequest, options: Options): Promise<Analysis> {
  return analyseFile(request.path, request.kind, {
    db,
    ...(request.mapping ? { mapping: request.mapping } : {}),
    ...(options.today ? { today: options.today } : {}),
    ...(options.readSheet ? { readSheet: options.readSheet } : {}),
  });
}

/** The dry run: reads, maps and checks the file; writes nothing. */
export async function previewImport(db: KobleDb, request: ImportRequest, options: Options = {}): Promise<ImportPreview> {
  return previewOf(await analyse(db, request, options), request.path);
}

/**
 * Imports the file in one transaction. With invalid rows and `skipInvalid` false it refuses with
 * IMPORT_INVALID_ROWS (details: the problems) and writes nothing; with `skipInvalid` it imports
 * only the valid rows, and hands the rows it left out, as they were in the file, to `onSkipped`.
 */
export async function commitImport(
  db: KobleDb,
  request: ImportRequest & { skipInvalid: boolean },
  options: Options & { staffId: string | null; beforeRow?: (record: ImportRecord, index: number) => void; onSkipped?: (rows: SkippedRows) => void },
): Promise<ImportResult> {
  const analysis = await analyse(db, request, options);
  const valid = analysis.records.filter((r) => !analysis.invalidRows.has(r.row));
  const skipped = analysis.records.length - valid.length;
  if (skipped > 0 && !request.skipInvalid) {
    throw apiError('IMPORT_INVALID_ROWS', `${skipped} of ${analysis.records.length} rows have problems; nothing was imported`, {
      invalidRows: skipped,
      totalRows: analysis.records.length,
      ...capped(analysis.problems),
    });
  }
  const imported = importRecords(db, request.kind, valid, { staffId: options.staffId, skipped, ...(options.beforeRow ? { beforeRow: options.beforeRow } : {}) });
  if (skipped > 0) options.onSkipped?.(skippedRowsOf(analysis, basename(request.path)));
  return { imported, skipped, ...capped(analysis.problems), notes: analysis.notes };
}
