/** Who may receive an e-mail from Koble: pure rules, tested without a database. */

export type RecipientKind = 'participant' | 'mentor' | 'guest';

export type ConsentFact = { purpose: string; givenOn: string; withdrawnOn: string | null };

export type Candidate = {
  personKind: RecipientKind;
  personId: string;
  firstName: string;
  lastName: string;
  email: string | null;
  erased: boolean;
  consents: readonly ConsentFact[];
};

export const SKIP_REASONS = ['erased', 'no_email', 'invalid_email', 'no_contact_consent'] as const;
export type SkipReason = (typeof SKIP_REASONS)[number];

export type Recipient = Candidate & { email: string };
export type Skipped = { personKind: RecipientKind; personId: string; name: string; reason: SkipReason };

export const CONTACT_PURPOSE = 'contact_email';

const EMAIL = /^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:"]+\.[^\s@<>()[\]\\,;:"]+$/;

/** A consent for contact by e-mail given on or before `today` and not withdrawn by then. */
export function hasContactConsent(consents: readonly ConsentFact[], today: string): boolean {
  return consents.some((c) => c.purpose === CONTACT_PURPOSE && c.givenOn <= today && (c.withdrawnOn === null || c.withdrawnOn > today));
}

function reasonToSkip(c: Candidate, today: string): SkipReason | null {
  if (c.erased) return 'erased';
  const email = c.email?.trim() ?? '';
  if (!email) return 'no_email';
  if (!EMAIL.test(email)) return 'invalid_email';
  if (!hasContactConsent(c.consents, today)) return 'no_contact_consent';
  return null;
}

/**
 * Splits candidates into recipients (an e-mail and a current consent for contact by e-mail) and
 * the skipped with the reason; a person listed twice is kept once.
 */
export function chooseRecipients(candidates: readonly Candidate[], today: string): { recipients: Recipient[]; skipped: Skipped[] } {
  const recipients: Recipient[] = [];
  const skipped: Skipped[] = [];
  const seen = new Set<string>();
  for (const c of candidates) {
    if (seen.has(c.personId)) continue;
    seen.add(c.personId);
    const reason = reasonToSkip(c, today);
    if (reason) skipped.push({ personKind: c.personKind, personId: c.personId, name: c.erased ? '' : `${c.firstName} ${c.lastName}`.trim(), reason });
    else recipients.push({ ...c, email: c.email!.trim() });
  }
  return { recipients, skipped };
}
