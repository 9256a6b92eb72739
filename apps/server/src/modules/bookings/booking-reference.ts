// Booking references: 8 characters a guest can read over the phone without confusion (no 0/O,
// no 1/I/L), ~40 bits, unique by the database. Not a secret: the reference alone never opens a
// booking (the secret link of #5 does).
import { randomInt } from 'node:crypto';

export const REFERENCE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';

export function newBookingReference(): string {
  let reference = '';
  for (let i = 0; i < 8; i += 1)
    reference += REFERENCE_ALPHABET[randomInt(REFERENCE_ALPHABET.length)];
  return reference;
}
