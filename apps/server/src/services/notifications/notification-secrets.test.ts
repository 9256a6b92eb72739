import { createSecretKey, randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createSecretBox, SecretBoxError } from '../../lib/secret-box.ts';
import { assertSeparate, openSecrets, sealSecrets } from './notification-secrets.ts';

const box = createSecretBox([{ id: 'k1', key: createSecretKey(randomBytes(32)) }]);
const id = '3f1d2c4b-5a69-4788-9a0b-1c2d3e4f5a6b';
const other = '9b8a7c6d-5e4f-4321-8abc-def012345678';
const secrets = { resetUrl: 'https://ladiva.example/reset-password#token=abcDEF123_-' };

describe('notification secrets', () => {
  it('seal to a value that does not show them, and open with the same notification id', () => {
    const sealed = sealSecrets(box, id, secrets);
    expect(sealed).not.toContain('token');
    expect(sealed).not.toContain('abcDEF123');
    expect(openSecrets(box, id, sealed)).toEqual(secrets);
  });

  it('do not open on another notification, nor with another key', () => {
    const sealed = sealSecrets(box, id, secrets);
    expect(() => openSecrets(box, other, sealed)).toThrow(SecretBoxError);
    const stranger = createSecretBox([{ id: 'k1', key: createSecretKey(randomBytes(32)) }]);
    expect(() => openSecrets(stranger, id, sealed)).toThrow(SecretBoxError);
  });

  it('refuse a name that is both in the payload and in the secrets', () => {
    expect(() => assertSeparate({ resetUrl: 'x', name: 'Léa' }, secrets)).toThrow(/resetUrl/);
    expect(() => assertSeparate({ name: 'Léa' }, secrets)).not.toThrow();
  });
});
