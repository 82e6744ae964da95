import { describe, expect, it } from 'vitest';
import { DEFAULT_TEMPLATES } from './default-templates.ts';
import { chooseRecipients, type Candidate } from './recipients.ts';
import { checkTemplate, mailTime, renderTemplate, unknownFields } from './render.ts';
import { MAIL_LANGUAGES, TEMPLATE_KINDS } from '../../shared/mail-templates.ts';

const person = (over: Partial<Candidate>): Candidate => ({
  personKind: 'participant', personId: 'p1', firstName: 'Åse', lastName: 'Nordmann', email: 'ase@example.no', erased: false,
  consents: [{ purpose: 'contact_email', givenOn: '2026-01-01', withdrawnOn: null }], ...over,
});

describe('mail templates', () => {
  it('has a valid nb and en default for every kind', () => {
    for (const kind of TEMPLATE_KINDS) for (const lang of MAIL_LANGUAGES) expect(() => checkTemplate(DEFAULT_TEMPLATES[kind][lang])).not.toThrow();
  });

  it('fills merge fields and leaves an unknown value empty', () => {
    const out = renderTemplate(DEFAULT_TEMPLATES['event-invitation'].nb, { firstName: 'Åse', eventTitle: 'Nettverkstreff', eventTime: 'tirsdag', eventPlace: 'Skien bibliotek', coordinatorName: 'Kari' });
    expect(out.subject).toBe('Invitasjon: Nettverkstreff');
    expect(out.body).toContain('Hei Åse,');
    expect(out.body).toContain('Nettverkstreff tirsdag, Skien bibliotek');
    expect(out.body).not.toContain('{{');
  });

  it('keeps the subject on one line even when a value holds a line break (no header injection)', () => {
    const out = renderTemplate({ subject: 'Hei {{firstName}}', body: '' }, { firstName: 'A\r\nBcc: x@y.no' });
    expect(out.subject).toBe('Hei A Bcc: x@y.no');
  });

  it('refuses a template with a misspelt merge field or an empty subject', () => {
    expect(unknownFields('Hei {{fornavn}} {{firstName}}')).toEqual(['fornavn']);
    expect(() => checkTemplate({ subject: 'Hei', body: '{{fornavn}}' })).toThrow(expect.objectContaining({ code: 'MAIL_TEMPLATE_INVALID' }));
    expect(() => checkTemplate({ subject: ' ', body: '' })).toThrow(expect.objectContaining({ code: 'MAIL_TEMPLATE_INVALID' }));
  });

  it('writes the time in Oslo time in both languages, in summer and winter', () => {
    expect(mailTime('2027-01-12T17:00:00.000Z', 'nb')).toMatch(/tirsdag 12\. januar 2027.*18[:.]00/);
    expect(mailTime('2027-06-15T16:30:00.000Z', 'en')).toMatch(/Tuesday.*15 June 2027.*18:30/);
  });
});

describe('recipients', () => {
  it('sends only to people with an e-mail and a current contact consent; the rest are skipped with the reason', () => {
    const { recipients, skipped } = chooseRecipients(
      [
        person({ personId: 'ok' }),
        person({ personId: 'noemail', email: null }),
        person({ personId: 'bad', email: 'ase@' }),
        person({ personId: 'storage', consents: [{ purpose: 'storage', givenOn: '2026-01-01', withdrawnOn: null }] }),
        person({ personId: 'withdrawn', consents: [{ purpose: 'contact_email', givenOn: '2026-01-01', withdrawnOn: '2026-03-01' }] }),
        person({ personId: 'future', consents: [{ purpose: 'contact_email', givenOn: '2026-09-01', withdrawnOn: null }] }),
        person({ personId: 'erased', erased: true }),
        person({ personId: 'ok' }),
      ],
      '2026-06-01',
    );
    expect(recipients.map((r) => r.personId)).toEqual(['ok']);
    expect(Object.fromEntries(skipped.map((s) => [s.personId, s.reason]))).toEqual({
      noemail: 'no_email', bad: 'invalid_email', storage: 'no_contact_consent', withdrawn: 'no_contact_consent', future: 'no_contact_consent', erased: 'erased',
    });
  });

  it('counts a withdrawal from the day it happens, and a consent from the day it is given', () => {
    const c = [{ purpose: 'contact_email', givenOn: '2026-01-01', withdrawnOn: '2026-03-01' }];
    expect(chooseRecipients([person({ consents: c })], '2026-02-28').recipients).toHaveLength(1);
    expect(chooseRecipients([person({ consents: c })], '2026-03-01').recipients).toHaveLength(0);
    expect(chooseRecipients([person({ consents: c })], '2026-01-01').recipients).toHaveLength(1);
  });
});
