import { asc, eq } from 'drizzle-orm';
import { consents, type ConsentMethod, type ConsentPurpose, type LawfulBasis } from '../../db/schema/index.ts';
import type { KobleDb } from '../../db/vault/vault.ts';
import { KobleError } from '../../db/errors.ts';
import { recordAudit } from '../audit/audit-log.ts';
import { findLivingPerson, findPerson, type PersonRecord } from './person.ts';

export type ConsentView = {
  id: string;
  purpose: ConsentPurpose;
  lawfulBasis: LawfulBasis;
  textVersion: string | null;
  method: ConsentMethod | null;
  givenOn: string;
  withdrawnOn: string | null;
};

export type NewConsentInput = Omit<ConsentView, 'id' | 'withdrawnOn'> & { personId: string };

const view = {
  id: consents.id,
  purpose: consents.purpose,
  lawfulBasis: consents.lawfulBasis,
  textVersion: consents.textVersion,
  method: consents.method,
  givenOn: consents.givenOn,
  withdrawnOn: consents.withdrawnOn,
};

const ownedBy = (person: PersonRecord) => (person.kind === 'participant' ? eq(consents.participantId, person.id) : eq(consents.mentorId, person.id));

export function listConsents(db: KobleDb, personId: string): ConsentView[] {
  const person = findPerson(db, personId);
  return db.select(view).from(consents).where(ownedBy(person)).orderBy(asc(consents.givenOn), asc(consents.purpose)).all();
}

export function recordConsent(db: KobleDb, input: NewConsentInput, staffId: string | null): { id: string } {
  return db.transaction(() => {
    const person = findLivingPerson(db, input.personId);
    const row = db
      .insert(consents)
      .values({
        participantId: person.kind === 'participant' ? person.id : null,
        mentorId: person.kind === 'mentor' ? person.id : null,
        purpose: input.purpose,
        lawfulBasis: input.lawfulBasis,
        textVersion: input.textVersion,
        method: input.method,
        givenOn: input.givenOn,
        staffId,
      })
      .returning({ id: consents.id })
      .get();
    recordAudit(db, { staffId, action: 'create', entity: 'consents', entityId: row.id, details: { personId: person.id, fields: ['purpose', 'lawfulBasis', 'textVersion', 'method', 'givenOn'] } });
    return row;
  });
}

export function withdrawConsent(db: KobleDb, consentId: string, withdrawnOn: string, staffId: string | null): void {
  db.transaction(() => {
    const row = db.select().from(consents).where(eq(consents.id, consentId)).get();
    if (!row) throw new KobleError('API_NOT_FOUND', 'No consent has that id');
    if (row.withdrawnOn) throw new KobleError('CONSENT_ALREADY_WITHDRAWN', 'This consent has already been withdrawn', { withdrawnOn: row.withdrawnOn });
    if (withdrawnOn < row.givenOn) throw new KobleError('CONSENT_WITHDRAWN_BEFORE_GIVEN', 'A consent cannot be withdrawn before it was given', { givenOn: row.givenOn });
    db.update(consents).set({ withdrawnOn }).where(eq(consents.id, consentId)).run();
    const personId = row.participantId ?? row.mentorId ?? row.guestId;
    recordAudit(db, { staffId, action: 'update', entity: 'consents', entityId: consentId, details: { personId, fields: ['withdrawnOn'] } });
  });
}
