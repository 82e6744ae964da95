// Instances and the big programme for bench/matching.ts.
import type { KobleDb } from '../db/vault/vault.ts';
import { generateDemo } from '../main/demo/index.ts';
import { rawClient } from '../main/demo/insert.ts';
import { mentorFacts, participantFacts, type MatchingMentor, type MatchingParticipant } from '../main/matching/facts.ts';
import { namesFor } from '../main/matching/names.ts';
import { MentorIndex } from '../main/matching/score.ts';
import type { MatchingWeights } from '../main/matching/weights.ts';
import { prepared } from '../db/sqlite-client.ts';

export type Instance = { name: string; kind: string; scores: (number | null)[][]; capacity: number[] };

/** mulberry32: the same numbers for the same seed. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Uniform scores 0–100 with one decimal; each pair allowed with probability `density`. */
export function randomInstance(n: number, m: number, capacity: number, density: number, seed: number): Instance {
  const random = rng(seed);
  const scores = Array.from({ length: n }, () => Array.from({ length: m }, () => (random() < density ? Math.round(random() * 1000) / 10 : null)));
  return { name: `random ${density === 1 ? 'dense' : `sparse ${Math.round(density * 100)} %`}`, kind: 'uniform 0–100, one decimal', scores, capacity: Array<number>(m).fill(capacity) };
}

/**
 * Realistic: the real scoring (main/matching/score.ts, the eight criteria) over demo participants
 * and mentors, so scores take few distinct values with many ties. Dense: the programme's default
 * weights, no must-haves. Sparse: "same field" and "gender wish" as must-haves, so most pairs are
 * null (not allowed), as in a programme that insists on fagfelt.
 */
export function realisticInstance(
  participants: readonly MatchingParticipant[],
  mentors: readonly MatchingMentor[],
  weights: MatchingWeights,
  capacity: number,
  sparse: boolean,
): Instance {
  const names = namesFor('nb');
  const w: MatchingWeights = sparse ? { ...weights, field: { ...weights.field, mustHave: true }, gender: { ...weights.gender, mustHave: true } } : weights;
  // The instance is about the solver: every mentor active with `capacity` free places.
  const free = mentors.map((m) => ({ ...m, active: true, capacity, openMatches: 0 }));
  // MentorIndex gives scorePair's exact scores (main/matching/rank.test.ts), NaN for not allowed.
  const index = new MentorIndex(free);
  const scores = participants.map((p) => Array.from(index.scores(p, w, names), (s) => (Number.isNaN(s) ? null : s)));
  const allowed = scores.reduce((sum, row) => sum + row.filter((s) => s !== null).length, 0);
  const share = allowed / Math.max(1, participants.length * mentors.length);
  return {
    name: `realistic ${sparse ? 'sparse' : 'dense'}`,
    kind: `real scoring over demo people${sparse ? `, field + gender must-haves (${(share * 100).toFixed(1)} % allowed)` : ''}`,
    scores,
    capacity: Array<number>(mentors.length).fill(capacity),
  };
}

/** A seeded sample of k items. */
export function sample<T>(items: readonly T[], k: number, seed: number): T[] {
  const random = rng(seed);
  const copy = items.slice();
  for (let i = 0; i < Math.min(k, copy.length); i++) {
    const j = i + Math.floor(random() * (copy.length - i));
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy.slice(0, k);
}

const MENTOR_COLUMNS = [
  'first_name', 'last_name', 'search_text', 'email', 'phone', 'birth_year', 'gender', 'organisation_id', 'job_title', 'field', 'education_level',
  'years_of_experience', 'languages', 'municipality_number', 'capacity', 'availability', 'active', 'preferences', 'notes', 'registered_on', 'erased_at',
  'created_at', 'updated_at',
];
/** Columns taken from a second mentor, so the added mentors are new combinations, not copies. */
const MIXED = new Set(['first_name', 'search_text', 'gender', 'languages', 'municipality_number', 'capacity', 'active', 'birth_year']);

/**
 * A demo programme (`people` participants, about half as many mentors) topped up to `mentors`
 * mentors (at most doubled) by direct inserts that mix two generated mentors' attributes (work
 * from one; name, gender, languages, place and capacity from another). The added ids are the
 * first mentor's with an x in front (hex ids never start with x): the same programme every run.
 */
export function buildProgramme(db: KobleDb, staffId: string, people: number, mentors: number): { mentors: number; participants: number } {
  generateDemo(db, { people, seed: 2026, today: '2026-11-01', staffId });
  const have = (prepared(db, 'select count(*) as n from mentors').get() as { n: number }).n;
  if (have < mentors) {
    const select = MENTOR_COLUMNS.map((c) => (MIXED.has(c) ? `b.${c}` : `a.${c}`)).join(', ');
    rawClient(db)!.exec(`
      with a as (select *, row_number() over (order by id) as rn from mentors),
           b as (select *, row_number() over (order by search_text, id) as rn from mentors),
           k as (select count(*) as n from mentors)
      insert into mentors (id, ${MENTOR_COLUMNS.join(', ')})
      select 'x' || substr(a.id, 2), ${select}
      from a join b on b.rn = ((a.rn * 7919) % (select n from k)) + 1
      order by a.rn
      limit ${mentors - have}`);
  }
  return {
    mentors: (prepared(db, 'select count(*) as n from mentors').get() as { n: number }).n,
    participants: (prepared(db, 'select count(*) as n from participants').get() as { n: number }).n,
  };
}

/** Facts for instances: `n` participants and `m` mentors sampled from the programme. */
export function programmeFacts(db: KobleDb, n: number, m: number, seed: number): { participants: MatchingParticipant[]; mentors: MatchingMentor[] } {
  const ids = (prepared(db, 'select id from participants where erased_at is null order by id').all() as { id: string }[]).map((r) => r.id);
  const participants = sample(ids, n, seed).map((id) => participantFacts(db, id)!);
  return { participants, mentors: sample(mentorFacts(db), m, seed + 1) };
}

/** Participants who may get suggestions (not erased, no open match). */
export function suggestableParticipants(db: KobleDb, k: number, seed: number): string[] {
  const rows = prepared(
    db,
    `select p.id from participants p where p.erased_at is null
       and not exists (select 1 from matches x where x.participant_id = p.id and x.status in ('proposed', 'intro_meeting', 'active')) order by p.id`,
  ).all() as { id: string }[];
  return sample(
    rows.map((r) => r.id),
    k,
    seed,
  );
}
