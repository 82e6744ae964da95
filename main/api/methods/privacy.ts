/** Consent, innsyn, erasure, retention and the audit trail (main/api/handlers/privacy.ts). */
export const PRIVACY_METHODS = [
  'consents.list',
  'consents.record',
  'consents.withdraw',
  'privacy.exportPerson',
  'privacy.erasePreview',
  'privacy.erase',
  'privacy.retentionDue',
  'privacy.anonymiseDue',
  'audit.forPerson',
] as const;
