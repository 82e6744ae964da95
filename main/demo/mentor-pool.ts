import type { ScoreBreakdownItem } from '../../db/schema/index.ts';
import { countyOf, fieldName, municipalityByNumber } from '../reference/index.ts';
import type { DemoContext } from './context.ts';
import { languageName } from './languages.ts';
import type { DemoMentor } from './mentors.ts';
import type { DemoParticipant } from './participants.ts';

/** Finds mentors for demo matches, keeping open matches within each mentor's capacity. */
export class MentorPool {
  private readonly byField = new Map<string, DemoMentor[]>();
  private readonly all: readonly DemoMentor[];

  constructor(mentors: readonly DemoMentor[]) {
    this.all = mentors;
    for (const m of mentors) {
      const list = this.byField.get(m.field) ?? [];
      list.push(m);
      this.byField.set(m.field, list);
    }
  }

  /**
   * A mentor registered by `date`, not tried before for this participant; when the match is
   * still open today the mentor must be active with a free place, which is then taken.
   */
  pick(ctx: DemoContext, p: DemoParticipant, date: string, open: boolean, tried: ReadonlySet<string>): DemoMentor | null {
    const preference = p.row.mentorGenderPreference;
    const ok = (m: DemoMentor, strictGender: boolean) =>
      m.row.registeredOn !== undefined && m.row.registeredOn <= date &&
      !tried.has(m.id) &&
      (!open || (m.active && m.open < m.capacity)) &&
      (!strictGender || !preference || preference === 'none' || m.gender === preference);
    const sameField = this.byField.get(p.field) ?? [];
    const attempts: [readonly DemoMentor[], boolean][] = [[sameField, true], [sameField, false], [this.all, true], [this.all, false]];
    for (const [list, strict] of attempts) {
      if (list.length === 0) continue;
      for (let i = 0; i < 8; i++) {
        const m = ctx.rng.pick(list);
        if (ok(m, strict)) {
          if (open) m.open += 1;
          return m;
        }
      }
    }
    return null;
  }
}

const WEIGHTS = { field: 10, languages: 6, geography: 4, gender: 3, education: 2 } as const;

type DemoItem = Omit<ScoreBreakdownItem, 'share'>;

/** A plausible score (0–100) and its breakdown, in the shape the matching area stores (explanation keys under matching.explain). */
export function scoreMatch(p: DemoParticipant, m: DemoMentor): { score: number; breakdown: ScoreBreakdownItem[] } {
  const shared = p.languages.filter((l) => m.languages.includes(l));
  const sameMunicipality = p.municipalityNumber === m.municipalityNumber;
  const pCounty = countyOf(p.municipalityNumber);
  const mCounty = countyOf(m.municipalityNumber);
  const sameCounty = pCounty?.number === mCounty?.number;
  const preference = p.row.mentorGenderPreference ?? 'none';
  const sameEducation = p.row.educationLevel === m.row.educationLevel;
  const items: DemoItem[] = [
    {
      criterion: 'field', weight: WEIGHTS.field, points: p.field === m.field ? 1 : 0, met: p.field === m.field, mustHave: false,
      explanation: p.field === m.field
        ? { key: 'field.same', params: { field: fieldName(p.field) } }
        : { key: 'field.different', params: { participantField: fieldName(p.field), mentorField: fieldName(m.field) } },
    },
    {
      criterion: 'languages', weight: WEIGHTS.languages, points: Math.min(1, shared.length / 2), met: shared.length > 0, mustHave: false,
      explanation: shared.length > 0 ? { key: 'languages.shared', params: { languages: shared.map(languageName).join(', ') } } : { key: 'languages.none', params: {} },
    },
    {
      criterion: 'geography', weight: WEIGHTS.geography, points: sameMunicipality ? 1 : sameCounty ? 0.6 : 0.2, met: sameMunicipality || sameCounty, mustHave: false,
      explanation: sameMunicipality
        ? { key: 'geography.sameMunicipality', params: { municipality: municipalityByNumber(p.municipalityNumber)?.name ?? p.municipalityNumber } }
        : sameCounty
          ? { key: 'geography.sameCounty', params: { county: pCounty?.name ?? '' } }
          : { key: 'geography.remote', params: { participantCounty: pCounty?.name ?? '', mentorCounty: mCounty?.name ?? '' } },
    },
    {
      criterion: 'gender', weight: WEIGHTS.gender, points: preference === 'none' || preference === m.gender ? 1 : 0, met: preference === 'none' || preference === m.gender, mustHave: false,
      explanation: preference === 'none'
        ? { key: 'gender.noPreference', params: {} }
        : preference === m.gender
          ? { key: 'gender.asWished', params: { gender: preference } }
          : { key: 'gender.notAsWished', params: { wished: preference, gender: m.gender } },
    },
    {
      criterion: 'education', weight: WEIGHTS.education, points: sameEducation ? 1 : 0.5, met: sameEducation, mustHave: false,
      explanation: sameEducation
        ? { key: 'education.same', params: { level: p.row.educationLevel ?? '' } }
        : { key: 'education.beside', params: { participantLevel: p.row.educationLevel ?? '', mentorLevel: m.row.educationLevel ?? '' } },
    },
  ];
  const max = items.reduce((sum, item) => sum + item.weight, 0);
  const total = items.reduce((sum, item) => sum + item.weight * item.points, 0);
  const breakdown = items.map((item) => ({ ...item, share: Math.round((1000 * item.weight * item.points) / max) / 10 }));
  return { score: Math.round((total / max) * 1000) / 10, breakdown };
}

