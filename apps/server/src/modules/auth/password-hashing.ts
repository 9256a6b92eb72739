// Passwords are stored as argon2id hashes in PHC form ($argon2id$v=19$m=…,t=…,p=…$salt$hash),
// so every hash carries the parameters it was made with and can be upgraded at the next login.
import { hash, parseOptions, verify, type Algorithm, type Options } from '@node-rs/argon2';

// The package declares Algorithm and Version as `const enum`s, which are erased at runtime (the
// exported objects are empty) and unusable under isolatedModules: hence the literal values.
const ARGON2ID = 2 as Algorithm.Argon2id;
const VERSION_0X13 = 1;

/** OWASP Password Storage Cheat Sheet, argon2id: m=19 MiB, t=2, p=1 (15-25 ms per hash here). */
export const HASH_OPTIONS = {
  algorithm: ARGON2ID,
  memoryCost: 19_456,
  timeCost: 2,
  parallelism: 1,
  outputLen: 32,
} as const satisfies Options;

export interface VerifyResult {
  valid: boolean;
  /** The password was right but the hash predates the current parameters: store a new one. */
  needsRehash: boolean;
}

export function hashPassword(password: string): Promise<string> {
  // A fresh random 16-byte salt per hash is the library's default.
  return hash(password, HASH_OPTIONS);
}

/** Never throws for a bad stored value: a malformed hash is simply a failed login. */
export async function verifyPassword(stored: string, password: string): Promise<VerifyResult> {
  let valid: boolean;
  try {
    valid = await verify(stored, password);
  } catch {
    return { valid: false, needsRehash: false };
  }
  return { valid, needsRehash: valid && hasOutdatedParameters(stored) };
}

function hasOutdatedParameters(stored: string): boolean {
  const used = parseOptions(stored);
  return (
    used.algorithm !== HASH_OPTIONS.algorithm ||
    used.version !== VERSION_0X13 ||
    used.memoryCost !== HASH_OPTIONS.memoryCost ||
    used.timeCost !== HASH_OPTIONS.timeCost ||
    used.parallelism !== HASH_OPTIONS.parallelism ||
    used.outputLen !== HASH_OPTIONS.outputLen
  );
}
