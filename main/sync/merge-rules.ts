import type { FieldValues } from './conflict-values.ts';
import { maxHlc, type Hlc } from './hlc.ts';

/**
 * How one incoming row meets the same row here. Pure: the values and clocks in, the columns to
 * write, the clocks to keep and the conflicts to list out.
 *
 * - Plain fields: per column, the value with the later clock wins (last writer by HLC); the
 *   clock of a column is its own stamp or, if it has none, the row's insert stamp.
 * - Erasure (tables with `erased_at`): an erased row always wins over one that is not, whatever
 *   the clocks; between two erased rows the clocks decide.
 * - A conflict is listed when both laptops wrote the field without seeing the other's value
 *   (the incoming write did not overwrite the clock this laptop has), on the laptop that decided
 *   it (the other then receives the decided value). `updated_at` follows its row without a listing.
 */
export type Clocks = { star: Hlc | null; cols: Record<string, Hlc> };
export type ConflictKind = 'field' | 'erased';
/** `values`, for a field both laptops wrote: the value kept and the one overwritten, each with its clock (whose laptop wrote it). */
export type MergeConflict = { column: string; kind: ConflictKind; kept: 'here' | 'incoming'; values?: FieldValues };
export type RowMerge = { set: Record<string, unknown>; clocks: Record<string, Hlc>; star: Hlc | null; conflicts: MergeConflict[] };

export type IncomingRow = { values: Record<string, unknown>; star: Hlc | null; cols: Record<string, Hlc>; prev: Record<string, Hlc | null> };

const effective = (clocks: Clocks, column: string): Hlc | null => maxHlc(clocks.cols[column], clocks.star);

function same(a: unknown, b: unknown): boolean {
  if (Buffer.isBuffer(a) && Buffer.isBuffer(b)) return a.equals(b);
  return a === b;
}

function erasureSide(here: Record<string, unknown>, incoming: Record<string, unknown>): 'here' | 'incoming' | null {
  if (!('erased_at' in here)) return null;
  const hereErased = here.erased_at != null;
  const incomingErased = incoming.erased_at != null;
  if (hereErased === incomingErased) return null;
  return hereErased ? 'here' : 'incoming';
}

export function mergeRow(here: Record<string, unknown>, hereClocks: Clocks, incoming: IncomingRow, pk: readonly string[]): RowMerge {
  const result: RowMerge = { set: {}, clocks: {}, star: null, conflicts: [] };
  const erased = erasureSide(here, incoming.values);
  const newStar = maxHlc(hereClocks.star, incoming.star);
  if (newStar !== hereClocks.star) result.star = newStar;
  for (const [column, value] of Object.entries(incoming.values)) {
    if (pk.includes(column) || !(column in here)) continue;
    const mine = effective(hereClocks, column);
    const theirs = maxHlc(incoming.cols[column], incoming.star);
    const differs = !same(here[column], value);
    const incomingLater = theirs !== null && (mine === null || theirs > mine);
    const takeIncoming = erased ? erased === 'incoming' : incomingLater;
    if (takeIncoming && differs) result.set[column] = value;
    const winner = maxHlc(mine, theirs);
    if (winner !== null && winner !== mine && winner !== newStar) result.clocks[column] = winner;
    if (!differs || column === 'updated_at') continue;
    if (erased) {
      if (erased === 'here' ? incomingLater : !incomingLater) result.conflicts.push({ column, kind: 'erased', kept: erased });
      continue;
    }
    const concurrent = column in incoming.prev && incoming.prev[column] !== mine && mine !== null;
    if (!concurrent) continue;
    const ours = { value: here[column], hlc: mine };
    const other = { value, hlc: theirs };
    const values = takeIncoming ? { kept: other, lost: ours } : { kept: ours, lost: other };
    result.conflicts.push({ column, kind: 'field', kept: takeIncoming ? 'incoming' : 'here', values });
  }
  return result;
}
