import { KobleError } from '../../db/errors.ts';
import { EVENT_TIME_ZONE } from '../../shared/oslo-day.ts';
import type { TemplateText } from './default-templates.ts';
import { MERGE_FIELDS, type MailLanguage, type MergeField } from '../../shared/mail-templates.ts';

export type MergeValues = Partial<Record<MergeField, string>>;

const FIELD = /\{\{\s*([A-Za-z]+)\s*\}\}/g;

/** The merge fields a text uses that Koble does not know (a typo in an edited template). */
export function unknownFields(text: string): string[] {
  const known = new Set<string>(MERGE_FIELDS);
  return [...new Set([...text.matchAll(FIELD)].map((m) => m[1]!).filter((name) => !known.has(name)))];
}

/** Refuses a template with an unknown merge field or an empty subject (MAIL_TEMPLATE_INVALID). */
export function checkTemplate(template: TemplateText): void {
  const unknown = [...unknownFields(template.subject), ...unknownFields(template.body)];
  if (unknown.length > 0) throw new KobleError('MAIL_TEMPLATE_INVALID', `Unknown merge fields: ${unknown.join(', ')}`, { unknownFields: unknown });
  if (!template.subject.trim()) throw new KobleError('MAIL_TEMPLATE_INVALID', 'The subject is empty', { emptySubject: true });
}

function fill(text: string, values: MergeValues): string {
  return text.replace(FIELD, (_, name: string) => values[name as MergeField] ?? '');
}

/**
 * A template filled in for one recipient. A field with no value becomes empty; the subject is
 * one line (line breaks in a value would be header injection).
 */
export function renderTemplate(template: TemplateText, values: MergeValues): TemplateText {
  const subject = fill(template.subject, values).replace(/[\r\n]+/g, ' ').replace(/\s+/g, ' ').trim();
  const body = fill(template.body, values).replace(/\n{3,}/g, '\n\n').trimEnd();
  return { subject, body: `${body}\n` };
}

const TIME_FORMATS: Record<MailLanguage, Intl.DateTimeFormat> = {
  nb: new Intl.DateTimeFormat('nb-NO', { timeZone: EVENT_TIME_ZONE, weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }),
  en: new Intl.DateTimeFormat('en-GB', { timeZone: EVENT_TIME_ZONE, weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }),
};

/** An instant as the recipient reads it, in Oslo time: "tirsdag 12. januar 2027 kl. 18:00". */
export function mailTime(instant: string, language: MailLanguage): string {
  return TIME_FORMATS[language].format(new Date(instant));
}
