import { generateKeyPairSync } from 'node:crypto';
import { mkdtemp, readFile, rm, stat, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadSigningKeys, SIGNING_KEY_FILE } from './signing-keys.ts';

let dataDir: string;
beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'ladiva-jwt-'));
});
afterEach(async () => {
  await rm(dataDir, { recursive: true, force: true });
});

function privateJwk(kid = 'env-key-1') {
  const { privateKey } = generateKeyPairSync('ed25519');
  return { ...(privateKey.export({ format: 'jwk' }) as { x: string; d: string }), kid };
}

async function expectError(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(Error);
  return (error as Error).message;
}

describe('loadSigningKeys: generated key', () => {
  it('generates the key once into DATA_DIR/secrets with mode 0600', async () => {
    const first = await loadSigningKeys({ dataDir });
    const file = join(dataDir, SIGNING_KEY_FILE);
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    expect((await stat(join(dataDir, 'secrets'))).mode & 0o777).toBe(0o700);

    const stored = JSON.parse(await readFile(file, 'utf8'));
    expect(stored).toMatchObject({ kty: 'OKP', crv: 'Ed25519', alg: 'EdDSA', kid: first.kid });
    expect(stored.d).toMatch(/^[\w-]{43}$/);
    expect(first.source).toBe('file');

    const second = await loadSigningKeys({ dataDir });
    expect(second.kid).toBe(first.kid);
    expect(second.publicJwk).toEqual(first.publicJwk);
  });

  it('publishes only the public key in the JWKS', async () => {
    const keys = await loadSigningKeys({ dataDir });
    expect(keys.jwks).toEqual({ keys: [keys.publicJwk] });
    expect(keys.publicJwk).toEqual({
      kty: 'OKP',
      crv: 'Ed25519',
      x: expect.stringMatching(/^[\w-]{43}$/),
      kid: keys.kid,
      alg: 'EdDSA',
      use: 'sig',
    });
    expect(JSON.stringify(keys.jwks)).not.toContain('"d"');
    expect(keys.privateKey.extractable).toBe(false);
  });

  it('never replaces a damaged file', async () => {
    const file = join(dataDir, SIGNING_KEY_FILE);
    await mkdir(join(dataDir, 'secrets'), { recursive: true });
    await writeFile(file, '{"kty":"OKP"');
    expect(await expectError(loadSigningKeys({ dataDir }))).toContain(file);
    await writeFile(file, JSON.stringify({ ...privateJwk(), x: privateJwk().x }));
    expect(await expectError(loadSigningKeys({ dataDir }))).toMatch(
      /jwt-signing-key\.json .*"x" is not the public key of "d"/,
    );
    expect(await readFile(file, 'utf8')).toContain('"kty":"OKP"');
  });
});

describe('loadSigningKeys: JWT_PRIVATE_KEY', () => {
  it('wins over the data folder, which it leaves untouched', async () => {
    const jwk = privateJwk('from-env');
    const keys = await loadSigningKeys({ dataDir, envPrivateKeyJwk: JSON.stringify(jwk) });
    expect(keys.kid).toBe('from-env');
    expect(keys.publicJwk.x).toBe(jwk.x);
    expect(keys.source).toBe('env');
    await expect(stat(join(dataDir, SIGNING_KEY_FILE))).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('wins over an existing generated key', async () => {
    const generated = await loadSigningKeys({ dataDir });
    const keys = await loadSigningKeys({
      dataDir,
      envPrivateKeyJwk: JSON.stringify(privateJwk('from-env')),
    });
    expect(keys.kid).toBe('from-env');
    expect(keys.publicJwk.x).not.toBe(generated.publicJwk.x);
  });

  it('treats an empty variable as unset', async () => {
    const keys = await loadSigningKeys({ dataDir, envPrivateKeyJwk: '  ' });
    expect(keys.source).toBe('file');
  });

  const good = privateJwk();
  const other = privateJwk();
  it.each([
    ['not JSON', `${good.d}{`, /not valid JSON/],
    ['an array', JSON.stringify([good]), /not a JSON object/],
    ['an RSA key', JSON.stringify({ ...good, kty: 'RSA' }), /kty must be "OKP"/],
    ['a public key', JSON.stringify({ ...good, d: undefined }), /"d" must be 32 bytes/],
    ['a key without kid', JSON.stringify({ ...good, kid: undefined }), /"kid" is missing/],
    ['another algorithm', JSON.stringify({ ...good, alg: 'HS256' }), /"alg" must be "EdDSA"/],
    ['a mismatched pair', JSON.stringify({ ...good, x: other.x }), /"x" is not the public key/],
  ])('refuses %s, naming JWT_PRIVATE_KEY without echoing it', async (_, env, reason) => {
    const message = await expectError(loadSigningKeys({ dataDir, envPrivateKeyJwk: env }));
    expect(message).toMatch(/^JWT_PRIVATE_KEY /);
    expect(message).toMatch(reason);
    expect(message).not.toContain(good.d);
    expect(message).not.toContain(good.d.slice(0, 8));
    await expect(stat(join(dataDir, SIGNING_KEY_FILE))).rejects.toMatchObject({ code: 'ENOENT' });
  });
});

describe('loadSigningKeys: JWT_PREVIOUS_PUBLIC_KEY', () => {
  it('adds the previous public key to the JWKS and the verification keys', async () => {
    const old = await loadSigningKeys({
      dataDir,
      envPrivateKeyJwk: JSON.stringify(privateJwk('old')),
    });
    const keys = await loadSigningKeys({
      dataDir,
      envPrivateKeyJwk: JSON.stringify(privateJwk('new')),
      envPreviousPublicKeyJwk: JSON.stringify(old.publicJwk),
    });
    expect(keys.kid).toBe('new');
    expect(keys.jwks.keys.map((key) => key.kid)).toEqual(['new', 'old']);
    expect([...keys.verificationKeys.keys()]).toEqual(['new', 'old']);
  });

  it('refuses a private key, a reused kid or garbage, naming the variable', async () => {
    const current = privateJwk('current');
    const load = (previous: string) =>
      loadSigningKeys({
        dataDir,
        envPrivateKeyJwk: JSON.stringify(current),
        envPreviousPublicKeyJwk: previous,
      });
    const previous = privateJwk('previous');
    const leaked = await expectError(load(JSON.stringify(previous)));
    expect(leaked).toMatch(/^JWT_PREVIOUS_PUBLIC_KEY .*private key/);
    expect(leaked).not.toContain(previous.d);
    expect(
      await expectError(load(JSON.stringify({ ...previous, d: undefined, kid: 'current' }))),
    ).toMatch(/^JWT_PREVIOUS_PUBLIC_KEY .*kid of the current key/);
    expect(await expectError(load('nope'))).toMatch(/^JWT_PREVIOUS_PUBLIC_KEY is not valid JSON/);
  });
});
