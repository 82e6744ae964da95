/**
 * How Koble connects to the office's SMTP server, in the order Innstillinger → E-post offers them:
 * starttls upgrades a plain connection and requires it (port 587), tls is TLS from the first byte
 * (port 465), none is for loopback and tests only.
 */
export const SMTP_SECURITY = ['starttls', 'tls', 'none'] as const;

export type SmtpSecurity = (typeof SMTP_SECURITY)[number];
