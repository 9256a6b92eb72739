import { createHmac, randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { decodeJwt, decodeProtectedHeader, importJWK, jwtVerify, SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { issueAccessToken } from '../auth/access-tokens.ts';
import { loadSigningKeys, type SigningKeys } from '../auth/signing-keys.ts';
import {
  issueTicketToken,
  verifyTicketToken,
  type PublicJwks,
  type TicketInput,
  type TicketTokenFailure,
} from './ticket-token.ts';

const issuer = 'https://ladiva.example';
const startsAt = new Date('2030-06-14T19:30:00Z');
const ticket: TicketInput = {
  bookingId: randomUUID(),
  reference: 'K7D4M9PX',
  performanceId: randomUUID(),
  startsAt,
  guests: 4,
  zone: 'Carré Or',
};
const issuedAt = new Date('2030-05-01T10:00:00Z');
const during = { issuer, now: new Date('2030-06-14T20:00:00Z') };

const dirs: string[] = [];
async function freshKeys(previous?: SigningKeys) {
  const dataDir = await mkdtemp(join(tmpdir(), 'ladiva-ticket-'));
  dirs.push(dataDir);
  return loadSigningKeys({
    dataDir,
    envPreviousPublicKeyJwk: previous && JSON.stringify(previous.publicJwk),
  });
}

/** What a door device holds: the JWKS as served by GET /api/auth/jwks, through JSON. */
const published = (keys: SigningKeys): PublicJwks => JSON.parse(JSON.stringify(keys.jwks));

let keys: SigningKeys;
let jwks: PublicJwks;
beforeAll(async () => {
  keys = await freshKeys();
  jwks = published(keys);
});
afterAll(async () => {
  await Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true })));
});

const issue = (input: Partial<TicketInput> = {}, using = keys) =>
  issueTicketToken(using, { ...ticket, ...input }, { issuer, now: issuedAt });

async function refused(
  token: string,
  reason: TicketTokenFailure,
  options: { issuer: string; now?: Date } = during,
  set = jwks,
) {
  expect(await verifyTicketToken(set, token, options)).toEqual({ ok: false, reason });
}

const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

