import { createHmac, createPublicKey, generateKeyPairSync, randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  CompactSign,
  createLocalJWKSet,
  decodeJwt,
  decodeProtectedHeader,
  jwtVerify,
  SignJWT,
  type JWTPayload,
} from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  InvalidTokenError,
  issueAccessToken,
  verifyAccessToken,
  type InvalidTokenReason,
  type IssueAccessTokenInput,
} from './access-tokens.ts';
import { loadSigningKeys, type SigningKeys } from './signing-keys.ts';

const issuer = 'https://ladiva.example';
const audience = 'ladiva-api';
const expected = { issuer, audience };
const sub = randomUUID();
const sessionId = randomUUID();
const input: IssueAccessTokenInput = {
  sub,
  roles: ['box_office', 'door'],
  aal: 'aal2',
  sessionId,
  issuer,
  audience,
};

const dirs: string[] = [];
async function freshKeys(options: { previous?: SigningKeys; kid?: string } = {}) {
  const dataDir = await mkdtemp(join(tmpdir(), 'ladiva-at-'));
  dirs.push(dataDir);
  let envPrivateKeyJwk: string | undefined;
  if (options.kid) {
    const { privateKey } = generateKeyPairSync('ed25519');
    envPrivateKeyJwk = JSON.stringify({
      ...privateKey.export({ format: 'jwk' }),
      kid: options.kid,
    });
  }
  return loadSigningKeys({
    dataDir,
    envPrivateKeyJwk,
    envPreviousPublicKeyJwk: options.previous && JSON.stringify(options.previous.publicJwk),
  });
}

let keys: SigningKeys;
beforeAll(async () => {
  keys = await freshKeys();
});
afterAll(async () => {
  await Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true })));
});

async function rejection(token: string, options = expected, using = keys) {
  const error = await verifyAccessToken(using, token, options).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(InvalidTokenError);
  if (token.length >= 20) expect((error as Error).message).not.toContain(token.slice(-20));
  return (error as InvalidTokenError).reason;
}

const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

function claims(overrides: JWTPayload = {}): JWTPayload {
  const iat = Math.floor(Date.now() / 1000);
  return {
    iss: issuer,
    aud: audience,
    sub,
    iat,
    exp: iat + 900,
    jti: randomUUID(),
    role: 'authenticated',
    roles: ['door'],
    aal: 'aal1',
    session_id: sessionId,
    ...overrides,
  };
}

/** Signed with our real key, so only the claim or header under test is wrong. */
function signOurs(payload: JWTPayload, header: Record<string, unknown> = {}, using = keys) {
  return new SignJWT(payload)
    .setProtectedHeader({ alg: 'EdDSA', typ: 'at+jwt', kid: using.kid, ...header })
    .sign(using.privateKey);
}

describe('issueAccessToken / verifyAccessToken', () => {
  it('round-trips the claims the database sees', async () => {
    const token = await issueAccessToken(keys, input);
    expect(token.split('.')).toHaveLength(3);
    expect(decodeProtectedHeader(token)).toEqual({ alg: 'EdDSA', typ: 'at+jwt', kid: keys.kid });
    const payload = decodeJwt(token);
    expect(Object.keys(payload).sort()).toEqual(
      ['aal', 'aud', 'exp', 'iat', 'iss', 'jti', 'role', 'roles', 'session_id', 'sub'].sort(),
    );
    expect(payload).toMatchObject({ iss: issuer, aud: audience, sub, role: 'authenticated' });
    expect(payload.exp! - payload.iat!).toBe(900);
    expect(payload.jti).toMatch(/^[0-9a-f-]{36}$/);

    expect(await verifyAccessToken(keys, token, expected)).toEqual({
      role: 'authenticated',
      sub,
      roles: ['box_office', 'door'],
      aal: 'aal2',
      session_id: sessionId,
    });
  });

  it('gives every token its own jti', async () => {
    const [a, b] = await Promise.all([
      issueAccessToken(keys, input),
      issueAccessToken(keys, input),
    ]);
    expect(decodeJwt(a!).jti).not.toBe(decodeJwt(b!).jti);
  });

  it('produces tokens any verifier can check against the published JWKS', async () => {
    const token = await issueAccessToken(keys, { ...input, roles: [] });
    const { payload } = await jwtVerify(token, createLocalJWKSet({ keys: [...keys.jwks.keys] }), {
      algorithms: ['EdDSA'],
      typ: 'at+jwt',
      issuer,
      audience,
    });
    expect(payload.roles).toEqual([]);
  });

  it('refuses to sign what it would not accept', async () => {
    await expect(issueAccessToken(keys, { ...input, sub: 'alice' })).rejects.toThrow(/uuid/);
    await expect(
      issueAccessToken(keys, { ...input, roles: ['superuser' as never] }),
    ).rejects.toThrow(/role/);
    await expect(issueAccessToken(keys, { ...input, roles: ['door', 'door'] })).rejects.toThrow();
    await expect(issueAccessToken(keys, { ...input, aal: 'aal3' as never })).rejects.toThrow();
    await expect(issueAccessToken(keys, { ...input, ttlSeconds: 0 })).rejects.toThrow(/ttl/);
  });
});

