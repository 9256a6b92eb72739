import { createSecretKey, randomBytes } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  createSecretBox,
  ENCRYPTION_KEYS_FILE,
  loadEncryptionKeys,
  SecretBoxError,
  type EncryptionKey,
} from './secret-box.ts';

const key = (id: string): EncryptionKey => ({ id, key: createSecretKey(randomBytes(32)) });
const k1 = key('k1');
const k2 = key('k2');
const seed = 'JBSWY3DPEHPK3PXP';

describe('createSecretBox', () => {
  const box = createSecretBox([k1]);

  it('round-trips, with a fresh IV every time', () => {
    const sealed = box.seal(seed, 'user:42');
    expect(sealed).toMatch(/^v1\.k1\.[\w-]{16}\.[\w-]+$/);
    expect(sealed).not.toContain(seed);
    expect(box.open(sealed, 'user:42')).toBe(seed);
    expect(box.seal(seed, 'user:42')).not.toBe(sealed);
    expect(box.open(box.seal('é🎭', undefined))).toBe('é🎭');
    expect(box.open(box.seal(''))).toBe('');
  });

  it('detects any altered character without revealing the plaintext', () => {
    const sealed = box.seal(seed, 'user:42');
    for (let i = 0; i < sealed.length; i++) {
      const replacement = sealed[i] === 'A' ? 'B' : 'A';
      const altered = sealed.slice(0, i) + replacement + sealed.slice(i + 1);
      expect(() => box.open(altered, 'user:42'), `position ${i}`).toThrow(
        /Sealed value (is malformed|uses unknown encryption key|failed authentication)/,
      );
    }
    const [, , iv, body = ''] = sealed.split('.');
    const truncatedTag = `v1.k1.${iv}.${body.slice(0, -4)}`;
    expect(() => box.open(truncatedTag, 'user:42')).toThrow(/failed authentication|malformed/);
    for (const bad of ['', 'v1', 'v2.k1.a.b', `${sealed}.x`, 'v1.k1..']) {
      expect(() => box.open(bad, 'user:42')).toThrow('Sealed value is malformed');
    }
    let error: unknown;
    try {
      box.open(sealed.slice(0, -2) + (sealed.endsWith('AA') ? 'BB' : 'AA'), 'user:42');
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(SecretBoxError);
    expect(String(error)).not.toContain(seed);
  });

  it('binds the associated data: a value cannot move to another row', () => {
    const sealed = box.seal(seed, 'user:42');
    expect(() => box.open(sealed, 'user:43')).toThrow('failed authentication');
    expect(() => box.open(sealed)).toThrow('failed authentication');
    expect(() => box.open(box.seal(seed), 'user:42')).toThrow('failed authentication');
  });

  it('keeps opening old values after a rotation, and seals with the new key', () => {
    const old = createSecretBox([k1]).seal(seed, 'user:42');
    const rotated = createSecretBox([k2, k1]);
    expect(rotated.open(old, 'user:42')).toBe(seed);
    const fresh = rotated.seal(seed, 'user:42');
    expect(fresh.startsWith('v1.k2.')).toBe(true);
    expect(() => createSecretBox([k1]).open(fresh, 'user:42')).toThrow(
      'Sealed value uses unknown encryption key "k2"',
    );
    // Relabelling a value with another known key id does not help.
    expect(() => rotated.open(old.replace('v1.k1.', 'v1.k2.'), 'user:42')).toThrow(
      'failed authentication',
    );
  });

  it('refuses keys of the wrong size or duplicate ids', () => {
    expect(() => createSecretBox([{ id: 'k1', key: createSecretKey(randomBytes(16)) }])).toThrow(
      'must be 32 bytes',
    );
    expect(() => createSecretBox([k1, k1])).toThrow('Duplicate');
  });
});

describe('loadEncryptionKeys', () => {
  let dataDir: string;
  beforeEach(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'ladiva-keys-'));
  });
  afterEach(async () => {
    await rm(dataDir, { recursive: true, force: true });
  });

  it('generates a key once, privately, and every process gets the same one', async () => {
    const all = await Promise.all(Array.from({ length: 8 }, () => loadEncryptionKeys({ dataDir })));
    const file = join(dataDir, ENCRYPTION_KEYS_FILE);
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    expect((await stat(join(dataDir, 'secrets'))).mode & 0o777).toBe(0o700);
    expect(await readdir(join(dataDir, 'secrets'))).toEqual(['encryption-keys.json']);
    const stored = JSON.parse(await readFile(file, 'utf8')) as { keys: { id: string }[] };
    expect(stored.keys).toHaveLength(1);

    const sealed = createSecretBox(all[0]!).seal(seed);
    for (const keys of all) {
      expect(keys.map((k) => k.id)).toEqual([stored.keys[0]!.id]);
      expect(createSecretBox(keys).open(sealed)).toBe(seed);
    }
    const again = await loadEncryptionKeys({ dataDir });
    expect(createSecretBox(again).open(sealed)).toBe(seed);
  });

  it('takes ENCRYPTION_KEYS first, current key first, and writes no file', async () => {
    const a = randomBytes(32).toString('base64');
    const b = randomBytes(32).toString('base64url');
    const keys = await loadEncryptionKeys({ dataDir, envKeys: ` new:${a} , old:${b} ` });
    expect(keys.map((k) => k.id)).toEqual(['new', 'old']);
    expect(keys[0].key.export().toString('base64')).toBe(a);
    expect(createSecretBox(keys).seal(seed)).toMatch(/^v1\.new\./);
    expect(await readdir(dataDir)).toEqual([]);
  });

  it('rejects a malformed ENCRYPTION_KEYS by name, without echoing the key', async () => {
    const secret = randomBytes(32).toString('base64');
    const cases = [
      secret, // no id
      `k1:${secret.slice(0, 20)}`, // too short
      `k1:${randomBytes(48).toString('base64')}`, // too long
      `k1:${secret},k1:${secret}`, // duplicate id
      `bad id:${secret}`,
      `k1:${secret},`,
    ];
    for (const envKeys of cases) {
      const error = await loadEncryptionKeys({ dataDir, envKeys }).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(error, envKeys).toBeInstanceOf(Error);
      expect(String(error)).toContain('ENCRYPTION_KEYS');
      expect(String(error)).not.toContain(secret.slice(0, 20));
    }
  });
});
