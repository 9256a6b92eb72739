// Sessions of an account: created at sign-in, listed by their owner (RLS decides what is visible),
// revoked one by one or all at once (sign out everywhere, password change, account disabled).
// Revoking a session revokes its refresh tokens in the same transaction.
import { isIP } from 'node:net';
import { sql } from 'kysely';
import type { Db } from '../../db/database.ts';
import {
  withRequestContext,
  withServiceContext,
  type RequestClaims,
} from '../../db/request-context.ts';
import { revokeSessionRow } from './refresh-tokens.ts';

export const USER_AGENT_MAX_LENGTH = 200;
const REASON_PATTERN = /^[a-z_]{1,60}$/;

export class SessionError extends Error {
  constructor(readonly reason: 'user_unavailable' | 'invalid_reason') {
    super(`session: ${reason}`);
    this.name = 'SessionError';
  }
}

export interface NewSession {
  userId: string;
  aal: 'aal1' | 'aal2';
  ip?: string | null;
  userAgent?: string | null;
}

export interface SessionSummary {
  id: string;
  aal: 'aal1' | 'aal2';
  ip: string | null;
  userAgent: string | null;
  createdAt: Date;
  lastSeenAt: Date;
  /** The session the request itself belongs to. */
  current: boolean;
}

function summariseUserAgent(userAgent: string | null | undefined): string | null {
  if (!userAgent) return null;
  // Printable characters only, capped: it is shown back to the user.
  // eslint-disable-next-line no-control-regex
  const clean = userAgent.replace(/[\u0000-\u001f\u007f]/g, '').trim();
  return clean ? clean.slice(0, USER_AGENT_MAX_LENGTH) : null;
}

function assertReason(reason: string): void {
  if (!REASON_PATTERN.test(reason)) throw new SessionError('invalid_reason');
}

/** Opens a session for an enabled account (service role); returns its id. */
export function createSession(db: Db, session: NewSession): Promise<string> {
  const ip = session.ip && isIP(session.ip) ? session.ip : null;
  return withServiceContext(db, async (tx) => {
    const row = await tx
      .insertInto('sessions')
      .columns(['userId', 'aal', 'ip', 'userAgent'])
      .expression((eb) =>
        eb
          .selectFrom('users')
          .select([
            'users.id',
            sql<string>`${session.aal}`.as('aal'),
            sql<string | null>`${ip}::inet`.as('ip'),
            sql<string | null>`${summariseUserAgent(session.userAgent)}::text`.as('userAgent'),
          ])
          .where('users.id', '=', session.userId)
          .where('users.disabledAt', 'is', null),
      )
      .returning('id')
      .executeTakeFirst();
    if (!row) throw new SessionError('user_unavailable');
    return row.id;
  });
}

/** The caller's live sessions, newest first; what is visible is the policies' decision. */
export function listSessions(db: Db, claims: RequestClaims): Promise<SessionSummary[]> {
  const currentId = claims.role === 'authenticated' ? claims.session_id : undefined;
  return withRequestContext(db, claims, async (tx) => {
    const rows = await tx
      .selectFrom('sessions')
      .select(['id', 'aal', 'ip', 'userAgent', 'createdAt', 'lastSeenAt'])
      .where('revokedAt', 'is', null)
      .orderBy('createdAt', 'desc')
      .execute();
    return rows.map((row) => ({ ...row, current: row.id === currentId }));
  });
}

/**
 * Revokes one session and its refresh tokens (service role). With `userId`, only a session of that
 * user: pass the caller's id when a user signs out one of their own sessions.
 */
export async function revokeSession(
  db: Db,
  sessionId: string,
  { reason, userId }: { reason: string; userId?: string },
): Promise<boolean> {
  assertReason(reason);
  return withServiceContext(db, async (tx) => {
    let query = tx.selectFrom('sessions').select('id').where('id', '=', sessionId);
    if (userId !== undefined) query = query.where('userId', '=', userId);
    const session = await query.forUpdate().executeTakeFirst();
    if (!session) return false;
    return revokeSessionRow(tx, session.id, reason);
  });
}

/** Revokes every live session of a user (optionally but one) and their refresh tokens. */
export async function revokeAllSessions(
  db: Db,
  userId: string,
  reason: string,
  { exceptSessionId }: { exceptSessionId?: string } = {},
): Promise<number> {
  assertReason(reason);
  return withServiceContext(db, async (tx) => {
    let query = tx
      .selectFrom('sessions')
      .select('id')
      .where('userId', '=', userId)
      .where('revokedAt', 'is', null);
    if (exceptSessionId !== undefined) query = query.where('id', '!=', exceptSessionId);
    const sessions = await query.orderBy('id').forUpdate().execute();
    let count = 0;
    for (const session of sessions) {
      if (await revokeSessionRow(tx, session.id, reason)) count += 1;
    }
    return count;
  });
}