describe('verifyAccessToken: expiry', () => {
  const issuedAt = new Date('2025-06-01T20:00:00Z');
  const at = (seconds: number) => ({
    ...expected,
    now: new Date(issuedAt.getTime() + seconds * 1000),
  });

  it('accepts a token until exp plus 30 s of clock tolerance, then says expired', async () => {
    const token = await issueAccessToken(keys, { ...input, now: issuedAt, ttlSeconds: 60 });
    await expect(verifyAccessToken(keys, token, at(59))).resolves.toMatchObject({ sub });
    await expect(verifyAccessToken(keys, token, at(89))).resolves.toMatchObject({ sub });
    expect(await rejection(token, at(91))).toBe('expired');
    expect(await rejection(token, at(3600))).toBe('expired');
  });

  it('defaults to 15 minutes', async () => {
    const token = await issueAccessToken(keys, { ...input, now: issuedAt });
    await expect(verifyAccessToken(keys, token, at(900))).resolves.toMatchObject({ sub });
    expect(await rejection(token, at(931))).toBe('expired');
  });

  it('refuses a token issued in the future, beyond the tolerance', async () => {
    const token = await issueAccessToken(keys, { ...input, now: issuedAt });
    await expect(verifyAccessToken(keys, token, at(-29))).resolves.toMatchObject({ sub });
    expect(await rejection(token, at(-120))).toBe('malformed');
  });
});

