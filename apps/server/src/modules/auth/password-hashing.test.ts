import { hash } from '@node-rs/argon2';
import { describe, expect, it } from 'vitest';
import { hashPassword, verifyPassword } from './password-hashing.ts';

// Each hash costs tens of milliseconds and 19 MiB by design: keep the number of them small.
describe('password hashing', () => {
  it('hashes with argon2id and the OWASP parameters, and verifies', async () => {
    const stored = await hashPassword('plumes et paillettes');
    expect(stored).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$[^$]{22}\$[^$]{43}$/);
    expect(await verifyPassword(stored, 'plumes et paillettes')).toEqual({
      valid: true,
      needsRehash: false,
    });
    expect(await verifyPassword(stored, 'plumes et Paillettes')).toEqual({
      valid: false,
      needsRehash: false,
    });
    // Salted: the same password never gives the same hash twice.
    expect(await hashPassword('plumes et paillettes')).not.toBe(stored);
  });

  it('asks for a rehash when the stored parameters are not the current ones', async () => {
    // Cheap parameters, as an older release might have stored them.
    const old = await hash('plumes et paillettes', { memoryCost: 8_192, timeCost: 1 });
    expect(await verifyPassword(old, 'plumes et paillettes')).toEqual({
      valid: true,
      needsRehash: true,
    });
    // Only a correct password may trigger a rehash: we cannot hash what we do not know.
    expect(await verifyPassword(old, 'wrong')).toEqual({ valid: false, needsRehash: false });
  });

  it.each([
    '',
    'not a hash',
    '$argon2id$v=19$m=19456,t=2,p=1$bad',
    '$2b$10$abcdefghijklmnopqrstuv',
  ])('treats the malformed hash %j as a failed verification', async (stored) => {
    await expect(verifyPassword(stored, 'anything')).resolves.toEqual({
      valid: false,
      needsRehash: false,
    });
  });
});
