// The e-ticket (DESIGN.md, Domain model: Ticket): a QR code holding a compact JWS that a door
// device verifies offline with nothing but the public keys it fetched from GET /api/auth/jwks.
// Signed with the same Ed25519 key as access tokens, so `typ: ticket+jwt` is what keeps a ticket
// from standing in for any other token (and any other token from opening the door).
// Claims are kept short because every byte makes the QR code denser:
//   sub  booking id          ref  booking reference (what the door staff read out)
//   pid  performance id      g    guests            z  zone (its label, shown at the door)
//   iss, iat, exp = the performance's start + 12 h (the evening is over by then).
// Both ids are uuids (the database's), carried as their 16 bytes in base64url: 22 characters
// instead of 36, which with the rest keeps the token near 420 characters (QR version 15-16).
// No `aud`, no `jti`: the typ already binds the token to one use, and a ticket is identified by
// its booking; a second scan is caught by the check-in record, not by the token.
import {
  base64url,
  errors,
  importJWK,
  jwtVerify,
  SignJWT,
  type CryptoKey,
  type JWTVerifyGetKey,
} from 'jose';
import { SIGNING_ALGORITHM, type PublicJwk, type SigningKeys } from '../auth/signing-keys.ts';

export const TICKET_TOKEN_TYPE = 'ticket+jwt';
/** The only algorithm accepted, never taken from the token (no `none`, no HS256). */
export const TICKET_ALGORITHMS: readonly string[] = Object.freeze([SIGNING_ALGORITHM]);
/** How long after the performance starts its tickets stay valid. */
export const TICKET_VALID_AFTER_START_SECONDS = 12 * 3600;
/** Far above any ticket we issue (~420 characters); refuses to parse a large payload. */
const MAX_TOKEN_LENGTH = 2_048;
const MAX_GUESTS = 100;
const REFERENCE = /^[\x21-\x7e]{1,32}$/; // printable ASCII
// Any label (accents, spaces) without control characters, short enough for the QR code.
const ZONE = /^[^\p{Cc}]{1,48}$/u;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const COMPACT_UUID = /^[A-Za-z0-9_-]{21}[AQgw]$/; // 128 bits: the last character holds 2 of them

// jose's base64url rather than Buffer: the verifying half also runs on a door device's browser.
const compactUuid = (uuid: string) =>
  base64url.encode(Uint8Array.from(uuid.replace(/-/g, '').match(/../g)!, (h) => parseInt(h, 16)));
