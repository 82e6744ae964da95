import { municipalityByNumber } from '../reference/municipalities.ts';
import { foldForSearch } from '../search/fold.ts';

/** What the roster knows about a person to tell two with the same name apart; never leaves the programme except as the hint text. */
export type HintFacts = {
  firstName: string;
  lastName: string;
  birthYear?: number | null;
  municipalityNumber?: string | null;
  organisation?: string | null;
  phone?: string | null;
  email?: string | null;
};

/** "tlf …567" from a phone number as written; null when it has too few digits. */
export function phoneTail(phone: string | null | undefined): string | null {
  const digits = (phone ?? '').replace(/\D/g, '');
  return digits.length >= 3 ? `tlf …${digits.slice(-3)}` : null;
}

function emailHint(email: string | null | undefined): string | null {
  const at = (email ?? '').indexOf('@');
  return at > 0 ? `${email![0]}…${email!.slice(at)}` : null;
}

function describe(facts: HintFacts): string | null {
  const parts: string[] = [];
  if (facts.birthYear) parts.push(`f. ${facts.birthYear}`);
  const place = facts.municipalityNumber ? municipalityByNumber(facts.municipalityNumber)?.name : undefined;
  if (place) parts.push(place);
  if (facts.organisation) parts.push(facts.organisation);
  if (parts.length > 0) return parts.join(' · ');
  return phoneTail(facts.phone) ?? emailHint(facts.email);
}

export function sameNameKey(firstName: string, lastName: string): string {
  return foldForSearch(`${firstName} ${lastName}`);
}

/**
 * Hints only where two or more people on the roster share a (folded) name: a unique name needs
 * none, so the kit carries nothing beyond names for most people. When the descriptions still
 * collide, the phone tail is added.
 */
export function hintsFor<T extends HintFacts>(people: readonly T[]): Map<T, string | null> {
  const groups = new Map<string, T[]>();
  for (const person of people) {
    const key = sameNameKey(person.firstName, person.lastName);
    const group = groups.get(key);
    if (group) group.push(person);
    else groups.set(key, [person]);
  }
  const hints = new Map<T, string | null>();
  for (const group of groups.values()) {
    if (group.length === 1) {
      hints.set(group[0]!, null);
      continue;
    }
    const described = group.map((p) => describe(p));
    for (const [i, person] of group.entries()) {
      const hint = described[i] ?? null;
      const clash = hint !== null && described.filter((d) => d === hint).length > 1;
      const tail = clash ? phoneTail(person.phone) : null;
      hints.set(person, tail && tail !== hint ? `${hint} · ${tail}` : hint);
    }
  }
  return hints;
}
