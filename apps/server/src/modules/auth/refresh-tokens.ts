// Opaque refresh tokens, rotated on every use, with reuse detection (DESIGN.md, Security).
//
// A token is 32 random bytes in base64url; only its SHA-256 is stored. Every exchange marks the
// token used and issues a child in the same family. The family has at most one active token (used
// and revoked both null), which a partial unique index enforces.
//
// The grace-window rule. Presenting a token that was already used:
//   - more than `graceSeconds` after its use: that is reuse (a stolen copy, or the thief's copy
//     already spent): the whole family and the session are revoked (`refresh_token_reuse`) and the
//     caller gets `reuse_detected`;
//   - within `graceSeconds` of its use (two tabs refreshing at once, a retried request whose
//     response was lost): we cannot hand back the child we issued, since its plaintext is gone, so
//     we issue a sibling that replaces it: the family's active token is marked used and revoked
//     (superseded) and one new child of the presented token is created. The family still has
//     exactly one active token, and the latest caller holds it. A superseded token is itself
//     "used" at the moment it was superseded, so the same rule applies to it: presented again
//     within the window it is replaced too, presented later it is reuse. Clients must therefore
//     keep the token of the *last* response (the web app serialises its refreshes).
//
// Each exchange is one transaction that locks the session row, then the token row (`for update`):
// concurrent exchanges of one family queue, and each sees what the previous one committed. The
// statements are those of refresh-tokens.repository.ts; this file holds the rule.
import { createHash, randomBytes } from 'node:crypto';
import type { Db } from '../../db/database.ts';
import { withServiceContext, type StaffRole, type Tx } from '../../db/request-context.ts';
import {
  findLiveRefreshSession,
  insertRefreshToken,
  lockLiveSession,
  lockPresentedToken,
  lockRotatingSession,
  markTokenUsed,
  revokeFamily,
  sessionIdOfToken,
  supersedeActiveToken,
  touchSession,
} from './refresh-tokens.repository.ts';
import { revokeSessionRow } from './sessions.repository.ts';

export const REFRESH_TOKEN_BYTES = 32;
export const DEFAULT_GRACE_SECONDS = 10;
const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

export type RefreshTokenFailure = 'invalid' | 'reuse_detected' | 'revoked';

export class RefreshTokenError extends Error {
  constructor(readonly reason: RefreshTokenFailure) {
    super(`refresh token ${reason}`);
    this.name = 'RefreshTokenError';
  }
}

export interface RotatedRefreshToken {
  token: string;
  sessionId: string;
  userId: string;
  aal: 'aal1' | 'aal2';
  roles: StaffRole[];
}

/** Whether a value can be a token we issued at all (no transaction is opened for anything else). */
export function isWellFormedRefreshToken(token: string): boolean {
  return TOKEN_PATTERN.test(token);
}

export function hashRefreshToken(token: string): Buffer {
  return createHash('sha256').update(token, 'utf8').digest();
}

/** A new token of a family (a new family when `familyId` is null); returns the only copy. */
async function insertToken(
  tx: Tx,
  values: { sessionId: string; familyId: string | null; parentId: string | null },
): Promise<string> {
  const token = randomBytes(REFRESH_TOKEN_BYTES).toString('base64url');
  await insertRefreshToken(tx, { ...values, tokenHash: hashRefreshToken(token) });
  return token;
}

/**
 * Starts the token family of a session opened in this very transaction (its account was found
 * enabled by the insert); returns the only copy.
 */
export function startTokenFamily(tx: Tx, sessionId: string): Promise<string> {
  return insertToken(tx, { sessionId, familyId: null, parentId: null });
}

/** Starts a new token family for a live session of an enabled account; returns the only copy. */
export function issueRefreshToken(db: Db, sessionId: string): Promise<string> {
  return withServiceContext(db, async (tx) => {
    if (!(await lockLiveSession(tx, sessionId))) throw new RefreshTokenError('revoked');
    return startTokenFamily(tx, sessionId);
  });
}

/**
 * The session a refresh token stands for, without using it, in the caller's transaction (service
 * role): the token must be its family's active one, of a live session of an enabled account.
 * Sign-in reads it to recognise a device already signed in to the account (sign-in-limits.ts).
 */
export async function liveRefreshSession(
  tx: Tx,
  token: string,
): Promise<{ sessionId: string; userId: string } | undefined> {
  if (!isWellFormedRefreshToken(token)) return undefined;
  return findLiveRefreshSession(tx, hashRefreshToken(token));
}

/** The session a refresh token (used or not) belongs to, in the caller's transaction. */
export function sessionOfRefreshToken(tx: Tx, token: string): Promise<string | undefined> {
  return sessionIdOfToken(tx, hashRefreshToken(token));
}

export type RotationOutcome =
  { ok: true; value: RotatedRefreshToken } | { ok: false; reason: RefreshTokenFailure };

/**
 * Exchanges a refresh token for its successor in the caller's transaction (service role). A
 * failure is an outcome, not an error: a detected reuse has revoked the family and the session,
 * and the caller commits that before it refuses.
 */
export async function rotateRefreshTokenIn(
  tx: Tx,
  token: string,
  { graceSeconds = DEFAULT_GRACE_SECONDS }: { graceSeconds?: number } = {},
): Promise<RotationOutcome> {
  if (!isWellFormedRefreshToken(token)) return { ok: false, reason: 'invalid' };
  const hash = hashRefreshToken(token);
  const sessionId = await sessionIdOfToken(tx, hash);
  if (!sessionId) return { ok: false, reason: 'invalid' };

  // Session first, then token: the same order as revokeSession, so no deadlock.
  const session = await lockRotatingSession(tx, sessionId);
  const current = await lockPresentedToken(tx, hash, graceSeconds);

  if (session.revokedAt !== null || session.disabledAt !== null) {
    return { ok: false, reason: 'revoked' };
  }
  const rotated = async (): Promise<RotationOutcome> => {
    await touchSession(tx, session.id);
    const next = await insertToken(tx, {
      sessionId: session.id,
      familyId: current.familyId,
      parentId: current.id,
    });
    return {
      ok: true,
      value: {
        token: next,
        sessionId: session.id,
        userId: session.userId,
        aal: session.aal,
        roles: session.roles,
      },
    };
  };

  if (current.usedAt === null) {
    // Revoked without having been used: its family was revoked.
    if (current.revokedAt !== null) return { ok: false, reason: 'revoked' };
    await markTokenUsed(tx, current.id);
    return rotated();
  }

  if (current.inGrace) {
    // Supersede the family's active token with a sibling (see the rule at the top).
    // No active token left: the family was revoked, there is nothing to take over.
    if (!(await supersedeActiveToken(tx, current.familyId))) {
      return { ok: false, reason: 'revoked' };
    }
    return rotated();
  }

  await revokeFamily(tx, current.familyId);
  await revokeSessionRow(tx, session.id, 'refresh_token_reuse');
  return { ok: false, reason: 'reuse_detected' };
}

/**
 * Exchanges a refresh token for its successor in a transaction of its own. Throws
 * RefreshTokenError; a detected reuse is committed (family and session revoked) before the error
 * is thrown.
 */
export async function rotateRefreshToken(
  db: Db,
  token: string,
  options: { graceSeconds?: number } = {},
): Promise<RotatedRefreshToken> {
  if (!isWellFormedRefreshToken(token)) throw new RefreshTokenError('invalid');
  const outcome = await withServiceContext(db, (tx) => rotateRefreshTokenIn(tx, token, options));
  if (!outcome.ok) throw new RefreshTokenError(outcome.reason);
  return outcome.value;
}
