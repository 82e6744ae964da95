import { and, eq } from 'drizzle-orm';
import { mailTemplates } from '../../db/schema/index.ts';
import type { KobleDb } from '../../db/vault/vault.ts';
import { recordAudit } from '../audit/audit-log.ts';
import { DEFAULT_TEMPLATES, type TemplateText } from './default-templates.ts';
import { checkTemplate } from './render.ts';
import { MAIL_LANGUAGES, TEMPLATE_KINDS, type MailLanguage, type TemplateKind } from '../../shared/mail-templates.ts';

export type TemplateView = TemplateText & { kind: TemplateKind; language: MailLanguage; edited: boolean };

/** The office's copy of a template, or the default when it has none. */
export function getTemplate(db: KobleDb, kind: TemplateKind, language: MailLanguage): TemplateView {
  const row = db.select().from(mailTemplates).where(and(eq(mailTemplates.kind, kind), eq(mailTemplates.language, language))).get();
  const text = row ?? DEFAULT_TEMPLATES[kind][language];
  return { kind, language, subject: text.subject, body: text.body, edited: Boolean(row) };
}

export function listTemplates(db: KobleDb): TemplateView[] {
  return TEMPLATE_KINDS.flatMap((kind) => MAIL_LANGUAGES.map((language) => getTemplate(db, kind, language)));
}

/** Saves the office's own text (checked: known merge fields, a subject). */
export function saveTemplate(db: KobleDb, input: TemplateText & { kind: TemplateKind; language: MailLanguage }, staffId: string | null): TemplateView {
  checkTemplate(input);
  db.transaction(() => {
    db.insert(mailTemplates)
      .values({ kind: input.kind, language: input.language, subject: input.subject, body: input.body, staffId })
      .onConflictDoUpdate({ target: [mailTemplates.kind, mailTemplates.language], set: { subject: input.subject, body: input.body, staffId } })
      .run();
    recordAudit(db, { staffId, action: 'update', entity: 'mail_templates', entityId: `${input.kind}:${input.language}`, details: { fields: ['subject', 'body'] } });
  });
  return getTemplate(db, input.kind, input.language);
}

/** Back to Koble's default text. */
export function resetTemplate(db: KobleDb, kind: TemplateKind, language: MailLanguage, staffId: string | null): TemplateView {
  db.transaction(() => {
    db.delete(mailTemplates).where(and(eq(mailTemplates.kind, kind), eq(mailTemplates.language, language))).run();
    recordAudit(db, { staffId, action: 'delete', entity: 'mail_templates', entityId: `${kind}:${language}`, details: {} });
  });
  return getTemplate(db, kind, language);
}
