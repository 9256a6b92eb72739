// Sessions of an account: opened at sign-in (session-issuer.ts), listed by their owner (RLS
// decides what is visible), revoked one by one or all at once (sign out, sign out everywhere, a
// password change, an account disabled). Revoking a session revokes its refresh tokens in the
// same transaction, always as the service role: a request role able to write `revoked_at` could
// also clear it (ADR 0009).
import { isIP } from 'node:net';
import type { Db } from '../../db/database.ts';
import {
  withRequestContext,
  withServiceContext,
  type RequestClaims,
  type Tx,
} from '../../db/request-context.ts';
import { notFound } from '../../lib/app-error.ts';
import type { UserClaims } from '../../plugins/request-claims.ts';
import { audit } from '../audit/audit.ts';
import { sessionOfRefreshToken } from './refresh-tokens.ts';
import { auditMeta, type RequestMeta } from './request-meta.ts';
import {
  insertSession,
  liveSessions,
  lockLiveSessionsOf,
  lockSession,
  revokeSessionRow,
} from './sessions.repository.ts';

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
  ip?: string | null | undefined;
  userAgent?: string | null | undefined;
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

/**
 * Opens a session for an enabled account in the caller's transaction (service role); its id, or
 * undefined when the account is disabled (or gone).
 */
export function openSession(tx: Tx, session: NewSession): Promise<string | undefined> {
  return insertSession(tx, {
    userId: session.userId,
    aal: session.aal,
    ip: session.ip && isIP(session.ip) ? session.ip : null,
    userAgent: summariseUserAgent(session.userAgent),
  });
}

/** Opens a session for an enabled account (service role); returns its id. */
export async function createSession(db: Db, session: NewSession): Promise<string> {
  const id = await withServiceContext(db, (tx) => openSession(tx, session));
  if (!id) throw new SessionError('user_unavailable');
  return id;
}

/** The caller's live sessions, newest first; what is visible is the policies' decision. */
export function listSessions(db: Db, claims: RequestClaims): Promise<SessionSummary[]> {
  const currentId = claims.role === 'authenticated' ? claims.session_id : undefined;
  return withRequestContext(db, claims, async (tx) => {
    const rows = await liveSessions(tx);
    return rows.map((row) => ({ ...row, current: row.id === currentId }));
  });
}

/** Revokes one session and its refresh tokens, in the caller's transaction (service role). */
export async function revokeSessionIn(
  tx: Tx,
  sessionId: string,
  { reason, userId }: { reason: string; userId?: string },
): Promise<boolean> {
  assertReason(reason);
  const id = await lockSession(tx, sessionId, userId);
  return id ? revokeSessionRow(tx, id, reason) : false;
}

/**
 * Revokes one session and its refresh tokens (service role). With `userId`, only a session of that
 * user: pass the caller's id when a user signs out one of their own sessions.
 */
export async function revokeSession(
  db: Db,
  sessionId: string,
  options: { reason: string; userId?: string },
): Promise<boolean> {
  assertReason(options.reason);
  return withServiceContext(db, (tx) => revokeSessionIn(tx, sessionId, options));
}

/** Revokes every live session of a user (optionally but one) and their refresh tokens. */
export async function revokeAllSessions(
  db: Db,
  userId: string,
  reason: string,
  { exceptSessionId }: { exceptSessionId?: string | undefined } = {},
): Promise<number> {
  assertReason(reason);
  return withServiceContext(db, async (tx) => {
    let count = 0;
    for (const id of await lockLiveSessionsOf(tx, userId, exceptSessionId)) {
      if (await revokeSessionRow(tx, id, reason)) count += 1;
    }
    return count;
  });
}

/** What a signed-in user does with their sessions, and signing out. */
export class SessionsService {
  constructor(private readonly db: Db) {}

  list(claims: UserClaims): Promise<SessionSummary[]> {
    return listSessions(this.db, claims);
  }

  /** Ends the session a refresh token or an access token belongs to, in one transaction. */
  async signOut(
    { sessionId, refreshToken }: { sessionId?: string | undefined; refreshToken?: string },
    meta: RequestMeta,
  ): Promise<void> {
    if (!sessionId && !refreshToken) return;
    await withServiceContext(this.db, async (tx) => {
      const id = sessionId ?? (await sessionOfRefreshToken(tx, refreshToken!));
      if (!id || !(await revokeSessionIn(tx, id, { reason: 'sign_out' }))) return;
      await audit(tx, {
        action: 'auth.sign_out',
        targetType: 'session',
        targetId: id,
        ...auditMeta(meta),
      });
    });
  }

  async end(claims: UserClaims, sessionId: string, meta: RequestMeta): Promise<void> {
    const ended = await revokeSession(this.db, sessionId, {
      reason: 'signed_out_by_user',
      userId: claims.sub,
    });
    if (!ended) throw notFound('No such session.');
    await withRequestContext(this.db, claims, (tx) =>
      audit(tx, {
        action: 'auth.session.ended',
        targetType: 'session',
        targetId: sessionId,
        ...auditMeta(meta),
      }),
    );
  }

  async endOthers(claims: UserClaims, meta: RequestMeta): Promise<number> {
    const count = await revokeAllSessions(this.db, claims.sub, 'signed_out_by_user', {
      exceptSessionId: claims.session_id,
    });
    await withRequestContext(this.db, claims, (tx) =>
      audit(tx, { action: 'auth.session.ended_others', after: { count }, ...auditMeta(meta) }),
    );
    return count;
  }
}
