/**
 * The exact assignment by shortest augmenting paths (Jonker–Volgenant style, as in scipy's
 * linear_sum_assignment), without expanding anything:
 *
 * - a mentor with capacity c is ONE column that takes up to c rows (not c slot columns);
 * - "unmatched" is ONE extra column of unlimited capacity, cost 0 ('score') or a cost larger than
 *   any possible gain in score ('count': one more participant matched always wins);
 * - participants are added one at a time; each addition is a Dijkstra from the new row over the
 *   mentor columns (reduced costs with node potentials, kept ≥ 0), stopped at the first column that
 *   has room: a mentor with a free place, or "unmatched". Rows already placed are reached through
 *   their mentor; every placed pair's reduced cost is kept at 0, so a full mentor's rows are
 *   scanned the moment it is settled, at its own distance.
 *
 * Dense rows are scanned over a Float64Array (−Infinity = not allowed, which never relaxes);
 * sparse inputs (few allowed pairs) use compressed rows and a heap over the mentors instead.
 * Costs are −score: minimising cost maximises the total.
 */

import { MinHeap } from './min-heap.ts';

/** Profits (scores) of the allowed pairs, either dense (n × m, −Infinity = not allowed) or compressed rows. */
export type LapMatrix =
  | { kind: 'dense'; n: number; m: number; profit: Float64Array }
  | { kind: 'sparse'; n: number; m: number; rowStart: Int32Array; cols: Int32Array; profit: Float64Array };

export type LapResult = {
  /** Mentor per participant, −1 = unmatched. */
  mentorOf: Int32Array;
};

/**
 * @param unmatchedCost what leaving a participant without a mentor costs (0 for the highest total;
 *   a large number for "most matched, then highest total").
 * @param progress called after each participant is placed, with how many are done.
 */
export function solveLap(matrix: LapMatrix, capacity: Int32Array, unmatchedCost: number, progress: (done: number) => void = () => {}): LapResult {
  const { n, m } = matrix;
  // Each mentor's rows, in a block of min(capacity, n) places.
  const cap = new Int32Array(m);
  const slotStart = new Int32Array(m + 1);
  for (let j = 0; j < m; j++) {
    cap[j] = Math.min(capacity[j]!, n);
    slotStart[j + 1] = slotStart[j]! + cap[j]!;
  }
  const slots = new Int32Array(slotStart[m]!);
  const used = new Int32Array(m);
  const rowMentor = new Int32Array(n).fill(-1); // −1: not yet placed or unmatched
  const rowSlot = new Int32Array(n);
  const piRow = new Float64Array(n);
  const piMentor = new Float64Array(m); // a mentor with room never changes potential: stays 0, like "unmatched"
  const dist = new Float64Array(m).fill(Infinity);
  const pred = new Int32Array(m);
  const settledMentors = new Int32Array(m);
  const scannedRows = new Int32Array(n);
  const scannedDist = new Float64Array(n);
  const active = new Int32Array(m);
  let activeCount = 0;
  for (let j = 0; j < m; j++) if (cap[j]! > 0) active[activeCount++] = j;

  const search = matrix.kind === 'dense' ? denseSearch(matrix, activeCount, active) : sparseSearch(matrix, cap);
  const state: SearchState = { cap, used, slots, slotStart, piRow, piMentor, dist, pred, settledMentors, scannedRows, scannedDist, unmatchedCost, settled: 0, scanned: 0, dUnmatched: Infinity, predUnmatched: -1 };

  for (let i = 0; i < n; i++) {
    const terminal = search(state, i); // a mentor with room, or −1 for "unmatched"
    const dT = terminal === -1 ? state.dUnmatched : dist[terminal]!;
    // Potentials: settled nodes move by their distance − dT; the rest stay (the Johnson update, shifted).
    for (let t = 0; t < state.settled; t++) {
      const j = settledMentors[t]!;
      piMentor[j] = piMentor[j]! + dist[j]! - dT;
    }
    for (let t = 0; t < state.scanned; t++) {
      const k = scannedRows[t]!;
      piRow[k] = (k === i ? 0 : piRow[k]!) + scannedDist[t]! - dT;
    }
    // Augment: each row on the path moves to the column after it.
    let to = terminal;
    let k = terminal === -1 ? state.predUnmatched : pred[terminal]!;
    for (;;) {
      const from = rowMentor[k]!;
      if (from >= 0) removeRow(state, rowMentor, rowSlot, k, from);
      if (to >= 0) {
        const s = slotStart[to]! + used[to]!;
        slots[s] = k;
        rowSlot[k] = s;
        used[to] = used[to]! + 1;
      }
      rowMentor[k] = to;
      if (k === i || from < 0) break;
      to = from;
      k = pred[from]!;
    }
    progress(i + 1);
  }
  return { mentorOf: rowMentor };
}

type SearchState = {
  cap: Int32Array;
  used: Int32Array;
  slots: Int32Array;
  slotStart: Int32Array;
  piRow: Float64Array;
  piMentor: Float64Array;
  dist: Float64Array;
  pred: Int32Array;
  /** Mentors settled in this search, in order (the last may be the terminal). */
  settledMentors: Int32Array;
  /** Rows scanned in this search, with their distance. */
  scannedRows: Int32Array;
  scannedDist: Float64Array;
  unmatchedCost: number;
  settled: number;
  scanned: number;
  dUnmatched: number;
  predUnmatched: number;
};

