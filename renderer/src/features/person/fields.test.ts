import { describe, expect, it } from 'vitest';
import { changedValues, fieldErrors } from './fields.ts';

describe('person form values', () => {
  it('sends only what changed; empty clears, years are numbers', () => {
    const original = { firstName: 'Bjørn', lastName: 'Ås', email: 'b@example.no', birthYear: 1990, phone: null };
    const values = { firstName: 'Bjørn', lastName: 'Aas', email: '', birthYear: '1991', phone: '' };
    expect(changedValues(original, values)).toEqual({ lastName: 'Aas', email: null, birthYear: 1991 });
  });
  it('maps API_INVALID_INPUT issues to fields', () => {
    expect(fieldErrors([{ path: 'changes.email', code: 'invalid_format' }, { path: ['birthYear'], code: 'too_small' }])).toEqual({
      email: 'invalid_format',
      birthYear: 'too_small',
    });
    expect(fieldErrors(undefined)).toEqual({});
  });
});
