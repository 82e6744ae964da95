/** Samtykke values, for both sides: db/schema/privacy.ts stores them, the renderer's consent list offers them. */

/** Lagring i programmet, deling med mentor, deling med partnerbedrifter, bilder, kontakt på e-post (Koble's e-mails and invitations). */
export const CONSENT_PURPOSES = ['storage', 'share_with_mentor', 'share_with_partners', 'photos', 'contact_email'] as const;
export type ConsentPurpose = (typeof CONSENT_PURPOSES)[number];

export const CONSENT_METHODS = ['paper', 'digital', 'verbal', 'kiosk', 'email'] as const;
export type ConsentMethod = (typeof CONSENT_METHODS)[number];
