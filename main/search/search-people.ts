import type { Stage } from '../../db/schema/stages.ts';
import type { KobleDb } from '../../db/vault/vault.ts';
import { prepared } from '../../db/sqlite-client.ts';
import { queryWords } from './fold.ts';

/** One hit of the search as you type. */
export type SearchHit = { id: string; kind: 'participant' | 'mentor'; name: string; detail: string | null; stage?: Stage };

type Table = { name: 'participants' | 'mentors'; index: string };
const TABLES: readonly Table[] = [
  { name: 'participants', index: 'participants_search_text_idx' },
  { name: 'mentors', index: 'mentors_search_text_idx' },
];

/** The smallest string after every string that starts with `prefix` (for an index range). */
function after(prefix: string): string {
  return prefix.slice(0, -1) + String.fromCharCode(prefix.charCodeAt(prefix.length - 1) + 1);
}

type Found = { rowid: number; searchText: string; starts: boolean };

/**
 * Candidates from one table, read from the search_text index alone (small, and in name order):
 * first those whose folded name starts with the whole query (an index range), then those where
 * every query word starts some word of the name (a scan of the index that stops at `limit`).
 */
function candidates(db: KobleDb, table: Table, words: readonly string[], limit: number): Found[] {
  const whole = words.join(' ');
  const rangeSql = `select rowid, search_text as searchText from ${table.name} indexed by ${table.index}
                    where search_text >= ? and search_text < ? order by search_text limit ?`;
  const starting = prepared(db, rangeSql).all(whole, after(whole), limit) as Omit<Found, 'starts'>[];
  const likes = words.map(() => `(' ' || search_text) like ?`).join(' and ');
  const wordsSql = `select rowid, search_text as searchText from ${table.name} indexed by ${table.index}
                    where ${likes} order by search_text limit ?`;
  const anywhere = prepared(db, wordsSql).all(...words.map((w) => `% ${w}%`), limit + starting.length) as Omit<Found, 'starts'>[];
  const seen = new Set(starting.map((f) => f.rowid));
  return [...starting.map((f) => ({ ...f, starts: true })), ...anywhere.filter((f) => !seen.has(f.rowid)).map((f) => ({ ...f, starts: false }))].slice(0, limit);
}

const DETAILS = {
  participants: `select p.rowid, p.id, trim(p.first_name || ' ' || p.last_name) as name, c.name as detail, p.stage
                 from participants p left join cohorts c on c.id = p.cohort_id
                 where p.rowid in (select value from json_each(?)) and p.erased_at is null`,
  mentors: `select m.rowid, m.id, trim(m.first_name || ' ' || m.last_name) as name, o.name as detail
            from mentors m left join organisations o on o.id = m.organisation_id
            where m.rowid in (select value from json_each(?)) and m.erased_at is null`,
} as const;

/**
 * Search as you type across participants and mentors: every query word must start a word of the
 * folded names (search_text), so "bjo han" finds "Bjørn Hansen" and "olena" finds "Олена". Names
 * that start with the query come first, then in name order. Erased people are never found.
 */
export function searchPeople(db: KobleDb, query: string, limit: number): SearchHit[] {
  const words = queryWords(query);
  if (words.length === 0) return [];
  const ranked: { hit: SearchHit; starts: boolean; key: string }[] = [];
  for (const table of TABLES) {
    const found = candidates(db, table, words, limit);
    if (found.length === 0) continue;
    const byRowid = new Map(found.map((f) => [f.rowid, f]));
    const rows = prepared(db, DETAILS[table.name]).all(JSON.stringify(found.map((f) => f.rowid))) as {
      rowid: number;
      id: string;
      name: string;
      detail: string | null;
      stage?: Stage;
    }[];
    for (const { rowid, stage, ...rest } of rows) {
      const f = byRowid.get(rowid)!;
      const hit: SearchHit = table.name === 'participants' ? { ...rest, kind: 'participant', stage: stage! } : { ...rest, kind: 'mentor' };
      ranked.push({ hit, starts: f.starts, key: f.searchText });
    }
  }
  ranked.sort((a, b) => Number(b.starts) - Number(a.starts) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return ranked.slice(0, limit).map((r) => r.hit);
}
