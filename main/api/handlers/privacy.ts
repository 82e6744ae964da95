import { join } from 'node:path';
import { z } from 'zod';
import { CONSENT_METHODS, CONSENT_PURPOSES, LAWFUL_BASES } from '../../../db/schema/index.ts';
import { listConsents, recordConsent, withdrawConsent } from '../../privacy/consent-repository.ts';
import { anonymiseDue, dueList, erasePerson, erasePreview } from '../../privacy/erase.ts';
import { personExportData, savePersonExport, suggestedExportName } from '../../privacy/export-person.ts';
import { auditForPerson } from '../../privacy/person-audit.ts';
import { readProgrammeSettings } from '../../settings/programme-settings.ts';
import { method } from '../method.ts';
import { osloToday } from '../../../shared/oslo-day.ts';
import { isoDate } from '../../calendar/iso-date.ts';

const personId = z.string().min(1).max(100);

export const privacyHandlers = {
  /** A participant's or mentor's consents, oldest first. */
  'consents.list': method(z.object({ personId }), (input, { session }) => listConsents(session.requireVault().db, input.personId)),

  'consents.record': method(
    z.object({
      personId,
      purpose: z.enum(CONSENT_PURPOSES),
      lawfulBasis: z.enum(LAWFUL_BASES).default('consent'),
      textVersion: z.string().trim().max(50).nullable().default(null),
      method: z.enum(CONSENT_METHODS).nullable().default(null),
      givenOn: isoDate,
    }),
    (input, { session }) => recordConsent(session.requireVault().db, input, session.staffId),
  ),

  'consents.withdraw': method(z.object({ consentId: z.string().min(1).max(100), withdrawnOn: isoDate }), (input, { session }) => {
    withdrawConsent(session.requireVault().db, input.consentId, input.withdrawnOn, session.staffId);
    return null;
  }),

  /**
   * Innsyn: everything held about the person as .xlsx or JSON. The file goes where the user picks
   * in the save dialog (null when cancelled); `targetDir` is for hosts that trust paths (the CLI).
   */
  'privacy.exportPerson': method(
    z.object({ personId, format: z.enum(['xlsx', 'json']).default('xlsx'), targetDir: z.string().min(1).max(4096).optional() }),
    async (input, { session, host }) => {
      const vault = session.requireVault();
      const data = personExportData(vault, input.personId, osloToday());
      const name = suggestedExportName(data, input.format);
      const path = input.targetDir ? join(session.checkPath(input.targetDir, host.trustsPaths, 'folder'), name) : await host.chooseExportFile(name);
      if (!path) return null;
      await savePersonExport(vault, data, path, input.format, session.staffId);
      return { path: session.wrote(path) };
    },
  ),

  /** Name and state of the person, for the confirm step before an erasure. */
  'privacy.erasePreview': method(z.object({ personId }), (input, { session }) => erasePreview(session.requireVault(), input.personId)),

  /** Erasure: the person becomes an anonymous stub. `confirmName` is their full name as the user typed it. */
  'privacy.erase': method(z.object({ personId, confirmName: z.string().max(400) }), (input, { session }) =>
    erasePerson(session.requireVault(), input, session.staffId),
  ),

  /** People whose programme ended more than the retention period ago and who are not erased. */
  'privacy.retentionDue': method(z.object({ today: isoDate.optional() }), (input, { session }) => {
    const vault = session.requireVault();
    return dueList(vault, input.today ?? osloToday(), readProgrammeSettings(vault.db).retentionMonths);
  }),

  /** Bulk anonymisation of people on the retention list (the renderer confirms first). One transaction. */
  'privacy.anonymiseDue': method(z.object({ personIds: z.array(personId).min(1).max(50_000), today: isoDate.optional() }), (input, { session }) => {
    const vault = session.requireVault();
    return anonymiseDue(vault, input.personIds, input.today ?? osloToday(), readProgrammeSettings(vault.db).retentionMonths, session.staffId);
  }),

  /** Every recorded change to the person: when, who, what and which fields (never values). */
  'audit.forPerson': method(z.object({ personId }), (input, { session }) => auditForPerson(session.requireVault().db, input.personId)),
};
