import type { AttendanceCounts, KioskHit } from '../events/types.ts';
import { queryWords, searchTextOf } from '../search/fold.ts';

type Entry = { hit: KioskHit; search: string };

function compare(a: Entry, b: Entry): number {
  return a.search < b.search ? -1 : a.search > b.search ? 1 : a.hit.attendanceId < b.hit.attendanceId ? -1 : 1;
}

/** First position in the sorted `keys` whose value is ≥ `key`. */
function lowerBound(keys: readonly string[], key: string): number {
  let lo = 0;
  let hi = keys.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (keys[mid]! < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The half-open range of sorted `keys` that start with `prefix`. */
function prefixRange(keys: readonly string[], prefix: string): [number, number] {
  return [lowerBound(keys, prefix), lowerBound(keys, `${prefix}\uffff`)];
}

function matchesAll(hay: string, needles: readonly string[]): boolean {
  for (const needle of needles) if (!hay.includes(needle)) return false;
  return true;
}

/**
 * The kiosk's in-memory search over one event's roster and walk-ins, folded like the people
 * search (bjorn finds Bjørn, olena finds Олена): every query word must start a word of the name.
 * Names that start with the whole query come first, then in name order. Built once at kiosk
 * start: the names sorted (whole-query prefixes are one binary search) and every name word
 * sorted with its row (a query word's candidates are one binary search; the rarest word is
 * checked against the rest). Walk-ins added later sit in a small list scanned as well.
 */
export class KioskIndex {
  private readonly entries: Entry[] = [];
  private readonly keys: string[] = [];
  private readonly words: string[] = [];
  private readonly wordRow: number[] = [];
  private readonly extra: Entry[] = [];
  /** One flag per row, all zero between searches. */
  private readonly marks: Uint8Array;
  private readonly byId = new Map<string, Entry>();

  constructor(hits: readonly KioskHit[]) {
    for (const hit of hits) {
      const entry = { hit: { ...hit }, search: ` ${searchTextOf(hit.firstName, hit.lastName)}` };
      this.entries.push(entry);
      this.byId.set(hit.attendanceId, entry);
    }
    this.entries.sort(compare);
    const pairs: [string, number][] = [];
    this.entries.forEach((entry, row) => {
      this.keys.push(entry.search);
      for (const word of entry.search.split(' ')) if (word) pairs.push([word, row]);
    });
    this.marks = new Uint8Array(this.entries.length);
    pairs.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] - b[1]));
    for (const [word, row] of pairs) {
      this.words.push(word);
      this.wordRow.push(row);
    }
  }

  get size(): number {
    return this.entries.length + this.extra.length;
  }

  get(attendanceId: string): KioskHit | undefined {
    const entry = this.byId.get(attendanceId);
    return entry ? { ...entry.hit } : undefined;
  }

  /** Adds a walk-in (or replaces a row with the same attendance id). */
  put(hit: KioskHit): void {
    const existing = this.byId.get(hit.attendanceId);
    if (existing) {
      existing.hit = { ...hit };
      return;
    }
    const entry = { hit: { ...hit }, search: ` ${searchTextOf(hit.firstName, hit.lastName)}` };
    this.extra.push(entry);
    this.extra.sort(compare);
    this.byId.set(hit.attendanceId, entry);
  }

  /** Takes out a row added with put (an undone walk-in); rows loaded at start stay. */
  remove(attendanceId: string): void {
    const at = this.extra.findIndex((e) => e.hit.attendanceId === attendanceId);
    if (at < 0) return;
    this.extra.splice(at, 1);
    this.byId.delete(attendanceId);
  }

  update(attendanceId: string, patch: Partial<Pick<KioskHit, 'status' | 'checkedInAt'>>): void {
    const entry = this.byId.get(attendanceId);
    if (entry) entry.hit = { ...entry.hit, ...patch };
  }

  search(query: string, limit: number): KioskHit[] {
    const words = queryWords(query);
    if (words.length === 0) return [];
    const whole = ` ${words.join(' ')}`;
    const needles = words.map((w) => ` ${w}`);
    // Names starting with the whole query: one range of the sorted names.
    const [from, to] = prefixRange(this.keys, whole);
    const starting: Entry[] = this.entries.slice(from, Math.min(to, from + limit));
    // Names where every word starts a name word: candidates of the rarest query word.
    let best: [number, number] | null = null;
    for (const word of words) {
      const range = prefixRange(this.words, word);
      if (!best || range[1] - range[0] < best[1] - best[0]) best = range;
    }
    // Mark the candidate rows (outside the starting range), then read them back in name order:
    // integer work proportional to the roster, string checks only until `limit` are found.
    const marks = this.marks;
    for (let i = best![0]; i < best![1]; i++) {
      const row = this.wordRow[i]!;
      if (row < from || row >= to) marks[row] = 1;
    }
    const others: Entry[] = [];
    for (let row = 0; row < marks.length; row++) {
      if (marks[row] === 0) continue;
      marks[row] = 0;
      if (others.length < limit && matchesAll(this.entries[row]!.search, needles)) others.push(this.entries[row]!);
    }
    for (const entry of this.extra) {
      if (entry.search.startsWith(whole)) starting.push(entry);
      else if (matchesAll(entry.search, needles)) others.push(entry);
    }
    if (this.extra.length > 0) {
      starting.sort(compare);
      others.sort(compare);
    }
    return [...starting, ...others].slice(0, limit).map((e) => ({ ...e.hit }));
  }

  counts(): AttendanceCounts {
    const counts = { registered: 0, attended: 0, noShow: 0, cancelled: 0, waitlisted: 0, total: 0 };
    for (const { hit } of [...this.entries, ...this.extra]) {
      if (hit.status === 'registered') counts.registered++;
      else if (hit.status === 'attended') counts.attended++;
      else if (hit.status === 'no_show') counts.noShow++;
      else if (hit.status === 'waitlisted') counts.waitlisted++;
      else counts.cancelled++;
      counts.total++;
    }
    return counts;
  }
}
