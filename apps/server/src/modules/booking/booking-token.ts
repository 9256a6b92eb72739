// The short booking token (#5): what lets a guest without an account act on ONE booking, sent as
// the `x-booking-token` header. A signed EdDSA JWT with its own `typ` (booking+jwt) and audience,
// so it can never stand in for an access token, a ticket or any other token, nor they for it.
// Handed out by createHold and by exchangeBookingLink; lives two hours (a checkout, or one visit
// to the manage page). Not revocable: it only reaches what its booking's rules allow anyway.
import { randomUUID } from 'node:crypto';
import { jwtVerify, SignJWT } from 'jose';
import { ALLOWED_ALGORITHMS } from '../auth/access-tokens.ts';
import type { SigningKeys } from '../auth/signing-keys.ts';

export const BOOKING_TOKEN_TYPE = 'booking+jwt';
export const BOOKING_TOKEN_SECONDS = 2 * 3600;

export interface BookingTokenIssuer {
  issuer: string;
  /** The API's audience; the token's is `${audience}:booking`. */
  audience: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const audienceOf = (audience: string) => `${audience}:booking`;

export function issueBookingToken(
  keys: SigningKeys,
  bookingId: string,
  { issuer, audience }: BookingTokenIssuer,
): Promise<string> {
  return new SignJWT({})
    .setProtectedHeader({ alg: 'EdDSA', typ: BOOKING_TOKEN_TYPE, kid: keys.kid })
    .setIssuer(issuer)
    .setAudience(audienceOf(audience))
    .setSubject(bookingId)
    .setIssuedAt()
    .setExpirationTime(`${BOOKING_TOKEN_SECONDS}s`)
    .setJti(randomUUID())
    .sign(keys.privateKey);
}

/** The booking id the token grants, or undefined (absent, expired, forged, another typ). */
export async function verifyBookingToken(
  keys: SigningKeys,
  token: string | undefined,
  { issuer, audience }: BookingTokenIssuer,
): Promise<string | undefined> {
  if (!token || token.length > 2048) return undefined;
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
        typ: BOOKING_TOKEN_TYPE,
        issuer,
        audience: audienceOf(audience),
        requiredClaims: ['sub', 'exp'],
      },
    );
    return typeof payload.sub === 'string' && UUID.test(payload.sub) ? payload.sub : undefined;
  } catch {
    return undefined;
  }
}
