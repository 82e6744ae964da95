import type { MailLanguage, TemplateKind } from '../../shared/mail-templates.ts';

export type TemplateText = { subject: string; body: string };

const SIGN_NB = '\n\nVennlig hilsen\n{{coordinatorName}}\n{{signature}}';
const SIGN_EN = '\n\nKind regards\n{{coordinatorName}}\n{{signature}}';

/** The texts every new programme starts with; an office edits its own copies (mail_templates). */
export const DEFAULT_TEMPLATES: Record<TemplateKind, Record<MailLanguage, TemplateText>> = {
  welcome: {
    nb: { subject: 'Velkommen til {{organisationName}}', body: `Hei {{firstName}},\n\nVelkommen som deltaker hos oss! Vi tar kontakt snart for en kartleggingssamtale.${SIGN_NB}` },
    en: { subject: 'Welcome to {{organisationName}}', body: `Hi {{firstName}},\n\nWelcome to the programme! We will be in touch soon to set up a first conversation.${SIGN_EN}` },
  },
  'intro-meeting-participant': {
    nb: { subject: 'Koblingsmøte med {{mentorName}}', body: `Hei {{firstName}},\n\nVi har funnet en mentor til deg: {{mentorName}}. Dere møtes til et uforpliktende koblingsmøte {{meetingTime}}, {{meetingPlace}}. Kalenderinvitasjonen ligger ved.${SIGN_NB}` },
    en: { subject: 'Introductory meeting with {{mentorName}}', body: `Hi {{firstName}},\n\nWe have found a mentor for you: {{mentorName}}. You will meet for an informal introductory meeting on {{meetingTime}}, {{meetingPlace}}. The calendar invitation is attached.${SIGN_EN}` },
  },
  'intro-meeting-mentor': {
    nb: { subject: 'Koblingsmøte med {{participantName}}', body: `Hei {{firstName}},\n\nTakk for at du er mentor! Vi foreslår at du møter {{participantName}} til et uforpliktende koblingsmøte {{meetingTime}}, {{meetingPlace}}. Kalenderinvitasjonen ligger ved.${SIGN_NB}` },
    en: { subject: 'Introductory meeting with {{participantName}}', body: `Hi {{firstName}},\n\nThank you for mentoring! We suggest you meet {{participantName}} for an informal introductory meeting on {{meetingTime}}, {{meetingPlace}}. The calendar invitation is attached.${SIGN_EN}` },
  },
  'match-confirmed': {
    nb: { subject: 'Koblingen er bekreftet', body: `Hei {{firstName}},\n\nKoblingen mellom {{participantName}} og {{mentorName}} er bekreftet. Lykke til med mentorperioden!${SIGN_NB}` },
    en: { subject: 'Your mentoring match is confirmed', body: `Hi {{firstName}},\n\nThe match between {{participantName}} and {{mentorName}} is confirmed. Good luck with the mentoring period!${SIGN_EN}` },
  },
  'event-invitation': {
    nb: { subject: 'Invitasjon: {{eventTitle}}', body: `Hei {{firstName}},\n\nDu er invitert til {{eventTitle}} {{eventTime}}, {{eventPlace}}. Kalenderinvitasjonen ligger ved.${SIGN_NB}` },
    en: { subject: 'Invitation: {{eventTitle}}', body: `Hi {{firstName}},\n\nYou are invited to {{eventTitle}} on {{eventTime}}, {{eventPlace}}. The calendar invitation is attached.${SIGN_EN}` },
  },
  'event-reminder': {
    nb: { subject: 'Påminnelse: {{eventTitle}}', body: `Hei {{firstName}},\n\nEn påminnelse om {{eventTitle}} {{eventTime}}, {{eventPlace}}. Velkommen!${SIGN_NB}` },
    en: { subject: 'Reminder: {{eventTitle}}', body: `Hi {{firstName}},\n\nA reminder of {{eventTitle}} on {{eventTime}}, {{eventPlace}}. See you there!${SIGN_EN}` },
  },
  'outcome-request': {
    nb: { subject: 'Hvordan går det?', body: `Hei {{firstName}},\n\nDet er {{checkpoint}}, og vi vil gjerne høre hvordan det går med deg: jobb, praksis, utdanning eller jobbsøking. Svar gjerne på denne e-posten.${SIGN_NB}` },
    en: { subject: 'How are you doing?', body: `Hi {{firstName}},\n\nIt is {{checkpoint}}, and we would like to hear how you are doing: work, placement, studies or job seeking. Just reply to this e-mail.${SIGN_EN}` },
  },
  'free-message': {
    nb: { subject: 'Melding fra {{organisationName}}', body: `Hei {{firstName}},\n\n${SIGN_NB.trimStart()}` },
    en: { subject: 'Message from {{organisationName}}', body: `Hi {{firstName}},\n\n${SIGN_EN.trimStart()}` },
  },
};

/** The {{checkpoint}} words of an outcome request. */
export const CHECKPOINT_WORDS: Record<MailLanguage, Record<'exit' | '3m' | '6m', string>> = {
  nb: { exit: 'slutten av programmet', '3m': 'tre måneder siden du avsluttet programmet', '6m': 'seks måneder siden du avsluttet programmet' },
  en: { exit: 'the end of the programme', '3m': 'three months since you finished the programme', '6m': 'six months since you finished the programme' },
};
