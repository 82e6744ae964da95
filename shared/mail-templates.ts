/**
 * The e-mails Koble writes, and the merge fields a template may use. Values both the renderer
 * (template editor) and the backend need, so this module imports nothing.
 */
export const TEMPLATE_KINDS = [
  'welcome',
  'intro-meeting-participant',
  'intro-meeting-mentor',
  'match-confirmed',
  'event-invitation',
  'event-reminder',
  'outcome-request',
  'free-message',
] as const;
export type TemplateKind = (typeof TEMPLATE_KINDS)[number];

export const MAIL_LANGUAGES = ['nb', 'en'] as const;
export type MailLanguage = (typeof MAIL_LANGUAGES)[number];

/** `{{name}}` in a subject or body is replaced by the value for the recipient. */
export const MERGE_FIELDS = [
  'firstName',
  'eventTitle',
  'eventTime',
  'eventPlace',
  'mentorName',
  'participantName',
  'meetingTime',
  'meetingPlace',
  'checkpoint',
  'coordinatorName',
  'signature',
  'organisationName',
] as const;
export type MergeField = (typeof MERGE_FIELDS)[number];

/** Kinds that carry a calendar invitation (.ics, METHOD:REQUEST). */
export const CALENDAR_KINDS: readonly TemplateKind[] = ['event-invitation', 'intro-meeting-participant', 'intro-meeting-mentor'];

/** Outcome checkpoints an outcome request is sent for (ved avslutning, 3 og 6 måneder etter). */
export const OUTCOME_CHECKPOINTS = ['exit', '3m', '6m'] as const;
export type OutcomeCheckpoint = (typeof OUTCOME_CHECKPOINTS)[number];
