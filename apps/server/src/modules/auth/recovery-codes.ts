// Recovery codes: ten single-use codes shown once when a second factor is enrolled. Each is ten
// characters from an unambiguous alphabet (50 bits), shown as xxxxx-xxxxx; only SHA-256 hashes
// are stored (with the rate limit on the challenge, guessing is hopeless).
import { createHash, randomInt } from 'node:crypto';

export const RECOVERY_CODE_COUNT = 10;
const ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789'; // no 0/o, 1/l/i

export function generateRecoveryCodes(count = RECOVERY_CODE_COUNT): string[] {
  return Array.from({ length: count }, () => {
    const chars = Array.from({ length: 10 }, () => ALPHABET[randomInt(ALPHABET.length)]).join('');
    return `${chars.slice(0, 5)}-${chars.slice(5)}`;
  });
}

/** Dashes, spaces and case do not matter. */
export function normaliseRecoveryCode(code: string): string {
  return code.replace(/[\s-]+/g, '').toLowerCase();
}

export function hashRecoveryCode(code: string): Buffer {
  return createHash('sha256').update(normaliseRecoveryCode(code), 'utf8').digest();
}
