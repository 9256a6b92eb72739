// Sessions (public.sessions): opened at sign-in, listed by their owner or an admin (the policies
// decide what is visible), ended one by one or all at once. Ending a session ends its refresh
// tokens in the same transaction. Writes run as the service role only (ADR 0009).
import { sql } from 'kysely';
import type { Db } from '../../db/database.ts';
import type { Tx } from '../../db/request-context.ts';

/** A session for an enabled account; its id, or undefined when the account is disabled. */
export async function insertSession(
  tx: Tx,
  session: { userId: string; aal: 'aal1' | 'aal2'; ip: string | null; userAgent: string | null },
): Promise<string | undefined> {
  const row = await tx
    .insertInto('sessions')
    .columns(['userId', 'aal', 'ip', 'userAgent'])
    .expression((eb) =>
      eb
        .selectFrom('users')
        .select([
          'users.id',
          sql<string>`${session.aal}`.as('aal'),
          sql<string | null>`${session.ip}::inet`.as('ip'),
          sql<string | null>`${session.userAgent}::text`.as('userAgent'),
        ])
        .where('users.id', '=', session.userId)
        .where('users.disabledAt', 'is', null),
    )
    .returning('id')
    .executeTakeFirst();
  return row?.id;
}

/** Live sessions, newest first: the caller's own, or (an admin) those of `userId`. */
export function liveSessions(tx: Tx, { userId }: { userId?: string } = {}) {
  let query = tx
    .selectFrom('sessions')
    .select(['id', 'aal', 'ip', 'userAgent', 'createdAt', 'lastSeenAt'])
    .where('revokedAt', 'is', null);
  if (userId !== undefined) query = query.where('userId', '=', userId);
  return query.orderBy('createdAt', 'desc').execute();
}

/** Every session the caller may read, ended ones too, as exported to their owner (GDPR). */
export function exportSessions(tx: Tx) {
  return tx
    .selectFrom('sessions')
    .select([
      'id',
      'aal',
      'ip',
      'userAgent',
      'createdAt',
      'lastSeenAt',
      'revokedAt',
      'revokedReason',
    ])
    .orderBy('createdAt', 'desc')
    .execute();
}

/** Locks a session (of `userId` only, when given); its id, or undefined. */
export async function lockSession(
  tx: Tx,
  sessionId: string,
  userId?: string,
): Promise<string | undefined> {
  let query = tx.selectFrom('sessions').select('id').where('id', '=', sessionId);
  if (userId !== undefined) query = query.where('userId', '=', userId);
  return (await query.forUpdate().executeTakeFirst())?.id;
}

/** Locks the live sessions of a user (but one), in id order; their ids. */
export async function lockLiveSessionsOf(
  tx: Tx,
  userId: string,
  exceptSessionId?: string,
): Promise<string[]> {
  let query = tx
    .selectFrom('sessions')
    .select('id')
    .where('userId', '=', userId)
    .where('revokedAt', 'is', null);
  if (exceptSessionId !== undefined) query = query.where('id', '!=', exceptSessionId);
  const rows = await query.orderBy('id').forUpdate().execute();
  return rows.map((row) => row.id);
}

/** Revokes a session and every refresh token of it; false when it had already ended. */
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

/**
 * Whether a live session of `userId` was opened less than `seconds` ago. Sessions are opened by a
 * sign-in only, in the transaction that accepted its password (and code): the session's start is
 * the moment its password was last proven (ADR 0029). The database's clock, not the caller's.
 */
export async function signedInWithin(
  tx: Tx,
  sessionId: string,
  userId: string,
  seconds: number,
): Promise<boolean> {
  const row = await tx
    .selectFrom('sessions')
    .select('id')
    .where('id', '=', sessionId)
    .where('userId', '=', userId)
    .where('revokedAt', 'is', null)
    .where('createdAt', '>', sql<Date>`now() - make_interval(secs => ${seconds})`)
    .executeTakeFirst();
  return row !== undefined;
}

/** The session a second factor was just confirmed in now stands for both factors. */
export async function raiseToAal2(tx: Tx, sessionId: string) {
  await tx.updateTable('sessions').set({ aal: 'aal2' }).where('id', '=', sessionId).execute();
}

/**
 * What every authenticated request checks its token against (ADR 0009): the session, whether it
 * ended, its aal, and its account's state and roles. One indexed read on a service-role handle.
 */
export function sessionForAccessCheck(serviceDb: Db, sessionId: string, userId: string) {
  return serviceDb
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.userId')
    .select(['sessions.revokedAt', 'sessions.aal', 'users.disabledAt', 'users.roles'])
    .where('sessions.id', '=', sessionId)
    .where('sessions.userId', '=', userId)
    .executeTakeFirst();
}
