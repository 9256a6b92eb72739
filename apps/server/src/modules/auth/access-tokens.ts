// Short-lived access tokens (DESIGN.md, Security): compact JWS signed with Ed25519, `typ: at+jwt`
// (RFC 9068), checked against a fixed algorithm list, an audience and an issuer. What verifies
// becomes the RequestClaims the database sees, so every claim is validated, not just the signature.
import { randomUUID } from 'node:crypto';
import { errors, jwtVerify, SignJWT, type JWTVerifyGetKey } from 'jose';
import { STAFF_ROLES, type RequestClaims, type StaffRole } from '../../db/request-context.ts';
import { SIGNING_ALGORITHM, type SigningKeys } from './signing-keys.ts';
import { isUuid } from '../../lib/uuid.ts';

export const ACCESS_TOKEN_TYPE = 'at+jwt';
/** The only algorithm accepted: never taken from the token (no `none`, no HS256 with a public key). */
export const ALLOWED_ALGORITHMS: readonly string[] = Object.freeze([SIGNING_ALGORITHM]);
export const CLOCK_TOLERANCE_SECONDS = 30;
export const DEFAULT_TTL_SECONDS = 900;
/** Longest lifetime we issue, and therefore accept. */
export const MAX_TTL_SECONDS = 86_400;
/** Far above any token we issue; refuses to parse megabytes of attacker input. */
const MAX_TOKEN_LENGTH = 8_192;

export type InvalidTokenReason =
  | 'expired'
  | 'bad_signature'
  | 'wrong_audience'
  | 'wrong_issuer'
  | 'wrong_type'
  | 'malformed'
  | 'unknown_key';

/** Why a token was refused. The message never contains the token or its claims. */
export class InvalidTokenError extends Error {
  override readonly name = 'InvalidTokenError';
  constructor(
    readonly reason: InvalidTokenReason,
    options?: { cause?: unknown },
  ) {
    super(`invalid access token: ${reason}`, options);
  }
}

export type AuthenticatorAssurance = 'aal1' | 'aal2';

export interface IssueAccessTokenInput {
  sub: string;
  roles: readonly StaffRole[];
  aal: AuthenticatorAssurance;
  sessionId: string;
  issuer: string;
  audience: string;
  ttlSeconds?: number;
  /** For tests: the issuing instant (defaults to now). */
  now?: Date;
}

export interface VerifyAccessTokenOptions {
  issuer: string;
  audience: string;
  /** For tests: the verifying instant (defaults to now). */
  now?: Date;
}

export type AuthenticatedClaims = Extract<RequestClaims, { role: 'authenticated' }>;

const SESSION_ID = /^[\x21-\x7e]{1,128}$/;
const AAL: readonly string[] = ['aal1', 'aal2'];
const ROLES: readonly string[] = STAFF_ROLES;

export async function issueAccessToken(
  keys: SigningKeys,
  input: IssueAccessTokenInput,
): Promise<string> {
  const { sub, roles, aal, sessionId, issuer, audience, ttlSeconds = DEFAULT_TTL_SECONDS } = input;
  // Refuse to sign what verifyAccessToken would refuse to read.
  if (!isUuid(sub)) throw new TypeError('issueAccessToken: sub must be a uuid');
  if (!isRoleList(roles)) throw new TypeError('issueAccessToken: unknown or repeated staff role');
  if (!AAL.includes(aal)) throw new TypeError('issueAccessToken: aal must be aal1 or aal2');
  if (!SESSION_ID.test(sessionId)) throw new TypeError('issueAccessToken: invalid sessionId');
  if (!issuer || !audience) throw new TypeError('issueAccessToken: issuer and audience required');
  if (!Number.isInteger(ttlSeconds) || ttlSeconds < 1 || ttlSeconds > MAX_TTL_SECONDS) {
    throw new TypeError(`issueAccessToken: ttlSeconds must be an integer in 1..${MAX_TTL_SECONDS}`);
  }
  const iat = Math.floor((input.now ?? new Date()).getTime() / 1000);
  return new SignJWT({ role: 'authenticated', roles: [...roles], aal, session_id: sessionId })
    .setProtectedHeader({ alg: SIGNING_ALGORITHM, typ: ACCESS_TOKEN_TYPE, kid: keys.kid })
    .setIssuer(issuer)
    .setAudience(audience)
    .setSubject(sub)
    .setIssuedAt(iat)
    .setExpirationTime(iat + ttlSeconds)
    .setJti(randomUUID())
    .sign(keys.privateKey);
}

