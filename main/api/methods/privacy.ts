/** Consent, innsyn, erasure, retention and the audit trail (main/api/handlers/privacy.ts). */
export const PRIVACY_METHODS = [] as const;
