import type { ScoreBreakdownItem } from '../../db/schema/index.ts';
import { countyOf, fieldName } from '../reference/index.ts';
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

/** A plausible score (0–100) and its explanation, the way the matching area will store them. */
export function scoreMatch(p: DemoParticipant, m: DemoMentor): { score: number; breakdown: ScoreBreakdownItem[] } {
  const shared = p.languages.filter((l) => m.languages.includes(l));
  const sameMunicipality = p.municipalityNumber === m.municipalityNumber;
  const sameCounty = countyOf(p.municipalityNumber)?.number === countyOf(m.municipalityNumber)?.number;
  const preference = p.row.mentorGenderPreference ?? 'none';
  const items: ScoreBreakdownItem[] = [
    {
      criterion: 'field', weight: WEIGHTS.field, value: p.field === m.field ? 1 : 0, points: 0, mustHave: false,
      explanation: p.field === m.field ? `Samme fagfelt: ${fieldName(p.field)}` : `Ulikt fagfelt: ${fieldName(p.field)} / ${fieldName(m.field)}`,
    },
    {
      criterion: 'languages', weight: WEIGHTS.languages, value: Math.min(1, shared.length / 2), points: 0,
      explanation: shared.length > 0 ? `Felles språk: ${shared.map(languageName).join(', ')}` : 'Ingen felles språk utenom norsk',
    },
    {
      criterion: 'geography', weight: WEIGHTS.geography, value: sameMunicipality ? 1 : sameCounty ? 0.6 : 0.2, points: 0,
      explanation: sameMunicipality ? 'Samme kommune' : sameCounty ? 'Samme fylke' : 'Ulike fylker',
    },
    {
      criterion: 'gender_preference', weight: WEIGHTS.gender, value: preference === 'none' || preference === m.gender ? 1 : 0, points: 0,
      explanation: preference === 'none' ? 'Ingen ønsker om kjønn' : preference === m.gender ? 'Ønsket kjønn på mentor' : 'Ikke ønsket kjønn',
    },
    {
      criterion: 'education', weight: WEIGHTS.education, value: p.row.educationLevel === m.row.educationLevel ? 1 : 0.5, points: 0,
      explanation: p.row.educationLevel === m.row.educationLevel ? 'Samme utdanningsnivå' : 'Ulikt utdanningsnivå',
    },
  ];
  let total = 0;
  let max = 0;
  for (const item of items) {
    item.points = Math.round(item.weight * item.value * 100) / 100;
    total += item.points;
    max += item.weight;
  }
  return { score: Math.round((total / max) * 1000) / 10, breakdown: items };
}
