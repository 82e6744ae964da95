import { describe, expect, it } from 'vitest';
import { CRITERION_FUNCTIONS } from './criteria/index.ts';
import { titleSimilarity, wordSimilarity } from './criteria/occupation.ts';
import { explanationText, criterionName } from './explain.ts';
import { namesFor } from './names.ts';
import { scorePair } from './score.ts';
import { CRITERIA, type CriterionId, type MentorFacts, type ParticipantFacts } from './types.ts';
import { applyWeightsChange, DEFAULT_MATCHING_WEIGHTS, matchingWeightsSchema, type MatchingWeights } from './weights.ts';

const nb = namesFor('nb');
const en = namesFor('en');

const participant = (over: Partial<ParticipantFacts> = {}): ParticipantFacts => ({
  id: 'p1',
  field: 'engineering_technology_it',
  desiredOccupation: 'Dataingeniør',
  educationLevel: 'master',
  norwegianLevel: 'B2',
  languages: ['ar', 'en'],
  municipalityNumber: '4003', // Skien, Telemark
  mentorGenderPreference: 'none',
  interests: [],
  ...over,
});
const mentor = (over: Partial<MentorFacts> = {}): MentorFacts => ({
  id: 'm1',
  field: 'engineering_technology_it',
  jobTitle: 'Dataingeniør',
  educationLevel: 'master',
  languages: ['ar', 'en', 'fr'],
  municipalityNumber: '4003',
  gender: 'female',
  capacity: 2,
  openMatches: 0,
  active: true,
  availability: null,
  employerName: 'Yara Porsgrunn',
  employerSector: 'biology_chemistry',
  ...over,
});
const run = (id: CriterionId, p: Partial<ParticipantFacts> = {}, m: Partial<MentorFacts> = {}, names = nb) => CRITERION_FUNCTIONS[id](participant(p), mentor(m), names);
const text = (id: CriterionId, p: Partial<ParticipantFacts> = {}, m: Partial<MentorFacts> = {}, language: 'nb' | 'en' = 'nb') =>
  explanationText(run(id, p, m, language === 'en' ? en : nb).explanation, language);

