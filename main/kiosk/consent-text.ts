/**
 * The consent text a walk-in sees in the kiosk. The version is stored with the consent
 * (consents.text_version), so the office can show later which words the person agreed to.
 * Change the text → change the version.
 */
export const KIOSK_CONSENT_VERSION = 'kiosk-2026-01';

const TEXTS = {
  nb:
    'Jeg samtykker til at programmet lagrer navnet mitt, telefonnummeret eller e-postadressen min og at jeg var til stede på dette arrangementet. ' +
    'Opplysningene brukes til å følge opp deltakelsen og til anonyme tall i rapporter til tilskuddsgivere. ' +
    'Jeg kan når som helst trekke samtykket tilbake, få innsyn i det som er lagret, og be om at det slettes.',
  en:
    'I consent to the programme storing my name, my phone number or e-mail address, and that I attended this event. ' +
    'The information is used to follow up my participation and for anonymous figures in reports to funders. ' +
    'I can withdraw this consent at any time, see what is stored about me, and ask for it to be deleted.',
} as const;

export function consentText(language: 'nb' | 'en'): { text: string; version: string } {
  return { text: TEXTS[language], version: KIOSK_CONSENT_VERSION };
}
