// Opens sessions and hands out their tokens: the access token (and CSRF token) in the body, the
// refresh token for the cookie. Opening a session, its first refresh token and the account as
// its owner sees it are one transaction (the caller's, when it has one: sign-in opens the session
// in the transaction of its decision); the access token is signed after the commit. A refresh
// rotates its token and reads the account in one transaction too.
import { randomBytes } from 'node:crypto';
import type { Me, SessionTokens } from '@ladiva/contract/auth';
import type { Db } from '../../db/database.ts';
import { withServiceContext, type Tx } from '../../db/request-context.ts';
import { audit } from '../audit/audit.ts';
import { issueAccessToken } from './access-tokens.ts';
import { invalidCredentials, sessionEnded } from './auth-errors.ts';
import {
  isWellFormedRefreshToken,
  rotateRefreshTokenIn,
  startTokenFamily,
  type RotationOutcome,
} from './refresh-tokens.ts';
import type { RequestMeta } from './request-meta.ts';
import { openSession } from './sessions.service.ts';
import type { SigningKeys } from './signing-keys.ts';
import { loadMe } from './users.repository.ts';

export interface TokenSettings {
  /** `iss` of every token: the public URL. */
  issuer: string;
  /** `aud` of access tokens. */
  audience: string;
  accessTokenTtlSeconds: number;
}

/** A session as handed to the client: the JSON body, and the refresh token for the cookie. */
export interface IssuedSession {
  body: SessionTokens;
  refreshToken: string;
}

/** A session opened in a transaction, to be handed out once it commits (tokens()). */
export interface OpenedSession {
  sessionId: string;
  refreshToken: string;
  aal: 'aal1' | 'aal2';
  me: Me;
}

export class SessionIssuer {
  constructor(
    private readonly db: Db,
    private readonly keys: SigningKeys,
    private readonly settings: TokenSettings,
  ) {}

  /**
   * Opens a session of an enabled account in the caller's transaction (service role), with its
   * first refresh token. INVALID_CREDENTIALS when the account was disabled (or erased) since its
   * password was checked: the caller's transaction then rolls back. Called by a password sign-in
   * only: a session's start stands for its password (ADR 0029), so a way in without the password
   * needs that rule changed first.
   */
  async open(
    tx: Tx,
    userId: string,
    aal: 'aal1' | 'aal2',
    meta: RequestMeta,
  ): Promise<OpenedSession> {
    const sessionId = await openSession(tx, {
      userId,
      aal,
      ip: meta.ip,
      userAgent: meta.userAgent,
    });
    if (!sessionId) throw invalidCredentials();
    const refreshToken = await startTokenFamily(tx, sessionId);
    return { sessionId, refreshToken, aal, me: await loadMe(tx, userId, aal) };
  }

  /** Opens a session in a transaction of its own, with `alongside` (an audit entry) in it. */
  async start(
    userId: string,
    aal: 'aal1' | 'aal2',
    meta: RequestMeta,
    alongside?: (tx: Tx) => Promise<unknown>,
  ): Promise<IssuedSession> {
    const opened = await withServiceContext(this.db, async (tx) => {
      const session = await this.open(tx, userId, aal, meta);
      await alongside?.(tx);
      return session;
    });
    return this.tokens(opened);
  }

  /** The tokens of a session that was opened and committed. */
  async tokens({ sessionId, refreshToken, aal, me }: OpenedSession): Promise<IssuedSession> {
    return { body: await this.body(me, sessionId, aal), refreshToken };
  }

  /** A fresh access token (and CSRF token) for a live session, the account read anew. */
  async bodyFor(userId: string, sessionId: string, aal: 'aal1' | 'aal2'): Promise<SessionTokens> {
    const me = await withServiceContext(this.db, (tx) => loadMe(tx, userId, aal));
    return this.body(me, sessionId, aal);
  }

  /** Rotates the refresh token and reads the account, in one transaction. */
  async refresh(refreshToken: string | undefined): Promise<IssuedSession> {
    if (!refreshToken || !isWellFormedRefreshToken(refreshToken)) throw sessionEnded();
    const rotated = await withServiceContext(
      this.db,
      async (tx): Promise<{ outcome: RotationOutcome; me?: Me }> => {
        const outcome = await rotateRefreshTokenIn(tx, refreshToken);
        if (outcome.ok) {
          return { outcome, me: await loadMe(tx, outcome.value.userId, outcome.value.aal) };
        }
        // Committed with the revocation it records.
        if (outcome.reason === 'reuse_detected') {
          await audit(tx, { action: 'auth.refresh_token.reused' });
        }
        return { outcome };
      },
    );
    if (!rotated.outcome.ok || !rotated.me) throw sessionEnded();
    const { value } = rotated.outcome;
    return {
      body: await this.body(rotated.me, value.sessionId, value.aal),
      refreshToken: value.token,
    };
  }

  private async body(me: Me, sessionId: string, aal: 'aal1' | 'aal2'): Promise<SessionTokens> {
    const { settings } = this;
    const accessToken = await issueAccessToken(this.keys, {
      sub: me.id,
      roles: me.roles,
      aal,
      sessionId,
      issuer: settings.issuer,
      audience: settings.audience,
      ttlSeconds: settings.accessTokenTtlSeconds,
    });
    return {
      status: 'signed_in',
      accessToken,
      tokenType: 'Bearer',
      expiresIn: settings.accessTokenTtlSeconds,
      csrfToken: randomBytes(32).toString('base64url'),
      user: me,
      mfaEnrollmentRequired: me.roles.length > 0 && !me.mfaEnabled,
    };
  }
}
