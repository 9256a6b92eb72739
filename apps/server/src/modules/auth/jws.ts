// A compact JWS (RFC 7515) authenticated with HMAC-SHA256, for tokens that only this server reads
// (booking tokens). On the hot path of an on-sale rush — one booking token per hold — an Ed25519
// signature costs ~50 µs of the event loop; an HMAC costs ~2. Tokens made here are ordinary JWTs
// (jose verifies them with the same key, and a test checks that it does).
import { createHmac, timingSafeEqual, type KeyObject } from 'node:crypto';

const part = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');

/** `header.payload.mac`, with `alg: HS256` and `kid` in the header. */
export function macJwt(
  key: KeyObject,
  header: { typ: string; kid: string },
  claims: Record<string, unknown>,
): string {
  const input = `${part({ alg: 'HS256', ...header })}.${part(claims)}`;
  return `${input}.${createHmac('sha256', key).update(input).digest('base64url')}`;
}

const decodePart = (value: string): unknown => {
  try {
    return JSON.parse(Buffer.from(value, 'base64url').toString('utf8'));
  } catch {
    return undefined;
  }
};

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The claims of a token made by macJwt, or undefined: any other algorithm, header member or
 * `typ`, a wrong MAC (compared in constant time), another issuer or audience, no `exp` or an
 * expired one. Synchronous: verifying costs what signing does.
 */
export function verifyMacJwt(
  key: KeyObject,
  token: string,
  expected: { typ: string; issuer: string; audience: string; now?: number },
): Record<string, unknown> | undefined {
  const parts = token.split('.');
  if (parts.length !== 3) return undefined;
  const [head, body, mac] = parts as [string, string, string];
  const expectedMac = createHmac('sha256', key).update(`${head}.${body}`).digest();
  const givenMac = Buffer.from(mac, 'base64url');
  if (givenMac.length !== expectedMac.length || !timingSafeEqual(givenMac, expectedMac)) {
    return undefined;
  }
  const header = decodePart(head);
  if (!isObject(header) || header.alg !== 'HS256' || header.typ !== expected.typ) return undefined;
  if (Object.keys(header).some((name) => !['alg', 'typ', 'kid'].includes(name))) return undefined;
  const claims = decodePart(body);
  if (!isObject(claims) || claims.iss !== expected.issuer) return undefined;
  const audience = claims.aud;
  if (!(
    audience === expected.audience ||
    (Array.isArray(audience) && audience.includes(expected.audience))
  )) {
    return undefined;
  }
  const now = expected.now ?? Math.floor(Date.now() / 1000);
  if (typeof claims.exp !== 'number' || claims.exp <= now) return undefined;
  if (claims.nbf !== undefined && (typeof claims.nbf !== 'number' || claims.nbf > now)) {
    return undefined;
  }
  return claims;
}