/** The claims of a valid token, or an InvalidTokenError saying why it is not. */
export async function verifyAccessToken(
  keys: SigningKeys,
  token: string,
  options: VerifyAccessTokenOptions,
): Promise<AuthenticatedClaims> {
  if (typeof token !== 'string' || token.length > MAX_TOKEN_LENGTH) {
    throw new InvalidTokenError('malformed');
  }
  // Only called after the algorithm passed the allow-list: the key is chosen by `kid` among ours.
  const getKey: JWTVerifyGetKey = (header) => {
    const key = header.kid === undefined ? undefined : keys.verificationKeys.get(header.kid);
    if (key === undefined) throw new InvalidTokenError('unknown_key');
    return key;
  };
  let payload: Record<string, unknown>;
  try {
    ({ payload } = await jwtVerify(token, getKey, {
      algorithms: [...ALLOWED_ALGORITHMS],
      typ: ACCESS_TOKEN_TYPE,
      issuer: options.issuer,
      audience: options.audience,
      clockTolerance: CLOCK_TOLERANCE_SECONDS,
      requiredClaims: ['iat', 'exp', 'sub', 'jti'],
      ...(options.now ? { currentDate: options.now } : {}),
    }));
  } catch (error) {
    throw toInvalidTokenError(error);
  }
  return readClaims(payload, options.now ?? new Date());
}

function toInvalidTokenError(error: unknown): InvalidTokenError {
  if (error instanceof InvalidTokenError) return error;
  const fail = (reason: InvalidTokenReason) => new InvalidTokenError(reason, { cause: error });
  if (error instanceof errors.JWTExpired) return fail('expired');
  if (error instanceof errors.JWSSignatureVerificationFailed) return fail('bad_signature');
  // `none`, HS256, RS256…: not signed by an algorithm we trust, so not validly signed at all.
  if (error instanceof errors.JOSEAlgNotAllowed) return fail('bad_signature');
  if (error instanceof errors.JWTClaimValidationFailed) {
    if (error.claim === 'aud') return fail('wrong_audience');
    if (error.claim === 'iss') return fail('wrong_issuer');
    if (error.claim === 'typ') return fail('wrong_type');
  }
  return fail('malformed');
}

function readClaims(payload: Record<string, unknown>, now: Date): AuthenticatedClaims {
  const { role, sub, roles, aal, session_id, iat, exp } = payload;
  const malformed = () => new InvalidTokenError('malformed');
  if (role !== 'authenticated') throw malformed();
  if (typeof sub !== 'string' || !isUuid(sub)) throw malformed();
  if (!isRoleList(roles)) throw malformed();
  if (typeof aal !== 'string' || !AAL.includes(aal)) throw malformed();
  if (typeof session_id !== 'string' || !SESSION_ID.test(session_id)) throw malformed();
  // jose checked that both are numbers and that exp has not passed; these it does not check.
  const nowSeconds = now.getTime() / 1000;
  if ((iat as number) > nowSeconds + CLOCK_TOLERANCE_SECONDS) throw malformed();
  if ((exp as number) - (iat as number) > MAX_TTL_SECONDS) throw malformed();
  return {
    role: 'authenticated',
    sub,
    roles: [...roles],
    aal: aal as AuthenticatorAssurance,
    session_id,
  };
}

function isRoleList(value: unknown): value is StaffRole[] {
  return (
    Array.isArray(value) &&
    value.every((role) => typeof role === 'string' && ROLES.includes(role)) &&
    new Set(value).size === value.length
  );
}