describe('ticket token', () => {
  it('round-trips with nothing but the public JWKS, and stays small', async () => {
    const token = await issue();
    expect(decodeProtectedHeader(token)).toEqual({
      alg: 'EdDSA',
      typ: 'ticket+jwt',
      kid: keys.kid,
    });
    const payload = decodeJwt(token);
    expect(Object.keys(payload).sort()).toEqual([
      'exp',
      'g',
      'iat',
      'iss',
      'pid',
      'ref',
      'sub',
      'z',
    ]);
    expect(payload.exp).toBe(startsAt.getTime() / 1000 + 12 * 3600);
    expect(payload.sub).toBe(
      Buffer.from(ticket.bookingId.replace(/-/g, ''), 'hex').toString('base64url'),
    );

    expect(await verifyTicketToken(jwks, token, during)).toEqual({
      ok: true,
      claims: {
        bookingId: ticket.bookingId,
        reference: 'K7D4M9PX',
        performanceId: ticket.performanceId,
        guests: 4,
        zone: 'Carré Or',
        issuedAt,
        expiresAt: new Date('2030-06-15T07:30:00Z'),
      },
    });
    // Any JOSE library holding only the public JWK verifies it too.
    const publicKey = await importJWK(jwks.keys[0]!, 'EdDSA');
    await expect(
      jwtVerify(token, publicKey, { algorithms: ['EdDSA'], typ: 'ticket+jwt' }),
    ).resolves.toBeDefined();
    // A 43-character kid, two compacted uuids, the issuer: ~420 characters, QR version 15-16.
    expect(token.length).toBeLessThanOrEqual(430);
  });

  it('rejects a tampered payload or signature', async () => {
    const token = await issue();
    const [header, payload, signature] = token.split('.') as [string, string, string];
    const more = b64({ ...decodeJwt(token), g: 12 });
    await refused(`${header}.${more}.${signature}`, 'bad_signature');
    const flipped = (signature[0] === 'A' ? 'B' : 'A') + signature.slice(1);
    await refused(`${header}.${payload}.${flipped}`, 'bad_signature');
    await refused(`${header}.${payload}.`, 'bad_signature');
  });

  it('rejects alg none and HS256 signed with the public key', async () => {
    const payload = b64(decodeJwt(await issue()));
    for (const alg of ['none', 'None']) {
      await refused(
        `${b64({ alg, typ: 'ticket+jwt', kid: keys.kid })}.${payload}.`,
        'bad_signature',
      );
    }
    const header = b64({ alg: 'HS256', typ: 'ticket+jwt', kid: keys.kid });
    for (const secret of [
      Buffer.from(keys.publicJwk.x, 'base64url'),
      JSON.stringify(keys.publicJwk),
    ]) {
      const mac = createHmac('sha256', secret).update(`${header}.${payload}`).digest('base64url');
      await refused(`${header}.${payload}.${mac}`, 'bad_signature');
    }
  });

  it('rejects an access token signed by the same key (wrong_type)', async () => {
    const access = await issueAccessToken(keys, {
      sub: randomUUID(),
      roles: ['door'],
      aal: 'aal2',
      sessionId: randomUUID(),
      issuer,
      audience: 'ladiva-api',
    });
    await refused(access, 'wrong_type', { issuer });
  });

  it('expires 12 hours after the performance starts', async () => {
    const token = await issue();
    const end = startsAt.getTime() + 12 * 3600 * 1000;
    expect((await verifyTicketToken(jwks, token, { issuer, now: new Date(end - 1000) })).ok).toBe(
      true,
    );
    await refused(token, 'expired', { issuer, now: new Date(end) });
    await refused(await issue({ startsAt: new Date('2020-01-01T19:00:00Z') }), 'expired', {
      issuer,
    });
  });

  it('keeps verifying tickets of the previous key after a rotation', async () => {
    const old = await issue();
    const rotated = await freshKeys(keys);
    const doorJwks = published(rotated);
    expect(doorJwks.keys.map((k) => k.kid)).toEqual([rotated.kid, keys.kid]);
    expect((await verifyTicketToken(doorJwks, old, during)).ok).toBe(true);
    expect((await verifyTicketToken(doorJwks, await issue({}, rotated), during)).ok).toBe(true);
    // Once the previous key is dropped from the JWKS its tickets are unknown.
    await refused(old, 'unknown_key', during, { keys: [rotated.publicJwk] });
  });

  it('names the other failures', async () => {
    const token = await issue();
    await refused(token, 'wrong_issuer', { ...during, issuer: 'https://elsewhere.example' });
    const [, payload, signature] = token.split('.') as [string, string, string];
    await refused(
      `${b64({ alg: 'EdDSA', typ: 'ticket+jwt' })}.${payload}.${signature}`,
      'unknown_key',
    );
    // Validly signed by us, yet not a ticket we would issue.
    for (const claims of [
      { g: 0 },
      { g: '4' },
      { sub: ticket.bookingId },
      { z: '' },
      { ref: undefined },
    ]) {
      const forged = await new SignJWT({ ...decodeJwt(token), ...claims })
        .setProtectedHeader({ alg: 'EdDSA', typ: 'ticket+jwt', kid: keys.kid })
        .sign(keys.privateKey);
      await refused(forged, 'malformed');
    }
    for (const junk of ['', 'abc', 'a.b.c', `${token}.x`, 'x'.repeat(5000)])
      await refused(junk, 'malformed');
  });

  it('refuses to sign what it would not read', async () => {
    await expect(issue({ guests: 0 })).rejects.toThrow(TypeError);
    await expect(issue({ reference: '' })).rejects.toThrow(TypeError);
    await expect(issue({ zone: 'salle\nprincipale' })).rejects.toThrow(TypeError);
    await expect(issue({ bookingId: 'B-42' })).rejects.toThrow(TypeError);
    await expect(issue({ performanceId: '' })).rejects.toThrow(TypeError);
    await expect(issue({ startsAt: new Date(Number.NaN) })).rejects.toThrow(TypeError);
  });
});
