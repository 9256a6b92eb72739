import { describe, expect, it } from 'vitest';
import { InvalidPhoneNumberError, normalisePhone } from './phone.ts';

function reasonOf(run: () => unknown): string | undefined {
  try {
    run();
  } catch (error) {
    if (error instanceof InvalidPhoneNumberError) return error.reason;
    throw error;
  }
  return undefined;
}

describe('normalisePhone', () => {
  it.each([
    ['06 12 34 56 78', '+33612345678'],
    ['0612345678', '+33612345678'],
    ['06-12-34-56-78', '+33612345678'],
    ['  07 81 23 45 67 ', '+33781234567'],
    ['+33 6 12 34 56 78', '+33612345678'],
    ['(+33) 6 12 34 56 78', '+33612345678'],
    ['0033 6 12 34 56 78', '+33612345678'],
  ])('reads the French way of writing %j', (input, e164) => {
    expect(normalisePhone(input)).toBe(e164);
  });

  it.each([
    ['+32 470 12 34 56', '+32470123456'],
    ['0032 470 12 34 56', '+32470123456'],
    ['+41 78 123 45 67', '+41781234567'],
    ['+44 7911 123456', '+447911123456'],
  ])('reads the foreign mobile %j written internationally', (input, e164) => {
    expect(normalisePhone(input)).toBe(e164);
  });

  it('reads national numbers against the given default country', () => {
    expect(normalisePhone('0470 12 34 56', 'BE')).toBe('+32470123456');
    expect(normalisePhone('078 123 45 67', 'CH')).toBe('+41781234567');
    expect(normalisePhone('07911 123456', 'GB')).toBe('+447911123456');
    // The same national digits mean nothing in France.
    expect(reasonOf(() => normalisePhone('07911 123456'))).toBe('invalid');
  });

  it.each(['', 'abc', 'not a phone', '06 12', '+33 6 12 34 56 78 9', '+999 123'])(
    'refuses %j as invalid',
    (input) => {
      expect(reasonOf(() => normalisePhone(input))).toBe('invalid');
    },
  );

  it.each(['01 23 45 67 89', '08 00 12 34 56', '+44 20 7946 0958', '+32 2 555 12 12'])(
    'refuses the valid non-mobile %j as unable to receive an SMS',
    (input) => {
      expect(reasonOf(() => normalisePhone(input))).toBe('not-mobile');
    },
  );

  it('throws a typed error that says why', () => {
    expect(() => normalisePhone('abc')).toThrow(InvalidPhoneNumberError);
    expect(() => normalisePhone('01 23 45 67 89')).toThrow(/mobile/);
  });
});
