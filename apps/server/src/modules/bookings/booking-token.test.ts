import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { decodeProtectedHeader, jwtVerify, SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSigningKeys, type SigningKeys } from '../auth/signing-keys.ts';
import { BOOKING_TOKEN_TYPE, issueBookingToken, verifyBookingToken } from './booking-token.ts';

const issuer = { issuer: 'https://ladiva.example', audience: 'ladiva-api' };
const bookingId = '5b0c6f1e-2d1c-4b7a-9a55-0d8f2c1e7a10';

describe('booking tokens (HS256 with a key derived from the signing key)', () => {
  let dir: string;
  let keys: SigningKeys;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'ladiva-booking-token-'));
    keys = await loadSigningKeys({ dataDir: dir });
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('is an ordinary JWT that jose verifies with the same key', async () => {
    const token = issueBookingToken(keys, bookingId, issuer);
    expect(decodeProtectedHeader(token)).toEqual({
      alg: 'HS256',
      typ: BOOKING_TOKEN_TYPE,
      kid: keys.kid,
    });
    const { payload } = await jwtVerify(token, keys.macKey, {
      issuer: issuer.issuer,
      audience: `${issuer.audience}:booking`,
      typ: BOOKING_TOKEN_TYPE,
    });
    expect(payload.sub).toBe(bookingId);
    expect(payload.exp! - payload.iat!).toBe(2 * 3600);
    expect(await verifyBookingToken(keys, token, issuer)).toBe(bookingId);
  });

  it('is refused when tampered with, or for another audience', async () => {
    const token = issueBookingToken(keys, bookingId, issuer);
    const [header, payload, signature] = token.split('.') as [string, string, string];
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString());
    const forged = Buffer.from(JSON.stringify({ ...claims, sub: 'another' })).toString('base64url');
    expect(await verifyBookingToken(keys, `${header}.${forged}.${signature}`, issuer)).toBe(
      undefined,
    );
    const flipped = signature.startsWith('A') ? `B${signature.slice(1)}` : `A${signature.slice(1)}`;
    expect(await verifyBookingToken(keys, `${header}.${payload}.${flipped}`, issuer)).toBe(
      undefined,
    );
    expect(
      await verifyBookingToken(keys, token, { ...issuer, audience: 'another-api' }),
    ).toBeUndefined();
  });

  it('refuses a token of the right shape signed with the public-key algorithm, or another key', async () => {
    // An EdDSA token (e.g. an access token's signature) is never a booking token.
    const signed = await new SignJWT({})
      .setProtectedHeader({ alg: 'EdDSA', typ: BOOKING_TOKEN_TYPE, kid: keys.kid })
      .setIssuer(issuer.issuer)
      .setAudience(`${issuer.audience}:booking`)
      .setSubject(bookingId)
      .setExpirationTime('1h')
      .sign(keys.privateKey);
    expect(await verifyBookingToken(keys, signed, issuer)).toBeUndefined();
    const otherDir = await mkdtemp(join(tmpdir(), 'ladiva-booking-token-'));
    try {
      const other = await loadSigningKeys({ dataDir: otherDir });
      const foreign = issueBookingToken(other, bookingId, issuer);
      expect(await verifyBookingToken(keys, foreign, issuer)).toBeUndefined();
    } finally {
      await rm(otherDir, { recursive: true, force: true });
    }
  });
});
