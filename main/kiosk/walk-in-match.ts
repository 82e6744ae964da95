import type { PersonRef } from '../events/people-match.ts';
import { foldForSearch } from '../search/fold.ts';

type Named = { firstName: string; lastName: string };

/** The folded words of a whole name, sorted: "Åsen, Bjørn" and "bjorn aasen" are one name. */
function nameKey(person: Named): string {
  return foldForSearch(`${person.firstName} ${person.lastName}`).split(' ').filter(Boolean).sort().join(' ');
}

/** True when two names are the same once folded (case, diacritics, script, word order). */
export function sameName(a: Named, b: Named): boolean {
  const key = nameKey(a);
  return key !== '' && key === nameKey(b);
}

/**
 * The one person a walk-in is, among those with the same e-mail or phone: only someone whose
 * folded name is the name the walk-in typed (a shared phone or an e-mail alone never names anyone);
 * with several, the one already on this roster, else the first (participant, mentor, guest).
 * Null means: a new guest at the door.
 */
export function pickMatch(found: readonly PersonRef[], walkIn: Named, onRoster: (p: PersonRef) => boolean): PersonRef | null {
  const named = found.filter((p) => sameName(p, walkIn));
  if (named.length === 0) return null;
  return named.find(onRoster) ?? named[0]!;
}
