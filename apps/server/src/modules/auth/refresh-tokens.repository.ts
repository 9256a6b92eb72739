// Refresh tokens (public.refresh_tokens): the rows of the rotation rule of refresh-tokens.ts, in
// the caller's transaction (service role). Only SHA-256 hashes of tokens reach these statements.
import { sql } from 'kysely';
import type { StaffRole, Tx } from '../../db/request-context.ts';

/** A token of a family (a new family when `familyId` is null). */
export async function insertRefreshToken(
  tx: Tx,
  values: {
    sessionId: string;
    familyId: string | null;
    parentId: string | null;
    tokenHash: Buffer;
  },
): Promise<void> {
  await tx
    .insertInto('refreshTokens')
    .values({
      sessionId: values.sessionId,
      familyId: values.familyId ?? sql<string>`gen_random_uuid()`,
      parentId: values.parentId,
      tokenHash: values.tokenHash,
    })
    .execute();
}

/** Locks a live session of an enabled account; its id, or undefined. */
export async function lockLiveSession(tx: Tx, sessionId: string): Promise<string | undefined> {
  const session = await tx
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.userId')
    .select('sessions.id')
    .where('sessions.id', '=', sessionId)
    .where('sessions.revokedAt', 'is', null)
    .where('users.disabledAt', 'is', null)
    .forUpdate('sessions')
    .executeTakeFirst();
  return session?.id;
}

/** The live session whose family's active token this is, of an enabled account. */
export function findLiveRefreshSession(tx: Tx, tokenHash: Buffer) {
  return tx
    .selectFrom('refreshTokens')
    .innerJoin('sessions', 'sessions.id', 'refreshTokens.sessionId')
    .innerJoin('users', 'users.id', 'sessions.userId')
    .select(['sessions.id as sessionId', 'sessions.userId'])
    .where('refreshTokens.tokenHash', '=', tokenHash)
    .where('refreshTokens.usedAt', 'is', null)
    .where('refreshTokens.revokedAt', 'is', null)
    .where('sessions.revokedAt', 'is', null)
    .where('users.disabledAt', 'is', null)
    .executeTakeFirst();
}

/** The session a token (any, used or not) belongs to. */
export async function sessionIdOfToken(tx: Tx, tokenHash: Buffer): Promise<string | undefined> {
  const row = await tx
    .selectFrom('refreshTokens')
    .select('sessionId')
    .where('tokenHash', '=', tokenHash)
    .executeTakeFirst();
  return row?.sessionId;
}

/** Locks the session of a rotation (first: the order revokeSession takes too) with its account. */
export async function lockRotatingSession(tx: Tx, sessionId: string) {
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
    .where('sessions.id', '=', sessionId)
    .forUpdate('sessions')
    .executeTakeFirstOrThrow();
  return { ...session, roles: session.roles as StaffRole[] };
}

/** Locks the token presented (second), and says whether its use is within the grace window. */
export function lockPresentedToken(tx: Tx, tokenHash: Buffer, graceSeconds: number) {
  return tx
    .selectFrom('refreshTokens')
    .select([
      'id',
      'familyId',
      'usedAt',
      'revokedAt',
      sql<boolean>`used_at > now() - make_interval(secs => ${graceSeconds})`.as('inGrace'),
    ])
    .where('tokenHash', '=', tokenHash)
    .forUpdate()
    .executeTakeFirstOrThrow();
}

export async function markTokenUsed(tx: Tx, tokenId: string) {
  await tx
    .updateTable('refreshTokens')
    .set({ usedAt: sql`now()` })
    .where('id', '=', tokenId)
    .execute();
}

export async function touchSession(tx: Tx, sessionId: string) {
  await tx
    .updateTable('sessions')
    .set({ lastSeenAt: sql`now()` })
    .where('id', '=', sessionId)
    .execute();
}

/** Marks the family's active token used and revoked; false when the family had none left. */
export async function supersedeActiveToken(tx: Tx, familyId: string): Promise<boolean> {
  const superseded = await tx
    .updateTable('refreshTokens')
    .set({ usedAt: sql`now()`, revokedAt: sql`now()` })
    .where('familyId', '=', familyId)
    .where('usedAt', 'is', null)
    .where('revokedAt', 'is', null)
    .executeTakeFirst();
  return superseded.numUpdatedRows > 0n;
}

export async function revokeFamily(tx: Tx, familyId: string) {
  await tx
    .updateTable('refreshTokens')
    .set({ revokedAt: sql`now()` })
    .where('familyId', '=', familyId)
    .where('revokedAt', 'is', null)
    .execute();
}