describe('criteria, each with a plain-Norwegian explanation', () => {
  it('field: same 1, different 0, missing 0', () => {
    expect(run('field')).toMatchObject({ points: 1, met: true });
    expect(text('field')).toBe('Samme fagfelt: Ingeniørfag, teknologi og IT');
    expect(text('field', {}, {}, 'en')).toBe('Same field: Engineering, technology and IT');
    expect(run('field', {}, { field: 'medicine_health' })).toMatchObject({ points: 0, met: false });
    expect(text('field', {}, { field: 'medicine_health' })).toBe('Ulikt fagfelt: Ingeniørfag, teknologi og IT / Medisin og helsefag');
    expect(run('field', { field: null })).toMatchObject({ points: 0, met: false, explanation: { key: 'field.unknown' } });
  });

  it('occupation: token overlap on folded words, compounds counted as related', () => {
    expect(wordSimilarity('sykepleier', 'intensivsykepleier')).toBe(0.8);
    expect(wordSimilarity('dataingenior', 'elektroingenior')).toBe(0.5);
    expect(wordSimilarity('lege', 'jurist')).toBe(0);
    expect(titleSimilarity('Sykepleier', 'sykepleier, intensiv')).toBe(1);
    expect(titleSimilarity('Økonom', 'OKONOM')).toBe(1);
    expect(run('occupation')).toMatchObject({ points: 1, met: true });
    expect(text('occupation')).toBe('Samme yrke: Dataingeniør');
    expect(run('occupation', {}, { jobTitle: 'Elektroingeniør' })).toMatchObject({ points: 0.5, met: true });
    expect(text('occupation', {}, { jobTitle: 'Elektroingeniør' })).toBe('Beslektet yrke: ønsker Dataingeniør, mentor er Elektroingeniør');
    expect(run('occupation', {}, { jobTitle: 'Regnskapsfører' })).toMatchObject({ points: 0, met: false });
    expect(run('occupation', { desiredOccupation: null })).toMatchObject({ points: 0, met: false, explanation: { key: 'occupation.unknown' } });
  });

  it('education: same 1, mentor higher 0.7, beside 0.5, lower 0.3 then 0', () => {
    expect(run('education')).toMatchObject({ points: 1, met: true });
    expect(text('education')).toBe('Samme utdanningsnivå: master');
    expect(run('education', { educationLevel: 'bachelor' })).toMatchObject({ points: 0.7, met: true });
    expect(text('education', { educationLevel: 'bachelor' })).toBe('Mentor har høyere utdanning: master (deltaker: bachelor)');
    expect(run('education', { educationLevel: 'trade_certificate' }, { educationLevel: 'upper_secondary' })).toMatchObject({ points: 0.5, met: true });
    expect(run('education', { educationLevel: 'phd' })).toMatchObject({ points: 0.3, met: false });
    expect(run('education', { educationLevel: 'phd' }, { educationLevel: 'bachelor' })).toMatchObject({ points: 0, met: false });
    expect(run('education', { educationLevel: null })).toMatchObject({ points: 0, met: false });
  });

  it('languages: shared languages besides Norwegian, weighted double for Norwegian A1–B1', () => {
    expect(run('languages')).toMatchObject({ points: 1, met: true, weightFactor: 1 });
    expect(text('languages')).toBe('Felles språk: arabisk, engelsk');
    expect(text('languages', {}, {}, 'en')).toBe('Shared languages: Arabic, English');
    expect(run('languages', { languages: ['ti', 'en'] })).toMatchObject({ points: 0.75, met: true });
    expect(run('languages', { norwegianLevel: 'A2' })).toMatchObject({ weightFactor: 2 });
    expect(text('languages', { norwegianLevel: 'A2', languages: ['ar'] })).toBe('Felles språk: arabisk (viktig ved norsknivå A2)');
    expect(run('languages', { languages: ['nb', 'ti'] }, { languages: ['nb'] })).toMatchObject({ points: 0, met: false });
    expect(text('languages', { languages: ['ti'] })).toBe('Ingen felles språk utenom norsk');
  });

  it('geography: same municipality 1, same county 0.6, else remote 0.2', () => {
    expect(run('geography')).toMatchObject({ points: 1, met: true });
    expect(text('geography')).toBe('Samme kommune: Skien');
    expect(run('geography', {}, { municipalityNumber: '4001' })).toMatchObject({ points: 0.6, met: true });
    expect(text('geography', {}, { municipalityNumber: '4001' })).toBe('Samme fylke: Telemark');
    expect(run('geography', {}, { municipalityNumber: '0301' })).toMatchObject({ points: 0.2, met: false });
    expect(text('geography', {}, { municipalityNumber: '0301' })).toBe('Ulike fylker: Telemark / Oslo');
    expect(run('geography', { municipalityNumber: null })).toMatchObject({ points: 0, met: false });
  });

  it('capacity: the free share of the places, with the availability text', () => {
    expect(run('capacity', {}, { capacity: 3, openMatches: 1 })).toMatchObject({ points: 0.67, met: true });
    expect(text('capacity', {}, { capacity: 3, openMatches: 1, availability: 'tirsdager etter kl. 16' })).toBe('Ledig kapasitet: 2 av 3 plasser (tirsdager etter kl. 16)');
    expect(run('capacity', {}, { capacity: 1, openMatches: 1 })).toMatchObject({ points: 0, met: false });
  });

  it("gender: the participant's wish for the mentor's gender", () => {
    expect(run('gender')).toMatchObject({ points: 1, met: true });
    expect(run('gender', { mentorGenderPreference: 'female' })).toMatchObject({ points: 1, met: true });
    expect(text('gender', { mentorGenderPreference: 'female' })).toBe('Ønsket kjønn på mentor: kvinne');
    expect(run('gender', { mentorGenderPreference: 'male' })).toMatchObject({ points: 0, met: false });
    expect(text('gender', { mentorGenderPreference: 'male' })).toBe('Ønsket mann, mentor er kvinne');
  });

  it("interests: the employer's name or sector", () => {
    expect(run('interests')).toMatchObject({ points: 1, met: true, explanation: { key: 'interests.none' } });
    expect(run('interests', { interests: ['yara'] })).toMatchObject({ points: 1, met: true });
    expect(text('interests', { interests: ['Yara'] })).toBe('Interesse for bedriften: Yara Porsgrunn');
    expect(run('interests', { interests: ['biology_chemistry'] })).toMatchObject({ points: 0.8, met: true });
    expect(text('interests', { interests: ['biology_chemistry'] })).toBe('Interesse for bransjen: Biologi og kjemi');
    expect(run('interests', { interests: ['medicine_health', 'Equinor'] })).toMatchObject({ points: 0, met: false });
    expect(run('interests', { interests: ['ya'] })).toMatchObject({ met: false }); // a word part is not the company
  });

  it('every criterion and explanation key has a Norwegian and an English text', () => {
    for (const id of CRITERIA) {
      expect(criterionName(id, 'nb')).not.toBe(id);
      expect(criterionName(id, 'en')).not.toBe(id);
    }
    const cases: [CriterionId, Partial<ParticipantFacts>, Partial<MentorFacts>][] = [
      ['field', {}, {}], ['field', {}, { field: 'other' }], ['field', { field: null }, {}],
      ['occupation', {}, {}], ['occupation', {}, { jobTitle: 'Elektroingeniør' }], ['occupation', {}, { jobTitle: 'Lege' }], ['occupation', {}, { jobTitle: null }],
      ['education', {}, {}], ['education', { educationLevel: 'bachelor' }, {}], ['education', { educationLevel: 'phd' }, {}], ['education', { educationLevel: 'upper_secondary' }, { educationLevel: 'trade_certificate' }], ['education', { educationLevel: null }, {}],
      ['languages', {}, {}], ['languages', { norwegianLevel: 'A1' }, {}], ['languages', { languages: [] }, {}], ['languages', { languages: [], norwegianLevel: 'B1' }, {}],
      ['geography', {}, {}], ['geography', {}, { municipalityNumber: '4001' }], ['geography', {}, { municipalityNumber: '0301' }], ['geography', {}, { municipalityNumber: null }],
      ['capacity', {}, {}], ['capacity', {}, { availability: 'kveld' }], ['capacity', {}, { openMatches: 2 }],
      ['gender', {}, {}], ['gender', { mentorGenderPreference: 'female' }, {}], ['gender', { mentorGenderPreference: 'male' }, {}], ['gender', { mentorGenderPreference: 'male' }, { gender: 'unknown' }],
      ['interests', {}, {}], ['interests', { interests: ['yara'] }, {}], ['interests', { interests: ['biology_chemistry'] }, {}], ['interests', { interests: ['x'] }, {}],
    ];
    for (const [id, p, m] of cases) {
      for (const language of ['nb', 'en'] as const) {
        const sentence = text(id, p, m, language);
        expect(sentence, `${id} ${language}`).not.toMatch(/\{\{|\.same|\.unknown|\.different|undefined/);
      }
    }
  });
});

describe('scorePair', () => {
  const weights = (change: Parameters<typeof applyWeightsChange>[1] = {}): MatchingWeights => applyWeightsChange(structuredClone(DEFAULT_MATCHING_WEIGHTS) as MatchingWeights, change);

  it('combines the weighted points into 0–100 and the shares add up to the score', () => {
    const perfect = scorePair(participant(), mentor({ capacity: 1 }), weights(), nb);
    expect(perfect.score).toBe(100);
    const partial = scorePair(participant(), mentor({ field: 'medicine_health', municipalityNumber: '0301' }), weights(), nb);
    expect(partial.score).toBeGreaterThan(0);
    expect(partial.score).toBeLessThan(100);
    const shares = partial.breakdown.reduce((sum, b) => sum + b.share, 0);
    expect(Math.abs(shares - partial.score!)).toBeLessThan(0.5);
    expect(partial.breakdown.map((b) => b.criterion)).toEqual([...CRITERIA]);
  });

  it('a weight of 0 adds nothing; only field weighed gives 100 or 0', () => {
    const onlyField = weights(Object.fromEntries(CRITERIA.map((id) => [id, { weight: id === 'field' ? 10 : 0 }])));
    expect(scorePair(participant(), mentor({ jobTitle: 'Lege' }), onlyField, nb).score).toBe(100);
    expect(scorePair(participant(), mentor({ field: 'other' }), onlyField, nb).score).toBe(0);
  });

  it('weak Norwegian doubles the weight of shared languages', () => {
    const a = scorePair(participant({ norwegianLevel: 'A1' }), mentor(), weights(), nb).breakdown.find((b) => b.criterion === 'languages')!;
    expect(a.weight).toBe(DEFAULT_MATCHING_WEIGHTS.languages.weight * 2);
  });

  it('a must-have not met and the hard exclusions make the pair no candidate', () => {
    const mustField = weights({ field: { mustHave: true } });
    expect(scorePair(participant(), mentor({ field: 'other' }), mustField, nb)).toMatchObject({ score: null, excludedBy: ['mustHave:field'] });
    expect(scorePair(participant(), mentor(), mustField, nb).score).toBe(100);
    expect(scorePair(participant(), mentor({ active: false }), weights(), nb).excludedBy).toEqual(['inactive']);
    expect(scorePair(participant(), mentor({ capacity: 1, openMatches: 1 }), weights(), nb).excludedBy).toEqual(['full']);
    expect(scorePair(participant(), mentor(), weights(), nb, { exclusion: 'declined' }).excludedBy).toEqual(['declined']);
    expect(scorePair(participant(), mentor(), weights(), nb, { exclusion: 'never' }).score).toBeNull();
    expect(scorePair(participant(), mentor(), weights(), nb, { participantMatched: true }).excludedBy).toEqual(['participantMatched']);
  });

  it('stored weights fill in missing criteria with the defaults', () => {
    const parsed = matchingWeightsSchema.parse({ field: { weight: 7 } });
    expect(parsed.field).toEqual({ weight: 7, mustHave: false });
    expect(parsed.languages).toEqual(DEFAULT_MATCHING_WEIGHTS.languages);
  });
});
