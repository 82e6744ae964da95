import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { KobleError } from '../../db/errors.ts';
import { settings } from '../../db/schema/index.ts';
import type { KobleDb } from '../../db/vault/vault.ts';
import { MAIL_LANGUAGES } from '../../shared/mail-templates.ts';
import { SMTP_SECURITY } from '../../shared/mail-settings.ts';

/**
 * The office's mail account, kept in the programme's settings table: the programme file is the
 * encrypted database, so the password is encrypted at rest with everything else and never written
 * to a plaintext settings file. The API never gives the password back (only `hasPassword`).
 */
export const mailSettingsSchema = z.object({
  host: z.string().trim().max(253).default(''),
  port: z.number().int().min(1).max(65535).default(587),
  /** tls: TLS from the first byte (port 465); starttls: upgrade required (587); none: loopback and tests only. */
  security: z.enum(SMTP_SECURITY).default('starttls'),
  user: z.string().trim().max(320).default(''),
  password: z.string().max(1000).default(''),
  fromAddress: z.string().trim().max(320).default(''),
  fromName: z.string().trim().max(200).default(''),
  /** Messages per minute at most (many providers cap 30–60 a minute). */
  ratePerMinute: z.number().int().min(1).max(600).default(30),
  language: z.enum(MAIL_LANGUAGES).default('nb'),
  /** The {{signature}} merge field: the office's lines under the coordinator's name. */
  signature: z.string().max(2000).default(''),
});
export type MailSettings = z.infer<typeof mailSettingsSchema>;
export type MailSettingsView = Omit<MailSettings, 'password'> & { hasPassword: boolean };

export const mailSettingsChangeSchema = mailSettingsSchema.partial().extend({
  /** A new password; an empty string removes it; leave out to keep the stored one. */
  password: z.string().max(1000).optional(),
});

const KEY = 'mail';

export function readMailSettings(db: KobleDb): MailSettings {
  const row = db.select().from(settings).where(eq(settings.key, KEY)).get();
  const parsed = mailSettingsSchema.safeParse(row ? JSON.parse(row.value) : {});
  return parsed.success ? parsed.data : mailSettingsSchema.parse({});
}

export function viewOf(value: MailSettings): MailSettingsView {
  const { password, ...rest } = value;
  return { ...rest, hasPassword: password.length > 0 };
}

export function writeMailSettings(db: KobleDb, change: z.infer<typeof mailSettingsChangeSchema>): MailSettingsView {
  const given = Object.fromEntries(Object.entries(change).filter(([, v]) => v !== undefined));
  const next = mailSettingsSchema.parse({ ...readMailSettings(db), ...given });
  const value = JSON.stringify(next);
  db.insert(settings).values({ key: KEY, value }).onConflictDoUpdate({ target: settings.key, set: { value } }).run();
  return viewOf(next);
}

/**
 * `smtp://user:pass@host:587` (STARTTLS), `smtps://…:465` (TLS) or `smtp://host:2525?security=none`
 * (loopback tests; `&from=` sender, `&rate=` per minute): the account given by KOBLE_SMTP_URL instead of the programme's settings.
 */
export function smtpFromUrl(url: string, base: MailSettings): MailSettings {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new KobleError('MAIL_SETTINGS_INVALID', 'KOBLE_SMTP_URL is not a URL (smtp://user:password@host:587)');
  }
  if (parsed.protocol !== 'smtp:' && parsed.protocol !== 'smtps:') throw new KobleError('MAIL_SETTINGS_INVALID', 'KOBLE_SMTP_URL must start with smtp:// or smtps://');
  const security = parsed.protocol === 'smtps:' ? 'tls' : parsed.searchParams.get('security') === 'none' ? 'none' : 'starttls';
  return {
    ...base,
    host: parsed.hostname,
    port: parsed.port ? Number(parsed.port) : security === 'tls' ? 465 : 587,
    security,
    user: decodeURIComponent(parsed.username),
    password: decodeURIComponent(parsed.password),
    fromAddress: parsed.searchParams.get('from') ?? base.fromAddress,
    ratePerMinute: mailSettingsSchema.shape.ratePerMinute.catch(base.ratePerMinute).parse(Number(parsed.searchParams.get('rate') ?? base.ratePerMinute)),
  };
}

/** Refuses to send without a server or a sender address (MAIL_NOT_CONFIGURED). */
export function requireConfigured(value: MailSettings): void {
  if (!value.host || !value.fromAddress) {
    throw new KobleError('MAIL_NOT_CONFIGURED', 'Set the mail server and sender address in Innstillinger → E-post first', { host: Boolean(value.host), fromAddress: Boolean(value.fromAddress) });
  }
}
