import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { MatchExclusionKind } from '../../db/schema/index.ts';
import { pairKey, type MatchingMentor, type MatchingParticipant } from './facts.ts';
import { namesFor } from './names.ts';
import { MentorIndex, scorePair } from './score.ts';
import { rankMentors } from './suggest.ts';
import { CRITERIA } from './types.ts';
import type { MatchingWeights } from './weights.ts';

// Small pools of values so mentors share keys (and scores tie), with the awkward ones: null, '', blanks.
const FIELDS = [null, '', 'engineering_technology_it', 'medicine_health', 'economics_administration'];
const TITLES = [null, '', '  ', 'Dataingeniør', 'Elektroingeniør', 'Sykepleier', 'Intensivsykepleier', 'Senior rådgiver', 'Regnskapsfører'];
const EDUCATION = [null, 'upper_secondary', 'trade_certificate', 'bachelor', 'master', 'phd', 'other'] as const;
const LANGUAGES = [[], ['en'], ['ar', 'en'], ['EN', 'so'], ['ti', 'ar', 'fr'], ['nb']];
const PLACES = [null, '', '4003', '4001', '0301', '4204', '9999'];
const GENDERS = ['female', 'male', 'unknown'] as const;
const EMPLOYERS = [
  [null, null],
  ['Yara Porsgrunn', 'biology_chemistry'],
  ['Skien kommune', 'medicine_health'],
  ['Sykehuset Telemark', 'medicine_health'],
  ['Equinor', null],
  ['  ', 'engineering_technology_it'],
] as const;

const mentor = fc
  .record({
    id: fc.uuid(),
    name: fc.constantFrom('Ada Berg', 'Åse Dahl', 'Ola Nordmann', 'Ali Hassan', 'Kari Ås', 'Ole Ørn'),
    field: fc.constantFrom(...FIELDS),
    jobTitle: fc.constantFrom(...TITLES),
    educationLevel: fc.constantFrom(...EDUCATION),
    languages: fc.constantFrom(...LANGUAGES),
    municipalityNumber: fc.constantFrom(...PLACES),
    gender: fc.constantFrom(...GENDERS),
    capacity: fc.integer({ min: 0, max: 3 }),
    openMatches: fc.integer({ min: 0, max: 3 }),
    active: fc.oneof({ weight: 4, arbitrary: fc.constant(true) }, { weight: 1, arbitrary: fc.constant(false) }),
    availability: fc.constantFrom(null, 'Fleksibel'),
    employer: fc.constantFrom(...EMPLOYERS),
  })
  .map(({ employer, ...m }): MatchingMentor => ({ ...m, employerName: employer[0], employerSector: employer[1] }));

const participant = fc.record({
  id: fc.constant('p1'),
  name: fc.constant('Deltaker'),
  stage: fc.constant('ready'),
  cohortId: fc.constant(null),
  erased: fc.constant(false),
  openMatches: fc.constant(0),
  field: fc.constantFrom(...FIELDS),
  desiredOccupation: fc.constantFrom(...TITLES),
  educationLevel: fc.constantFrom(...EDUCATION),
  norwegianLevel: fc.constantFrom(null, 'A1', 'A2', 'B1', 'B2', 'C1'),
  languages: fc.constantFrom(...LANGUAGES),
  municipalityNumber: fc.constantFrom(...PLACES),
  mentorGenderPreference: fc.constantFrom(null, 'none', 'female', 'male'),
  interests: fc.constantFrom([], ['Yara'], ['medicine_health'], ['skien kommune', 'biology_chemistry'], ['Equinor'], ['x']),
}) as fc.Arbitrary<MatchingParticipant>;

const weights = fc.record(
  Object.fromEntries(CRITERIA.map((id) => [id, fc.record({ weight: fc.integer({ min: 0, max: 10 }), mustHave: fc.boolean() })])) as Record<
    keyof MatchingWeights,
    fc.Arbitrary<{ weight: number; mustHave: boolean }>
  >,
) as fc.Arbitrary<MatchingWeights>;

/** The ranking as it was before the index: every mentor through scorePair, one full sort. */
function reference(p: MatchingParticipant, mentors: readonly MatchingMentor[], w: MatchingWeights, exclusions: ReadonlyMap<string, MatchExclusionKind>, top: number) {
  const names = namesFor('nb');
  const ranked = [];
  for (const m of mentors) {
    const exclusion = exclusions.get(pairKey(p.id, m.id)) ?? null;
    if (exclusion || !m.active || m.openMatches >= m.capacity) continue;
    const { score, breakdown } = scorePair(p, m, w, names, { exclusion });
    if (score === null) continue;
    ranked.push({ mentorId: m.id, mentorName: m.name, employerName: m.employerName, score, breakdown });
  }
  ranked.sort((a, b) => b.score - a.score || a.mentorName.localeCompare(b.mentorName, 'nb') || a.mentorId.localeCompare(b.mentorId));
  return ranked.slice(0, top);
}

describe('rankMentors with the MentorIndex', () => {
  it('gives exactly the ranking, scores and breakdowns of scoring every pair with scorePair', () => {
    fc.assert(
      fc.property(participant, fc.array(mentor, { maxLength: 60 }), weights, fc.integer({ min: 1, max: 12 }), fc.array(fc.nat(), { maxLength: 5 }), (p, mentors, w, top, excluded) => {
        const exclusions = new Map<string, MatchExclusionKind>(excluded.filter((i) => i < mentors.length).map((i) => [pairKey(p.id, mentors[i]!.id), 'declined']));
        expect(rankMentors(p, mentors, w, exclusions, top)).toEqual(reference(p, mentors, w, exclusions, top));
      }),
      { numRuns: 400 },
    );
  });

  it('scores every mentor as scorePair does, NaN where excluded', () => {
    fc.assert(
      fc.property(participant, fc.array(mentor, { maxLength: 40 }), weights, (p, mentors, w) => {
        const scores = new MentorIndex(mentors).scores(p, w, namesFor('nb'));
        mentors.forEach((m, i) => {
          const expected = scorePair(p, m, w, namesFor('nb')).score;
          if (expected === null) expect(scores[i]).toBeNaN();
          else expect(scores[i]).toBe(expected);
        });
      }),
      { numRuns: 300 },
    );
  });

  it('refuses an index built for other mentors', () => {
    fc.assert(
      fc.property(participant, fc.array(mentor, { minLength: 1, maxLength: 3 }), weights, (p, mentors, w) => {
        expect(() => rankMentors(p, mentors, w, new Map(), 3, 'nb', new MentorIndex(mentors.slice()))).toThrow(/other mentors/);
      }),
      { numRuns: 5 },
    );
  });
});
