// Short-lived signed tokens that are not access tokens, each with its own `typ` so that none can
// stand in for another (nor for an access token, whose typ is at+jwt):
//   - mfa+jwt: the password step of a sign-in passed; exchanged with a second factor (5 min),
//     once: its jti is spent when a code is accepted with it (second-factor.ts, migration 0017);
//   - view+jwt: lets an <iframe> load one staff-only HTML resource (an email) that cannot carry an
//     Authorization header; bound to that path, 2 min.
import { randomUUID } from 'node:crypto';
import { jwtVerify, SignJWT } from 'jose';
import type { SigningKeys } from './signing-keys.ts';
import { ALLOWED_ALGORITHMS } from './access-tokens.ts';

export const MFA_CHALLENGE_SECONDS = 300;
export const VIEW_TOKEN_SECONDS = 120;

interface Issuer {
  issuer: string;
  audience: string;
}

async function sign(
  keys: SigningKeys,
  typ: string,
  subject: string,
  ttlSeconds: number,
  { issuer, audience }: Issuer,
  extra: Record<string, unknown> = {},
): Promise<string> {
  return new SignJWT(extra)
    .setProtectedHeader({ alg: 'EdDSA', typ, kid: keys.kid })
    .setIssuer(issuer)
    .setAudience(audience)
    .setSubject(subject)
    .setIssuedAt()
    .setExpirationTime(`${ttlSeconds}s`)
    .setJti(randomUUID())
    .sign(keys.privateKey);
}

async function verify(
  keys: SigningKeys,
  typ: string,
  token: string,
  { issuer, audience }: Issuer,
): Promise<Record<string, unknown> | undefined> {
  if (token.length > 4096) return undefined;
  try {
    const { payload } = await jwtVerify(
      token,
      (header) => {
        const key = header.kid === undefined ? undefined : keys.verificationKeys.get(header.kid);
        if (!key) throw new Error('unknown key');
        return key;
      },
      {
        algorithms: [...ALLOWED_ALGORITHMS],
        typ,
        issuer,
        audience,
        requiredClaims: ['sub', 'exp'],
      },
    );
    return payload;
  } catch {
    return undefined;
  }
}

export function issueMfaChallenge(keys: SigningKeys, userId: string, issuer: Issuer) {
  return sign(keys, 'mfa+jwt', userId, MFA_CHALLENGE_SECONDS, issuer);
}

/** A challenge that verified: whose it is, and its id and expiry (to spend it once). */
export interface MfaChallenge {
  userId: string;
  jti: string;
  expiresAt: Date;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** The challenge, or undefined (expired, forged, another typ, or without an id to spend). */
export async function verifyMfaChallenge(
  keys: SigningKeys,
  token: string,
  issuer: Issuer,
): Promise<MfaChallenge | undefined> {
  const payload = await verify(keys, 'mfa+jwt', token, issuer);
  if (typeof payload?.sub !== 'string' || typeof payload.exp !== 'number') return undefined;
  if (typeof payload.jti !== 'string' || !UUID.test(payload.jti)) return undefined;
  return { userId: payload.sub, jti: payload.jti, expiresAt: new Date(payload.exp * 1000) };
}

export function issueViewToken(keys: SigningKeys, path: string, userId: string, issuer: Issuer) {
  return sign(keys, 'view+jwt', userId, VIEW_TOKEN_SECONDS, issuer, { path });
}

/**
 * The account the token was issued to, when it was issued for exactly this path and is still
 * valid; undefined otherwise.
 */
export async function verifyViewToken(
  keys: SigningKeys,
  token: string,
  path: string,
  issuer: Issuer,
): Promise<string | undefined> {
  const payload = await verify(keys, 'view+jwt', token, issuer);
  return payload?.path === path && typeof payload.sub === 'string' ? payload.sub : undefined;
}
