// A compact JWS (RFC 7515) authenticated with HMAC-SHA256, for tokens that only this server reads
// (booking tokens). On the hot path of an on-sale rush — one booking token per hold — an Ed25519
// signature costs ~50 µs of the event loop; an HMAC costs ~2. Tokens made here are ordinary JWTs
// (jose verifies them with the same key, and a test checks that it does).
import { createHmac, type KeyObject } from 'node:crypto';

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
