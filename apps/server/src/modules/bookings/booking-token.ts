// The short booking token (#5): what lets a guest without an account act on ONE booking, sent as
// the `x-booking-token` header. A JWT with its own `typ` (booking+jwt) and audience, so it can
// never stand in for an access token, a ticket or any other token, nor they for it. Only this
// server reads it, so it is authenticated with an HMAC (HS256, a key derived from the signing key:
// signing-keys.ts) rather than signed: one is made per hold, in the rush's hot path (ADR 0010).
// Handed out by createHold and by exchangeBookingLink; lives two hours (a checkout, or one visit
// to the manage page). Not revocable: it only reaches what its booking's rules allow anyway. A
// rotation of the signing key ends the tokens in flight (the guest opens their link again).
import { randomUUID } from 'node:crypto';
import { macJwt, verifyMacJwt } from '../auth/jws.ts';
import type { SigningKeys } from '../auth/signing-keys.ts';
import { isUuid } from '../../lib/uuid.ts';

export const BOOKING_TOKEN_TYPE = 'booking+jwt';
export const BOOKING_TOKEN_SECONDS = 2 * 3600;

export interface BookingTokenIssuer {
  issuer: string;
  /** The API's audience; the token's is `${audience}:booking`. */
  audience: string;
}

const audienceOf = (audience: string) => `${audience}:booking`;

export function issueBookingToken(
  keys: SigningKeys,
  bookingId: string,
  { issuer, audience }: BookingTokenIssuer,
): string {
  const now = Math.floor(Date.now() / 1000);
  return macJwt(
    keys.macKey,
    { typ: BOOKING_TOKEN_TYPE, kid: keys.kid },
    {
      iss: issuer,
      aud: audienceOf(audience),
      sub: bookingId,
      iat: now,
      exp: now + BOOKING_TOKEN_SECONDS,
      jti: randomUUID(),
    },
  );
}

/** The booking id the token grants, or undefined (absent, expired, forged, another typ). */
export async function verifyBookingToken(
  keys: SigningKeys,
  token: string | undefined,
  { issuer, audience }: BookingTokenIssuer,
): Promise<string | undefined> {
  if (!token || token.length > 2048) return undefined;
  // Only this server reads booking tokens: a MAC with the current key, nothing else (jws.ts).
  const payload = verifyMacJwt(keys.macKey, token, {
    typ: BOOKING_TOKEN_TYPE,
    issuer,
    audience: audienceOf(audience),
  });
  return typeof payload?.sub === 'string' && isUuid(payload.sub) ? payload.sub : undefined;
}