describe('verifyAccessToken: rejections', () => {
  const expectReason = async (token: string | Promise<string>, reason: InvalidTokenReason) =>
    expect(await rejection(await token)).toBe(reason);

  it('wrong_audience and wrong_issuer', async () => {
    const token = await issueAccessToken(keys, input);
    expect(await rejection(token, { ...expected, audience: 'other-api' })).toBe('wrong_audience');
    expect(await rejection(token, { ...expected, issuer: 'https://evil.example' })).toBe(
      'wrong_issuer',
    );
    await expectReason(signOurs(claims({ aud: undefined })), 'wrong_audience');
    await expectReason(signOurs(claims({ iss: undefined })), 'wrong_issuer');
  });

  it('wrong_type: an ID token, a plain JWT or no typ', async () => {
    await expectReason(signOurs(claims(), { typ: 'JWT' }), 'wrong_type');
    await expectReason(signOurs(claims(), { typ: 'id_token+jwt' }), 'wrong_type');
    await expectReason(signOurs(claims(), { typ: undefined }), 'wrong_type');
  });

  it('bad_signature: a payload changed after signing (role escalation)', async () => {
    const [header, , signature] = (await issueAccessToken(keys, input)).split('.');
    const forged = `${header}.${b64(claims({ roles: ['admin'] }))}.${signature}`;
    await expectReason(forged, 'bad_signature');
    const [h, p] = (await issueAccessToken(keys, input)).split('.');
    await expectReason(`${h}.${p}.${'A'.repeat(86)}`, 'bad_signature');
  });

  it('bad_signature: a hand-crafted alg "none" token', async () => {
    const payload = b64(claims({ roles: ['admin'] }));
    for (const alg of ['none', 'None', 'NONE']) {
      const header = b64({ alg, typ: 'at+jwt', kid: keys.kid });
      await expectReason(`${header}.${payload}.`, 'bad_signature');
    }
  });

  it('bad_signature: HS256 with the public key as the HMAC secret', async () => {
    const payload = b64(claims({ roles: ['admin'] }));
    const header = b64({ alg: 'HS256', typ: 'at+jwt', kid: keys.kid });
    const publicKey = createPublicKey({ key: { ...keys.publicJwk }, format: 'jwk' });
    const secrets = [
      Buffer.from(keys.publicJwk.x, 'base64url'), // the raw 32 bytes
      Buffer.from(JSON.stringify(keys.publicJwk)), // the published JWK
      publicKey.export({ format: 'pem', type: 'spki' }), // the PEM
      publicKey.export({ format: 'der', type: 'spki' }),
    ];
    for (const secret of secrets) {
      const signature = createHmac('sha256', secret).update(`${header}.${payload}`).digest();
      await expectReason(
        `${header}.${payload}.${signature.toString('base64url')}`,
        'bad_signature',
      );
    }
  });

  it('bad_signature: RS256 and ES256, even with our kid', async () => {
    const rsa = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey;
    await expectReason(
      new SignJWT(claims())
        .setProtectedHeader({ alg: 'RS256', typ: 'at+jwt', kid: keys.kid })
        .sign(rsa),
      'bad_signature',
    );
    const ec = generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey;
    await expectReason(
      new SignJWT(claims())
        .setProtectedHeader({ alg: 'ES256', typ: 'at+jwt', kid: keys.kid })
        .sign(ec),
      'bad_signature',
    );
  });

  it('unknown_key: a token from another key, or with no kid', async () => {
    const stranger = await freshKeys();
    await expectReason(issueAccessToken(stranger, input), 'unknown_key');
    await expectReason(signOurs(claims(), { kid: undefined }), 'unknown_key');
    // Another key claiming our kid is just a bad signature.
    const impostor = await freshKeys({ kid: keys.kid });
    await expectReason(issueAccessToken(impostor, input), 'bad_signature');
  });

  it('malformed: not a JWS', async () => {
    for (const token of ['', 'abc', 'a.b.c', '..', `${b64({ alg: 'EdDSA' })}.e30`]) {
      await expectReason(token, 'malformed');
    }
    await expectReason(`${'a'.repeat(9000)}.b.c`, 'malformed');
    // A validly signed payload that is not a JSON object.
    for (const text of ['not json', '[1,2]', '"claims"']) {
      const token = new CompactSign(new TextEncoder().encode(text))
        .setProtectedHeader({ alg: 'EdDSA', typ: 'at+jwt', kid: keys.kid })
        .sign(keys.privateKey);
      await expectReason(token, 'malformed');
    }
  });

  it.each<[string, JWTPayload]>([
    ['an unknown staff role', { roles: ['superuser'] }],
    ['roles as a string', { roles: 'admin' }],
    ['a repeated role', { roles: ['door', 'door'] }],
    ['missing roles', { roles: undefined }],
    ['aal3', { aal: 'aal3' }],
    ['missing aal', { aal: undefined }],
    ['a sub that is not a uuid', { sub: 'admin' }],
    ['missing sub', { sub: undefined }],
    ['the service role', { role: 'service_role' }],
    ['the anon role', { role: 'anon' }],
    ['missing session_id', { session_id: undefined }],
    ['a non-string session_id', { session_id: 42 }],
    ['missing jti', { jti: undefined }],
    ['missing exp', { exp: undefined }],
    ['missing iat', { iat: undefined }],
    ['a lifetime over a day', { exp: Math.floor(Date.now() / 1000) + 2 * 86_400 }],
    ['a not-yet-valid token', { nbf: Math.floor(Date.now() / 1000) + 3600 }],
  ])('malformed: %s, even when validly signed', async (_, overrides) => {
    await expectReason(signOurs(claims(overrides)), 'malformed');
  });
});

describe('key rotation', () => {
  it('keeps verifying tokens of the previous key while signing with the new one', async () => {
    const before = await freshKeys({ kid: 'key-2025-01' });
    const oldToken = await issueAccessToken(before, input);

    const after = await freshKeys({ kid: 'key-2025-06', previous: before });
    await expect(verifyAccessToken(after, oldToken, expected)).resolves.toMatchObject({ sub });

    const newToken = await issueAccessToken(after, input);
    expect(decodeProtectedHeader(newToken).kid).toBe('key-2025-06');
    await expect(verifyAccessToken(after, newToken, expected)).resolves.toMatchObject({ sub });
    // An instance still on the old key alone does not know the new one.
    expect(await rejection(newToken, expected, before)).toBe('unknown_key');
    // Old tokens still expire.
    const later = { ...expected, now: new Date(Date.now() + 931_000) };
    expect(await rejection(oldToken, later, after)).toBe('expired');
  });
});
