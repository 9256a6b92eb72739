import { bookingReferenceSchema } from '@ladiva/contract/booking';
import { describe, expect, it } from 'vitest';
import { newBookingReference, REFERENCE_ALPHABET } from './booking-reference.ts';

describe('booking references', () => {
  it('are 8 unambiguous characters that the contract accepts', () => {
    for (let i = 0; i < 1000; i += 1) {
      const reference = newBookingReference();
      expect(bookingReferenceSchema.safeParse(reference).success).toBe(true);
      expect(reference).not.toMatch(/[01ILO]/);
    }
    expect(new Set(REFERENCE_ALPHABET).size).toBe(31);
  });
});
