import { createHash } from 'node:crypto';
import { z } from 'zod';
import { entityId } from '../people/value-schemas.ts';
import { MAIL_LANGUAGES, OUTCOME_CHECKPOINTS, TEMPLATE_KINDS, type TemplateKind } from '../../shared/mail-templates.ts';

const id = entityId;

/** What to send: a template kind, or 'intro-meeting' (the participant's and the mentor's koblingsmøte invitation). */
export const SEND_KINDS = [...TEMPLATE_KINDS.filter((k) => !k.startsWith('intro-meeting-')), 'intro-meeting'] as const;
export type SendKind = (typeof SEND_KINDS)[number];

/**
 * Who and what: an event's roster (event-invitation, event-reminder, free-message), a match's
 * participant and mentor (intro-meeting, match-confirmed), or chosen people (welcome,
 * outcome-request with its checkpoint, free-message with its own subject and body).
 */
export const sendRequestSchema = z
  .object({
    template: z.enum(SEND_KINDS),
    eventId: id.optional(),
    matchId: id.optional(),
    personIds: z.array(id).max(20_000).optional(),
    checkpoint: z.enum(OUTCOME_CHECKPOINTS).optional(),
    message: z.object({ subject: z.string().trim().min(1).max(300), body: z.string().max(20_000) }).optional(),
    language: z.enum(MAIL_LANGUAGES).optional(),
  })
  .superRefine((r, ctx) => {
    const need = (ok: boolean, path: string, message: string) => ok || ctx.addIssue({ code: 'custom', path: [path], message });
    if (r.template === 'event-invitation' || r.template === 'event-reminder') need(Boolean(r.eventId), 'eventId', 'an event is required');
    if (r.template === 'intro-meeting' || r.template === 'match-confirmed') need(Boolean(r.matchId), 'matchId', 'a match is required');
    if (r.template === 'welcome') need(Boolean(r.personIds?.length), 'personIds', 'people are required');
    if (r.template === 'outcome-request') {
      need(Boolean(r.personIds?.length), 'personIds', 'people are required');
      need(Boolean(r.checkpoint), 'checkpoint', 'a checkpoint is required');
    }
    if (r.template === 'free-message') need(Boolean(r.personIds?.length) !== Boolean(r.eventId), 'personIds', 'either people or an event is required');
  });
export type SendRequest = z.infer<typeof sendRequestSchema>;

/** The template a recipient gets for a send kind. */
export function templateFor(kind: SendKind, role: 'participant' | 'mentor' | 'guest'): TemplateKind {
  if (kind === 'intro-meeting') return role === 'mentor' ? 'intro-meeting-mentor' : 'intro-meeting-participant';
  return kind;
}

/** A short fingerprint of what a message is about: a change makes a new version (and a new send). */
export function versionOf(...parts: readonly (string | null | undefined)[]): string {
  return createHash('sha256').update(JSON.stringify(parts)).digest('hex').slice(0, 16);
}

/** template + person + event/match + version: the same invitation is never queued twice. */
export function idempotencyKey(kind: TemplateKind, personId: string, about: string | null, version: string): string {
  return `${kind}:${personId}:${about ?? '-'}:${version}`;
}