function expandUuid(compact: string): string {
  const hex = Array.from(base64url.decode(compact), (b) => b.toString(16).padStart(2, '0')).join(
    '',
  );
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

export interface TicketInput {
  bookingId: string;
  reference: string;
  performanceId: string;
  startsAt: Date;
  guests: number;
  zone: string;
}

export interface TicketClaims {
  bookingId: string;
  reference: string;
  performanceId: string;
  guests: number;
  zone: string;
  issuedAt: Date;
  expiresAt: Date;
}

export type TicketTokenFailure =
  'expired' | 'bad_signature' | 'malformed' | 'wrong_type' | 'wrong_issuer' | 'unknown_key';

export type TicketVerification =
  { ok: true; claims: TicketClaims } | { ok: false; reason: TicketTokenFailure };

export interface PublicJwks {
  readonly keys: readonly PublicJwk[];
}

export async function issueTicketToken(
  keys: SigningKeys,
  ticket: TicketInput,
  options: { issuer: string; now?: Date },
): Promise<string> {
  const { bookingId, reference, performanceId, startsAt, guests, zone } = ticket;
  // Refuse to sign what verifyTicketToken would refuse to read.
  if (!UUID.test(bookingId)) throw new TypeError('issueTicketToken: bookingId must be a uuid');
  if (!UUID.test(performanceId)) {
    throw new TypeError('issueTicketToken: performanceId must be a uuid');
  }
  if (!REFERENCE.test(reference)) throw new TypeError('issueTicketToken: invalid reference');
  if (!ZONE.test(zone)) throw new TypeError('issueTicketToken: invalid zone');
  if (!Number.isInteger(guests) || guests < 1 || guests > MAX_GUESTS) {
    throw new TypeError(`issueTicketToken: guests must be an integer in 1..${MAX_GUESTS}`);
  }
  if (!(startsAt instanceof Date) || Number.isNaN(startsAt.getTime())) {
    throw new TypeError('issueTicketToken: startsAt must be a valid date');
  }
  if (!options.issuer) throw new TypeError('issueTicketToken: issuer required');
  const iat = Math.floor((options.now ?? new Date()).getTime() / 1000);
  const exp = Math.floor(startsAt.getTime() / 1000) + TICKET_VALID_AFTER_START_SECONDS;
  return new SignJWT({ ref: reference, pid: compactUuid(performanceId), g: guests, z: zone })
    .setProtectedHeader({ alg: SIGNING_ALGORITHM, typ: TICKET_TOKEN_TYPE, kid: keys.kid })
    .setSubject(compactUuid(bookingId))
    .setIssuer(options.issuer)
    .setIssuedAt(iat)
    .setExpirationTime(exp)
    .sign(keys.privateKey);
}

// A door device verifies hundreds of tickets with the same JWKS: import each key once.
const imported = new WeakMap<PublicJwks, Map<string, Promise<CryptoKey>>>();

function keyFor(jwks: PublicJwks, kid: string): Promise<CryptoKey> | undefined {
  let cache = imported.get(jwks);
  if (!cache) imported.set(jwks, (cache = new Map()));
  const hit = cache.get(kid);
  if (hit) return hit;
  const jwk = jwks.keys.find((k) => k.kid === kid);
  // Only Ed25519 signing keys; anything else under that kid cannot have signed a ticket.
  if (!jwk || jwk.kty !== 'OKP' || jwk.crv !== 'Ed25519') return undefined;
  if ((jwk.alg ?? SIGNING_ALGORITHM) !== SIGNING_ALGORITHM || (jwk.use ?? 'sig') !== 'sig') {
    return undefined;
  }
  const { kty, crv, x } = jwk;
  // A key that does not import (a damaged JWKS) is as good as absent.
  const key = (importJWK({ kty, crv, x }, SIGNING_ALGORITHM) as Promise<CryptoKey>).catch(() => {
    throw new UnknownKey();
  });
  cache.set(kid, key);
  return key;
}

/** The ticket's claims, or why it is refused. Needs only the public JWKS: works offline. */
export async function verifyTicketToken(
  publicJwks: PublicJwks,
  token: string,
  options: { issuer: string; now?: Date },
): Promise<TicketVerification> {
  const fail = (reason: TicketTokenFailure) => ({ ok: false, reason }) as const;
  if (typeof token !== 'string' || token.length > MAX_TOKEN_LENGTH) return fail('malformed');
  // Only called after the algorithm passed the allow-list: the key is chosen by `kid` among ours.
  const getKey: JWTVerifyGetKey = async (header) => {
    const key = header.kid === undefined ? undefined : keyFor(publicJwks, header.kid);
    if (!key) throw new UnknownKey();
    return key;
  };
  let payload: Record<string, unknown>;
  try {
    ({ payload } = await jwtVerify(token, getKey, {
      algorithms: [...TICKET_ALGORITHMS],
      typ: TICKET_TOKEN_TYPE,
      issuer: options.issuer,
      requiredClaims: ['sub', 'iat', 'exp'],
      ...(options.now ? { currentDate: options.now } : {}),
    }));
  } catch (error) {
    return fail(failureOf(error));
  }
  const { sub, ref, pid, g, z, iat, exp } = payload;
  const matches = (v: unknown, re: RegExp): v is string => typeof v === 'string' && re.test(v);
  if (!matches(sub, COMPACT_UUID) || !matches(pid, COMPACT_UUID)) return fail('malformed');
  if (!matches(ref, REFERENCE) || !matches(z, ZONE)) return fail('malformed');
  if (typeof g !== 'number' || !Number.isInteger(g) || g < 1 || g > MAX_GUESTS) {
    return fail('malformed');
  }
  const claims: TicketClaims = {
    bookingId: expandUuid(sub),
    reference: ref,
    performanceId: expandUuid(pid),
    guests: g,
    zone: z,
    // jose checked that both are numbers.
    issuedAt: new Date((iat as number) * 1000),
    expiresAt: new Date((exp as number) * 1000),
  };
  return { ok: true, claims };
}

class UnknownKey extends Error {}

function failureOf(error: unknown): TicketTokenFailure {
  if (error instanceof UnknownKey) return 'unknown_key';
  if (error instanceof errors.JWTExpired) return 'expired';
  if (error instanceof errors.JWSSignatureVerificationFailed) return 'bad_signature';
  // `none`, HS256, RS256…: not signed by an algorithm we trust, so not validly signed at all.
  if (error instanceof errors.JOSEAlgNotAllowed) return 'bad_signature';
  if (error instanceof errors.JWTClaimValidationFailed) {
    if (error.claim === 'typ') return 'wrong_type';
    if (error.claim === 'iss') return 'wrong_issuer';
  }
  return 'malformed';
}
