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
// concurrent exchanges of one family queue, and each sees what the previous one committed.
import { createHash, randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import type { Db } from '../../db/database.ts';
import { withServiceContext, type StaffRole, type Tx } from '../../db/request-context.ts';

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

export function hashRefreshToken(token: string): Buffer {
  return createHash('sha256').update(token, 'utf8').digest();
}

function newToken(): { token: string; hash: Buffer } {
  const token = randomBytes(REFRESH_TOKEN_BYTES).toString('base64url');
  return { token, hash: hashRefreshToken(token) };
}

async function insertToken(
  tx: Tx,
  values: { sessionId: string; familyId: string | null; parentId: string | null },
): Promise<string> {
  const { token, hash } = newToken();
  await tx
    .insertInto('refreshTokens')
    .values({
      sessionId: values.sessionId,
      familyId: values.familyId ?? sql<string>`gen_random_uuid()`,
      parentId: values.parentId,
      tokenHash: hash,
    })
    .execute();
  return token;
}

/** Starts a new token family for a live session of an enabled account; returns the only copy. */
export function issueRefreshToken(db: Db, sessionId: string): Promise<string> {
  return withServiceContext(db, async (tx) => {
    const session = await tx
      .selectFrom('sessions')
      .innerJoin('users', 'users.id', 'sessions.userId')
      .select('sessions.id')
      .where('sessions.id', '=', sessionId)
      .where('sessions.revokedAt', 'is', null)
      .where('users.disabledAt', 'is', null)
      .forUpdate('sessions')
      .executeTakeFirst();
    if (!session) throw new RefreshTokenError('revoked');
    return insertToken(tx, { sessionId, familyId: null, parentId: null });
  });
}

/**
 * The session a refresh token stands for, without using it: the token must be its family's active
 * one, of a live session of an enabled account. Sign-in reads it to recognise a device already
 * signed in to the account (sign-in-limits.ts).
 */
export async function liveRefreshSession(
  db: Db,
  token: string,
): Promise<{ sessionId: string; userId: string } | undefined> {
  if (!TOKEN_PATTERN.test(token)) return undefined;
  return withServiceContext(db, (tx) =>
    tx
      .selectFrom('refreshTokens')
      .innerJoin('sessions', 'sessions.id', 'refreshTokens.sessionId')
      .innerJoin('users', 'users.id', 'sessions.userId')
      .select(['sessions.id as sessionId', 'sessions.userId'])
      .where('refreshTokens.tokenHash', '=', hashRefreshToken(token))
      .where('refreshTokens.usedAt', 'is', null)
      .where('refreshTokens.revokedAt', 'is', null)
      .where('sessions.revokedAt', 'is', null)
      .where('users.disabledAt', 'is', null)
      .executeTakeFirst(),
  );
}

type Outcome =
  { ok: true; value: RotatedRefreshToken } | { ok: false; reason: RefreshTokenFailure };

/**
 * Exchanges a refresh token for its successor. Throws RefreshTokenError; a detected reuse is
 * committed (family and session revoked) before the error is thrown.
 */
export async function rotateRefreshToken(
  db: Db,
  token: string,
  { graceSeconds = DEFAULT_GRACE_SECONDS }: { graceSeconds?: number } = {},
): Promise<RotatedRefreshToken> {
  if (!TOKEN_PATTERN.test(token)) throw new RefreshTokenError('invalid');
  const hash = hashRefreshToken(token);
  const outcome = await withServiceContext(db, async (tx): Promise<Outcome> => {
    const found = await tx
      .selectFrom('refreshTokens')
      .select('sessionId')
      .where('tokenHash', '=', hash)
      .executeTakeFirst();
    if (!found) return { ok: false, reason: 'invalid' };

    // Session first, then token: the same order as revokeSession, so no deadlock.
    const session = await tx
      .selectFrom('sessions')
      .innerJoin('users', 'users.id', 'sessions.userId')
      .select([
        'sessions.id',
        'sessions.userId',
        'sessions.aal',
        'sessions.revokedAt',
        'users.disabledAt',
        'users.roles',
      ])
      .where('sessions.id', '=', found.sessionId)
      .forUpdate('sessions')
      .executeTakeFirstOrThrow();
    const current = await tx
      .selectFrom('refreshTokens')
      .select([
        'id',
        'familyId',
        'usedAt',
        'revokedAt',
        sql<boolean>`used_at > now() - make_interval(secs => ${graceSeconds})`.as('inGrace'),
      ])
      .where('tokenHash', '=', hash)
      .forUpdate()
      .executeTakeFirstOrThrow();

    if (session.revokedAt !== null || session.disabledAt !== null) {
      return { ok: false, reason: 'revoked' };
    }
    const rotated = (newTokenValue: string): Outcome => ({
      ok: true,
      value: {
        token: newTokenValue,
        sessionId: session.id,
        userId: session.userId,
        aal: session.aal,
        roles: session.roles as StaffRole[],
      },
    });
    const touchSession = () =>
      tx
        .updateTable('sessions')
        .set({ lastSeenAt: sql`now()` })
        .where('id', '=', session.id);

    if (current.usedAt === null) {
      // Revoked without having been used: its family was revoked.
      if (current.revokedAt !== null) return { ok: false, reason: 'revoked' };
      await tx
        .updateTable('refreshTokens')
        .set({ usedAt: sql`now()` })
        .where('id', '=', current.id)
        .execute();
      await touchSession().execute();
      return rotated(
        await insertToken(tx, {
          sessionId: session.id,
          familyId: current.familyId,
          parentId: current.id,
        }),
      );
    }

    if (current.inGrace) {
      // Supersede the family's active token with a sibling (see the rule at the top).
      const superseded = await tx
        .updateTable('refreshTokens')
        .set({ usedAt: sql`now()`, revokedAt: sql`now()` })
        .where('familyId', '=', current.familyId)
        .where('usedAt', 'is', null)
        .where('revokedAt', 'is', null)
        .executeTakeFirst();
      // No active token left: the family was revoked, there is nothing to take over.
      if (superseded.numUpdatedRows === 0n) return { ok: false, reason: 'revoked' };
      await touchSession().execute();
      return rotated(
        await insertToken(tx, {
          sessionId: session.id,
          familyId: current.familyId,
          parentId: current.id,
        }),
      );
    }

    await tx
      .updateTable('refreshTokens')
      .set({ revokedAt: sql`now()` })
      .where('familyId', '=', current.familyId)
      .where('revokedAt', 'is', null)
      .execute();
    await revokeSessionRow(tx, session.id, 'refresh_token_reuse');
    return { ok: false, reason: 'reuse_detected' };
  });
  if (!outcome.ok) throw new RefreshTokenError(outcome.reason);
  return outcome.value;
}

/** Revokes a session and every refresh token of it, in the caller's transaction. */
export async function revokeSessionRow(
  tx: Tx,
  sessionId: string,
  reason: string,
): Promise<boolean> {
  const revoked = await tx
    .updateTable('sessions')
    .set({ revokedAt: sql`now()`, revokedReason: reason })
    .where('id', '=', sessionId)
    .where('revokedAt', 'is', null)
    .executeTakeFirst();
  await tx
    .updateTable('refreshTokens')
    .set({ revokedAt: sql`now()` })
    .where('sessionId', '=', sessionId)
    .where('revokedAt', 'is', null)
    .execute();
  return revoked.numUpdatedRows > 0n;
}
