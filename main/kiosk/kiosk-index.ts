import type { AttendanceCounts, KioskHit } from '../events/types.ts';
import { queryWords, searchTextOf } from '../search/fold.ts';

type Entry = { hit: KioskHit; search: string };

function compare(a: Entry, b: Entry): number {
  return a.search < b.search ? -1 : a.search > b.search ? 1 : a.hit.attendanceId < b.hit.attendanceId ? -1 : 1;
}

/**
 * The kiosk's in-memory search over one event's roster and walk-ins, folded like the people
 * search (bjorn finds Bjørn, olena finds Олена): every query word must start a word of the name.
 * Names that start with the whole query come first, then in name order. Built once at kiosk
 * start; a keystroke is one pass over the entries with no database read.
 */
export class KioskIndex {
  private readonly entries: Entry[] = [];
  private readonly byId = new Map<string, Entry>();

  constructor(hits: readonly KioskHit[]) {
    for (const hit of hits) {
      const entry = { hit: { ...hit }, search: ` ${searchTextOf(hit.firstName, hit.lastName)}` };
      this.entries.push(entry);
      this.byId.set(hit.attendanceId, entry);
    }
    this.entries.sort(compare);
  }

  get size(): number {
    return this.entries.length;
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
    let lo = 0;
    let hi = this.entries.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (compare(this.entries[mid]!, entry) < 0) lo = mid + 1;
      else hi = mid;
    }
    this.entries.splice(lo, 0, entry);
    this.byId.set(hit.attendanceId, entry);
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
    const starting: KioskHit[] = [];
    const others: KioskHit[] = [];
    for (const entry of this.entries) {
      const hay = entry.search;
      if (hay.startsWith(whole)) {
        if (starting.length < limit) starting.push({ ...entry.hit });
        else if (others.length >= limit) break;
        continue;
      }
      if (others.length >= limit) continue;
      let all = true;
      for (const needle of needles) {
        if (!hay.includes(needle)) {
          all = false;
          break;
        }
      }
      if (all) others.push({ ...entry.hit });
    }
    return [...starting, ...others].slice(0, limit);
  }

  counts(): AttendanceCounts {
    const counts = { registered: 0, attended: 0, noShow: 0, cancelled: 0, total: 0 };
    for (const { hit } of this.entries) {
      if (hit.status === 'registered') counts.registered++;
      else if (hit.status === 'attended') counts.attended++;
      else if (hit.status === 'no_show') counts.noShow++;
      else counts.cancelled++;
      counts.total++;
    }
    return counts;
  }
}