function removeRow(state: SearchState, rowMentor: Int32Array, rowSlot: Int32Array, k: number, j: number): void {
  const { slots, slotStart, used } = state;
  const last = slotStart[j]! + used[j]! - 1;
  const s = rowSlot[k]!;
  const moved = slots[last]!;
  slots[s] = moved;
  rowSlot[moved] = s;
  used[j] = used[j]! - 1;
  rowMentor[k] = -1;
}

/**
 * Dense: every search keeps the unsettled mentors in a list (as scipy's "remaining" columns), scans
 * a row over all of them and takes the least distance in the same pass.
 */
function denseSearch(matrix: Extract<LapMatrix, { kind: 'dense' }>, activeCount: number, active: Int32Array) {
  const { m, profit } = matrix;
  const todo = new Int32Array(activeCount);
  return (state: SearchState, start: number): number => {
    const { cap, used, slots, slotStart, piRow, piMentor, dist, pred, settledMentors, scannedRows, scannedDist, unmatchedCost } = state;
    todo.set(active.subarray(0, activeCount));
    let todoCount = activeCount;
    for (let t = 0; t < todoCount; t++) dist[todo[t]!] = Infinity;
    state.settled = 0;
    state.scanned = 0;
    let dUnmatched = Infinity;
    let predUnmatched = -1;
    // The rows to scan next, all at distance `level`: first the new row, then a settled full mentor's rows.
    let rowsFrom = -1; // mentor whose rows are scanned; −1 = the new row
    let level = 0;
    for (;;) {
      const count = rowsFrom === -1 ? 1 : used[rowsFrom]!;
      let bestT = -1;
      let best = Infinity;
      for (let r = 0; r < count; r++) {
        const k = rowsFrom === -1 ? start : slots[slotStart[rowsFrom]! + r]!;
        scannedRows[state.scanned] = k;
        scannedDist[state.scanned++] = level;
        const base = level + (k === start ? 0 : piRow[k]!); // the new row's potential counts as 0
        const offset = k * m;
        const viaUnmatched = base + unmatchedCost;
        if (viaUnmatched < dUnmatched) {
          dUnmatched = viaUnmatched;
          predUnmatched = k;
        }
        if (r === count - 1) {
          // The last row: relax and find the least distance in one pass.
          for (let t = 0; t < todoCount; t++) {
            const j = todo[t]!;
            const v = base - profit[offset + j]! - piMentor[j]!;
            let d = dist[j]!;
            if (v < d) {
              dist[j] = d = v;
              pred[j] = k;
            }
            if (d < best) {
              best = d;
              bestT = t;
            }
          }
        } else {
          for (let t = 0; t < todoCount; t++) {
            const j = todo[t]!;
            const v = base - profit[offset + j]! - piMentor[j]!;
            if (v < dist[j]!) {
              dist[j] = v;
              pred[j] = k;
            }
          }
        }
      }
      if (bestT === -1 || dUnmatched < best) {
        state.dUnmatched = dUnmatched;
        state.predUnmatched = predUnmatched;
        return -1;
      }
      const j = todo[bestT]!;
      todo[bestT] = todo[--todoCount]!;
      settledMentors[state.settled++] = j;
      if (used[j]! < cap[j]!) return j;
      rowsFrom = j;
      level = best;
    }
  };
}

/** Sparse: compressed rows, a binary heap over the mentors (lazy deletion), only touched entries reset. */
function sparseSearch(matrix: Extract<LapMatrix, { kind: 'sparse' }>, cap: Int32Array) {
  const { m, rowStart, cols, profit } = matrix;
  const done = new Uint8Array(m);
  const heap = new MinHeap(m);
  return (state: SearchState, start: number): number => {
    const { used, slots, slotStart, piRow, piMentor, dist, pred, settledMentors, scannedRows, scannedDist, unmatchedCost } = state;
    heap.clearTouched(dist, done);
    state.settled = 0;
    state.scanned = 0;
    let dUnmatched = Infinity;
    let predUnmatched = -1;
    const scan = (k: number, level: number) => {
      scannedRows[state.scanned] = k;
      scannedDist[state.scanned++] = level;
      const base = level + (k === start ? 0 : piRow[k]!);
      if (base + unmatchedCost < dUnmatched) {
        dUnmatched = base + unmatchedCost;
        predUnmatched = k;
      }
      for (let e = rowStart[k]!, end = rowStart[k + 1]!; e < end; e++) {
        const j = cols[e]!;
        if (done[j] || cap[j] === 0) continue;
        const v = base - profit[e]! - piMentor[j]!;
        if (v < dist[j]!) {
          dist[j] = v;
          pred[j] = k;
          heap.push(j, v);
        }
      }
    };
    scan(start, 0);
    for (;;) {
      let j = -1;
      while (heap.size > 0) {
        const top = heap.peek();
        if (done[top]) {
          heap.pop();
          continue;
        }
        j = top;
        break;
      }
      if (j === -1 || dUnmatched < dist[j]!) {
        state.dUnmatched = dUnmatched;
        state.predUnmatched = predUnmatched;
        return -1;
      }
      heap.pop();
      done[j] = 1;
      settledMentors[state.settled++] = j;
      if (used[j]! < cap[j]!) return j;
      const level = dist[j]!;
      for (let s = slotStart[j]!, end = s + used[j]!; s < end; s++) scan(slots[s]!, level);
    }
  };
}
