import { describe, expect, it } from 'vitest';
import { apiFields, emptyValues, endBeforeStart, outsideUsualLength, problemsByField } from './model.ts';

describe('placement form helpers', () => {
  it('starts with a three-month placement from today and sends blanks as null, NAV details only with an agreement', () => {
    const v = emptyValues('2026-03-01');
    expect(v).toMatchObject({ startsOn: '2026-03-01', endsOn: '2026-06-01', status: 'active', navAgreement: false });
    expect(apiFields({ ...v, navOfficeId: 'nav', navAdvisor: 'Ola', jobTitle: '  ' })).toMatchObject({ navOfficeId: null, navAdvisor: null, jobTitle: null });
    expect(apiFields({ ...v, navAgreement: true, navOfficeId: 'nav', navAdvisor: 'Ola' })).toMatchObject({ navOfficeId: 'nav', navAdvisor: 'Ola' });
  });
  it('checks the end and flags a length outside 3–6 months', () => {
    expect(endBeforeStart({ startsOn: '2026-03-01', endsOn: '2026-03-01' })).toBe(true);
    expect(outsideUsualLength({ startsOn: '2026-03-01', endsOn: '2026-05-01' })).toBe(true);
    expect(outsideUsualLength({ startsOn: '2026-03-01', endsOn: '2026-09-01' })).toBe(false);
    expect(outsideUsualLength({ startsOn: '2026-03-01', endsOn: '2026-09-02' })).toBe(true);
  });
  it("reads the API's refusals per field", () => {
    expect(problemsByField([{ path: 'changes.endsOn', message: 'end_before_start' }, { path: 'livelihood', message: 'Invalid option: expected one of …' }])).toEqual({
      endsOn: 'end_before_start',
      livelihood: 'invalid',
    });
    expect(problemsByField(undefined)).toEqual({});
  });
});
