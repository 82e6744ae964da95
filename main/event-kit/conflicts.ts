import type { PersonRef } from '../events/people-match.ts';
import type { KitConflict } from '../events/types.ts';

export type ConflictKind = 'walk_in_ambiguous' | 'walk_in_other_name' | 'cancelled_in_programme' | 'person_erased' | 'not_on_roster';

const label = (key: string, params: Record<string, string | number> = {}) => ({ key: `eventKit.conflict.choice.${key}`, params });

/**
 * A conflict the merge cannot decide alone, with the choices it accepts. Texts are i18n keys
 * under eventKit.conflict.* (resources/locales). The id is the kind and the kit item's stable id,
 * so the same conflict has the same id on every import of the kit.
 */
export function conflictFor(kind: ConflictKind, itemId: string, personName: string, params: Record<string, string | number>, people: readonly PersonRef[]): KitConflict {
  const conflictId = `${kind}:${itemId}`;
  switch (kind) {
    case 'walk_in_ambiguous':
    case 'walk_in_other_name':
      return {
        conflictId,
        kind,
        personName,
        detail: { key: kind === 'walk_in_ambiguous' ? 'eventKit.conflict.walkInAmbiguous' : 'eventKit.conflict.walkInOtherName', params },
        choices: [
          ...people.map((p) => ({ choice: `person:${p.kind}:${p.id}`, label: label('usePerson', { name: `${p.firstName} ${p.lastName}`.trim(), kind: p.kind }) })),
          { choice: 'new', label: label('createGuest') },
          { choice: 'skip', label: label('skip') },
        ],
      };
    case 'cancelled_in_programme':
      return {
        conflictId,
        kind,
        personName,
        detail: { key: 'eventKit.conflict.cancelledInProgramme', params },
        choices: [
          { choice: 'attended', label: label('markAttended') },
          { choice: 'keep', label: label('keepCancelled') },
        ],
      };
    case 'person_erased':
      return {
        conflictId,
        kind,
        personName,
        detail: { key: 'eventKit.conflict.personErased', params },
        choices: [
          { choice: 'count', label: label('countAnonymously') },
          { choice: 'skip', label: label('skip') },
        ],
      };
    case 'not_on_roster':
      return {
        conflictId,
        kind,
        personName,
        detail: { key: 'eventKit.conflict.notOnRoster', params },
        choices: [
          { choice: 'add_guest', label: label('addAsGuest') },
          { choice: 'skip', label: label('skip') },
        ],
      };
  }
}
