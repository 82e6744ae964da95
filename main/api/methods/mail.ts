/** E-mail, calendar invitations and the outbox (main/api/handlers/mail.ts). */
export const MAIL_METHODS = [
  'mail.templates',
  'mail.saveTemplate',
  'mail.resetTemplate',
  'mail.preview',
  'mail.send',
  'mail.retry',
  'mail.drafts',
  'mail.calendarFile',
  'mail.getSettings',
  'mail.saveSettings',
  'mail.testConnection',
  'mail.history',
  'mail.outbox',
  'mail.due',
] as const;
