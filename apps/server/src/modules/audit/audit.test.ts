import { describe, expect, it } from 'vitest';
import { stripSecrets } from './audit.ts';

describe('stripSecrets', () => {
  it('removes keys named like a secret, at any depth and in arrays', () => {
    expect(
      stripSecrets({
        email: 'a@b.fr',
        password: 'x',
        newPassword: 'y',
        passwordHash: 'z',
        refresh_token: 't',
        accessToken: 't',
        totpSecret: 's',
        profile: { name: 'Ann', apiSecret: 's', nested: [{ token: 't', keep: 1 }] },
        sessions: [{ id: 's1', tokenHash: 'h' }],
      }),
    ).toEqual({
      email: 'a@b.fr',
      profile: { name: 'Ann', nested: [{ keep: 1 }] },
      sessions: [{ id: 's1' }],
    });
  });

  it('keeps scalars, null, dates and leaves the input untouched', () => {
    const at = new Date('2026-01-01T00:00:00Z');
    const input = { at, n: 1, s: 'x', b: false, z: null, hash: 'h' };
    expect(stripSecrets(input)).toEqual({ at, n: 1, s: 'x', b: false, z: null });
    expect(input.hash).toBe('h');
    expect(stripSecrets('password')).toBe('password');
    expect(stripSecrets(null)).toBeNull();
    expect(stripSecrets([1, { SECRET: 1 }])).toEqual([1, {}]);
  });
});
