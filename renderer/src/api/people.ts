/**
 * Types of the people, pipeline, import and privacy methods as the renderer uses them, all taken
 * from main/api's contract, and small helpers every screen that shows a person uses.
 */
import type { ApiOutput } from '../../../main/api/contract.ts';

export type PersonRow = ApiOutput<'people.list'>[number];
export type Stage = PersonRow['stage'];
export type PersonDetail = ApiOutput<'people.get'>;
export type MentorRow = ApiOutput<'mentors.list'>[number];
export type SearchHit = ApiOutput<'people.search'>[number];
export type SavedView = ApiOutput<'views.list'>[number];
export type ImportPreview = ApiOutput<'import.preview'>;
export type ImportProblem = ImportPreview['problems'][number];
export type ImportKind = 'participants' | 'mentors';
export type Consent = ApiOutput<'consents.list'>[number];
export type ReferenceLists = ApiOutput<'reference.lists'>;
export type Cohort = ApiOutput<'cohorts.list'>[number];

export { STAGES } from '../../../shared/stages.ts';

export function fullName(person: { firstName?: string | null; lastName?: string | null }): string {
  return `${person.firstName ?? ''} ${person.lastName ?? ''}`.trim();
}
