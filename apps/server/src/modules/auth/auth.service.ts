// The public identity flows (DESIGN.md, Security; issue #4): sign-up and email verification,
// sign-in with a second factor, token refresh and sign-out, password reset, staff invitations and
// the first admin. They run as service_role — there is no user yet to run as — and write their
// audit entries in the same transaction as the change they record.
//
// Enumeration: sign-up, resend and forgot-password answer the same whether the address exists;
// a sign-in for an unknown address still spends an argon2 verification.
import { randomBytes } from 'node:crypto';
import type { Me, SessionTokens, SignInResponse } from '@ladiva/contract/auth';
import { CONSENT_WORDING_VERSION } from '@ladiva/contract/auth-vocabulary';
import { sql } from 'kysely';
import type { Db } from '../../db/database.ts';
import { withServiceContext, type StaffRole, type Tx } from '../../db/request-context.ts';
import { AppError } from '../../lib/app-error.ts';
import type { SecretBox } from '../../lib/secret-box.ts';
import type { NotificationService } from '../../services/notifications/notification-service.ts';
import { audit } from '../audit/audit.ts';
import {
  hitRateLimit,
  peekRateLimit,
  peekRateLimits,
  rateLimited,
} from '../perimeter/rate-limit.ts';
import { issueAccessToken } from './access-tokens.ts';
import {
  createLink,
  findLiveLink,
  LINK_LIFETIME_MINUTES,
  linkUrl,
  markLinkUsed,
} from './auth-links.ts';
import { issueMfaChallenge, verifyMfaChallenge, type MfaChallenge } from './challenge-tokens.ts';
import { hashPassword, verifyPassword } from './password-hashing.ts';
import { checkPassword } from './password-policy.ts';
import { signInRules } from './sign-in-limits.ts';
import {
  hashRefreshToken,
  issueRefreshToken,
  liveRefreshSession,
  RefreshTokenError,
  rotateRefreshToken,
} from './refresh-tokens.ts';
import {
  hasConfirmedFactor,
  usersWithFactor,
  verifySecondFactor,
  type SecondFactorProof,
  type SecondFactorResult,
} from './second-factor.ts';
import {
  createSession,
  revokeAllSessions,
  revokeSession,
  SessionError,
} from './session-service.ts';
import type { SigningKeys } from './signing-keys.ts';

/** Where a request came from, for rate limits and the audit log. */
export interface RequestMeta {
  ip: string;
  userAgent?: string | undefined;
  requestId: string;
}

export interface AuthSettings {
  publicUrl: string;
  /** `iss` of every token: the public URL. */
  issuer: string;
  /** `aud` of access tokens. */
  audience: string;
  accessTokenTtlSeconds: number;
}

export interface AuthDependencies {
  db: Db;
  keys: SigningKeys;
  box: SecretBox;
  notifications: NotificationService;
  settings: AuthSettings;
}

/** A session as handed to the client: the JSON body, and the refresh token for the cookie. */
export interface IssuedSession {
  body: SessionTokens;
  refreshToken: string;
}

export const LOGIN_FAILURE_LIMIT = 5;
export const LOGIN_FAILURE_WINDOW_SECONDS = 15 * 60;
export const MFA_FAILURE_LIMIT = 5;

/** An argon2id hash of a random password: unknown accounts cost the same time as known ones. */
let decoyHash: Promise<string> | undefined;
const decoy = () => (decoyHash ??= hashPassword(randomBytes(16).toString('hex')));

const invalidCredentials = () =>
  new AppError('INVALID_CREDENTIALS', 401, 'The email or the password is not right.');
const invalidLink = () =>
  new AppError('INVALID_LINK', 400, 'This link has expired or has already been used.');
const invalidCode = () => new AppError('INVALID_CODE', 401, 'This code is not right.');
export const mfaRequired = () =>
  new AppError('MFA_REQUIRED', 403, 'A code from your authenticator app is required.');

const challengeSpent = () =>
  new AppError('UNAUTHENTICATED', 401, 'This sign-in was already completed; please start again.');

/** Carries a refused code's verdict out of the transaction it rolls back. */
class Refused extends Error {
  constructor(readonly verdict: SecondFactorResult) {
    super(`second factor ${verdict}`);
  }
}

/**
 * Records a sign-in's challenge as spent (migration 0017); false when it already was. A concurrent
 * use waits on this insert until the first commits (then finds it) or rolls back (then spends it).
 */
async function spendMfaChallenge(tx: Tx, challenge: MfaChallenge): Promise<boolean> {
  const spent = await tx
    .insertInto('usedMfaChallenges')
    .values({ jti: challenge.jti, userId: challenge.userId, expiresAt: challenge.expiresAt })
    .onConflict((oc) => oc.column('jti').doNothing())
    .returning('jti')
    .executeTakeFirst();
  return spent !== undefined;
}

export function assertStrongPassword(
  password: string,
  context: { email?: string; name?: string | null },
) {
  const check = checkPassword(password, { email: context.email, name: context.name ?? undefined });
  if (!check.ok) {
    throw new AppError('WEAK_PASSWORD', 400, 'Please choose another password.', {
      reason: check.reason,
    });
  }
}

/** The account as its owner sees it. */
export async function loadMe(tx: Tx, userId: string, aal: 'aal1' | 'aal2'): Promise<Me> {
  const user = await usersWithFactor(tx)
    .select([
      'users.id',
      'users.email',
      'users.displayName',
      'users.locale',
      'users.roles',
      'users.emailVerifiedAt',
      'users.createdAt',
    ])
    .where('users.id', '=', userId)
    .executeTakeFirstOrThrow();
  return {
    id: user.id,
    email: user.email,
    displayName: user.displayName,
    locale: user.locale,
    roles: user.roles as StaffRole[],
    emailVerified: user.emailVerifiedAt !== null,
    mfaEnabled: user.factorUserId !== null,
    aal,
    createdAt: user.createdAt.toISOString(),
  };
}

export class AuthService {
  constructor(private readonly deps: AuthDependencies) {}

  get keys(): SigningKeys {
    return this.deps.keys;
  }

  get settings(): AuthSettings {
    return this.deps.settings;
  }

  private get tokenIssuer() {
    return { issuer: this.deps.settings.issuer, audience: `${this.deps.settings.audience}:mfa` };
  }

  private service<T>(fn: (tx: Tx) => Promise<T>): Promise<T> {
    return withServiceContext(this.deps.db, fn);
  }

  private auditMeta(meta: RequestMeta) {
    return { ip: meta.ip, userAgent: meta.userAgent, requestId: meta.requestId };
  }

  // -------------------------------------------------------------------------------------------
  // Sessions and tokens.

  /** Opens a session and issues its first tokens. */
  async startSession(
    userId: string,
    aal: 'aal1' | 'aal2',
    meta: RequestMeta,
  ): Promise<IssuedSession> {
    let sessionId: string;
    try {
      sessionId = await createSession(this.deps.db, {
        userId,
        aal,
        ip: meta.ip,
        userAgent: meta.userAgent,
      });
    } catch (error) {
      // Disabled (or erased) between the password step and now.
      if (error instanceof SessionError) throw invalidCredentials();
      throw error;
    }
    const refreshToken = await issueRefreshToken(this.deps.db, sessionId);
    return { body: await this.sessionBody(userId, sessionId, aal), refreshToken };
  }

  /** A fresh access token (and CSRF token) for a live session. */
  async sessionBody(
    userId: string,
    sessionId: string,
    aal: 'aal1' | 'aal2',
  ): Promise<SessionTokens> {
    const user = await this.service((tx) => loadMe(tx, userId, aal));
    const { settings } = this.deps;
    const accessToken = await issueAccessToken(this.deps.keys, {
      sub: userId,
      roles: user.roles,
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
      user,
      mfaEnrollmentRequired: user.roles.length > 0 && !user.mfaEnabled,
    };
  }

  async refresh(refreshToken: string | undefined): Promise<IssuedSession> {
    const ended = () =>
      new AppError('SESSION_ENDED', 401, 'Your session has ended; please sign in.');
    if (!refreshToken) throw ended();
    try {
      const rotated = await rotateRefreshToken(this.deps.db, refreshToken);
      return {
        body: await this.sessionBody(rotated.userId, rotated.sessionId, rotated.aal),
        refreshToken: rotated.token,
      };
    } catch (error) {
      if (error instanceof RefreshTokenError) {
        if (error.reason === 'reuse_detected') {
          await this.service((tx) => audit(tx, { action: 'auth.refresh_token.reused' }));
        }
        throw ended();
      }
      throw error;
    }
  }

  /** Ends the session a refresh token or an access token belongs to. */
  async signOut(
    {
      sessionId,
      refreshToken,
    }: { sessionId?: string | undefined; refreshToken?: string | undefined },
    meta: RequestMeta,
  ): Promise<void> {
    let id = sessionId;
    if (!id && refreshToken) {
      const row = await this.service((tx) =>
        tx
          .selectFrom('refreshTokens')
          .select('sessionId')
          .where('tokenHash', '=', hashRefreshToken(refreshToken))
          .executeTakeFirst(),
      );
      id = row?.sessionId;
    }
    if (!id) return;
    if (await revokeSession(this.deps.db, id, { reason: 'sign_out' })) {
      await this.service((tx) =>
        audit(tx, {
          action: 'auth.sign_out',
          targetType: 'session',
          targetId: id,
          ...this.auditMeta(meta),
        }),
      );
    }
  }

  // -------------------------------------------------------------------------------------------
  // Sign-up and verification.

  async signUp(
    input: {
      email: string;
      password: string;
      displayName?: string | undefined;
      locale: 'fr' | 'en';
      marketingEmail: boolean;
    },
    meta: RequestMeta,
  ): Promise<void> {
    assertStrongPassword(input.password, { email: input.email, name: input.displayName });
    const passwordHash = await hashPassword(input.password);
    await this.service(async (tx) => {
      const created = await tx
        .insertInto('users')
        .values({
          email: input.email,
          passwordHash,
          displayName: input.displayName ?? null,
          locale: input.locale,
        })
        .onConflict((oc) => oc.expression(sql`lower(email)`).doNothing())
        .returning('id')
        .executeTakeFirst();
      if (created) {
        await tx
          .insertInto('consents')
          .values([
            {
              userId: created.id,
              kind: 'terms',
              granted: true,
              wordingVersion: CONSENT_WORDING_VERSION,
              ip: meta.ip,
            },
            {
              userId: created.id,
              kind: 'marketing_email',
              granted: input.marketingEmail,
              wordingVersion: CONSENT_WORDING_VERSION,
              ip: meta.ip,
            },
          ])
          .execute();
        await audit(tx, {
          action: 'auth.sign_up',
          targetType: 'user',
          targetId: created.id,
          ...this.auditMeta(meta),
        });
        await this.sendVerification(tx, created.id, input.email, input.displayName, input.locale);
        return;
      }
      // The address has an account: a new link if it was never verified, nothing otherwise.
      const existing = await tx
        .selectFrom('users')
        .select(['id', 'email', 'displayName', 'locale', 'emailVerifiedAt'])
        .where(sql`lower(email)`, '=', input.email)
        .where('disabledAt', 'is', null)
        .executeTakeFirst();
      if (existing && existing.emailVerifiedAt === null) {
        await this.sendVerification(
          tx,
          existing.id,
          existing.email,
          existing.displayName,
          existing.locale,
        );
      }
    });
  }

  private async sendVerification(
    tx: Tx,
    userId: string,
    email: string,
    name: string | null | undefined,
    locale: 'fr' | 'en',
    kind: 'email_verification' | 'email_change' = 'email_verification',
  ) {
    const token = await createLink(tx, { kind, userId, email });
    await this.deps.notifications.notify(tx, {
      kind: 'email_verification',
      channel: 'email',
      recipient: email,
      locale,
      data: {
        ...(name ? { name } : {}),
        expiresInMinutes: LINK_LIFETIME_MINUTES[kind],
      },
      secrets: { verifyUrl: linkUrl(this.deps.settings.publicUrl, kind, token) },
    });
  }

  /** Sends a link confirming a new address (the change applies when it is followed). */
  sendEmailChange(
    tx: Tx,
    user: { id: string; displayName: string | null; locale: 'fr' | 'en' },
    newEmail: string,
  ) {
    return this.sendVerification(
      tx,
      user.id,
      newEmail,
      user.displayName,
      user.locale,
      'email_change',
    );
  }

  async resendVerification(email: string): Promise<void> {
    await this.service(async (tx) => {
      const user = await tx
        .selectFrom('users')
        .select(['id', 'email', 'displayName', 'locale'])
        .where(sql`lower(email)`, '=', email)
        .where('emailVerifiedAt', 'is', null)
        .where('disabledAt', 'is', null)
        .where('passwordHash', 'is not', null)
        .executeTakeFirst();
      if (user) await this.sendVerification(tx, user.id, user.email, user.displayName, user.locale);
    });
  }

  async verifyEmail(token: string, meta: RequestMeta): Promise<void> {
    await this.service(async (tx) => {
      const link = await findLiveLink(tx, token, ['email_verification', 'email_change']);
      if (!link?.userId) throw invalidLink();
      await markLinkUsed(tx, link.id);
      if (link.kind === 'email_change' && link.email) {
        const taken = await tx
          .selectFrom('users')
          .select('id')
          .where(sql`lower(email)`, '=', link.email.toLowerCase())
          .where('id', '!=', link.userId)
          .executeTakeFirst();
        if (taken) throw invalidLink();
        const before = await tx
          .selectFrom('users')
          .select('email')
          .where('id', '=', link.userId)
          .executeTakeFirstOrThrow();
        await tx
          .updateTable('users')
          .set({ email: link.email, emailVerifiedAt: sql`now()` })
          .where('id', '=', link.userId)
          .execute();
        await audit(tx, {
          action: 'auth.email.changed',
          targetType: 'user',
          targetId: link.userId,
          before: { email: before.email },
          after: { email: link.email },
          ...this.auditMeta(meta),
        });
        return;
      }
      await tx
        .updateTable('users')
        .set({ emailVerifiedAt: sql`coalesce(email_verified_at, now())` })
        .where('id', '=', link.userId)
        .execute();
      await audit(tx, {
        action: 'auth.email.verified',
        targetType: 'user',
        targetId: link.userId,
        ...this.auditMeta(meta),
      });
    });
  }

  // -------------------------------------------------------------------------------------------
  // Sign-in.

  /**
   * Email and password → a session, or a second-factor challenge. Failures are limited per
   * address and account, per account, and per address (sign-in-limits.ts); `device` is the
   * refresh cookie sent along, which marks a device already signed in to this account.
   */
  async signIn(
    input: { email: string; password: string },
    meta: RequestMeta,
    device: { refreshToken?: string | undefined } = {},
  ): Promise<{ response: SignInResponse; refreshToken?: string }> {
    const user = await this.service((tx) =>
      tx
        .selectFrom('users')
        .select(['id', 'passwordHash', 'emailVerifiedAt', 'disabledAt', 'roles'])
        .where(sql`lower(email)`, '=', input.email)
        .where('erasedAt', 'is', null)
        .executeTakeFirst(),
    );
    const known =
      user && device.refreshToken
        ? await liveRefreshSession(this.deps.db, device.refreshToken)
        : undefined;
    const rules = signInRules({
      email: input.email,
      ip: meta.ip,
      knownDeviceSessionId: known && known.userId === user?.id ? known.sessionId : undefined,
    });
    const peek = await peekRateLimits(this.deps.db, rules);
    if (peek.blocked) {
      throw rateLimited(
        undefined,
        peek.retryAfterSeconds,
        'Too many failed sign-ins; please wait before trying again.',
      );
    }
    const verdict = await verifyPassword(user?.passwordHash ?? (await decoy()), input.password);
    if (!user || !user.passwordHash || !verdict.valid || user.disabledAt !== null) {
      await Promise.all(rules.map((rule) => hitRateLimit(this.deps.db, rule)));
      await this.service((tx) =>
        audit(tx, {
          action: 'auth.sign_in.failed',
          targetType: user ? 'user' : undefined,
          targetId: user?.id,
          ...this.auditMeta(meta),
        }),
      );
      throw invalidCredentials();
    }
    if (verdict.needsRehash) {
      const rehashed = await hashPassword(input.password);
      await this.service((tx) =>
        tx.updateTable('users').set({ passwordHash: rehashed }).where('id', '=', user.id).execute(),
      );
    }
    // Staff are invited (their address is proven by the invitation); guests verify theirs.
    if (user.emailVerifiedAt === null) {
      throw new AppError('EMAIL_NOT_VERIFIED', 403, 'Please confirm your email address first.');
    }
    const withFactor = await this.service((tx) => hasConfirmedFactor(tx, user.id));
    if (withFactor) {
      return {
        response: {
          status: 'mfa_required',
          mfaToken: await issueMfaChallenge(this.deps.keys, user.id, this.tokenIssuer),
          methods: ['totp', 'recovery_code'],
        },
      };
    }
    const session = await this.startSession(user.id, 'aal1', meta);
    await this.service((tx) =>
      audit(tx, {
        action: 'auth.sign_in',
        targetType: 'user',
        targetId: user.id,
        after: { aal: 'aal1' },
        ...this.auditMeta(meta),
      }),
    );
    return { response: session.body, refreshToken: session.refreshToken };
  }

  /** Second step of a sign-in: the challenge and a TOTP or recovery code → an aal2 session. */
  async completeMfa(
    input: { mfaToken: string } & SecondFactorProof,
    meta: RequestMeta,
  ): Promise<IssuedSession> {
    const challenge = await verifyMfaChallenge(this.deps.keys, input.mfaToken, this.tokenIssuer);
    if (!challenge) {
      throw new AppError('UNAUTHENTICATED', 401, 'This sign-in has expired; please start again.');
    }
    const { userId } = challenge;
    await this.checkSecondFactor(userId, input, meta, (tx) => spendMfaChallenge(tx, challenge));
    const session = await this.startSession(userId, 'aal2', meta);
    await this.service((tx) =>
      audit(tx, {
        action: 'auth.sign_in',
        targetType: 'user',
        targetId: userId,
        after: { aal: 'aal2', method: input.code ? 'totp' : 'recovery_code' },
        ...this.auditMeta(meta),
      }),
    );
    return session;
  }

  /**
   * Checks (and consumes) a second factor, with its own failure limit per account. Throws
   * MFA_REQUIRED when no proof was given, INVALID_CODE when it is wrong. `spend`, when given, runs
   * first in the same transaction and says whether what the code is offered with (a sign-in's
   * challenge) was still unspent: if not, the code is not even looked at; if the code is refused,
   * the transaction rolls back and nothing is spent.
   */
  async checkSecondFactor(
    userId: string,
    proof: SecondFactorProof,
    meta: RequestMeta,
    spend?: (tx: Tx) => Promise<boolean>,
  ): Promise<void> {
    const rule = {
      scope: 'mfa.failure:user',
      key: userId,
      limit: MFA_FAILURE_LIMIT,
      windowSeconds: LOGIN_FAILURE_WINDOW_SECONDS,
    };
    const peek = await peekRateLimit(this.deps.db, rule);
    if (peek.blocked)
      throw rateLimited(
        undefined,
        peek.retryAfterSeconds,
        'Too many wrong codes; please wait before trying again.',
      );
    const result = await this.service(async (tx) => {
      if (spend && !(await spend(tx))) throw challengeSpent();
      const verdict = await verifySecondFactor(tx, this.deps.box, userId, proof);
      if (spend && verdict !== 'ok') throw new Refused(verdict);
      return verdict;
    }).catch((error: unknown) => {
      if (error instanceof Refused) return error.verdict;
      throw error;
    });
    if (result === 'missing') throw mfaRequired();
    if (result !== 'ok') {
      await hitRateLimit(this.deps.db, rule);
      await this.service((tx) =>
        audit(tx, {
          action: 'auth.mfa.failed',
          targetType: 'user',
          targetId: userId,
          ...this.auditMeta(meta),
        }),
      );
      throw invalidCode();
    }
  }

  // -------------------------------------------------------------------------------------------
  // Password reset.

  async forgotPassword(
    email: string,
    locale: 'fr' | 'en' | undefined,
    meta: RequestMeta,
  ): Promise<void> {
    await this.service(async (tx) => {
      const user = await tx
        .selectFrom('users')
        .select(['id', 'email', 'displayName', 'locale'])
        .where(sql`lower(email)`, '=', email)
        .where('disabledAt', 'is', null)
        .where('erasedAt', 'is', null)
        .where('passwordHash', 'is not', null)
        .executeTakeFirst();
      if (!user) return;
      const token = await createLink(tx, {
        kind: 'password_reset',
        userId: user.id,
        email: user.email,
      });
      await this.deps.notifications.notify(tx, {
        kind: 'password_reset',
        channel: 'email',
        recipient: user.email,
        locale: locale ?? user.locale,
        data: {
          ...(user.displayName ? { name: user.displayName } : {}),
          expiresInMinutes: LINK_LIFETIME_MINUTES.password_reset,
        },
        secrets: { resetUrl: linkUrl(this.deps.settings.publicUrl, 'password_reset', token) },
      });
      await audit(tx, {
        action: 'auth.password_reset.requested',
        targetType: 'user',
        targetId: user.id,
        ...this.auditMeta(meta),
      });
    });
  }

  /** What a link is for, so that the page can ask for the right things. */
  async linkInfo(token: string) {
    return this.service(async (tx) => {
      const link = await findLiveLink(tx, token, ['invitation', 'password_reset', 'setup']);
      if (!link) throw invalidLink();
      const mfaRequired = link.userId !== null && (await hasConfirmedFactor(tx, link.userId));
      return {
        kind: link.kind as 'invitation' | 'password_reset' | 'setup',
        email: link.email,
        mfaRequired,
      };
    });
  }

  /** A new password from a reset link; never bypasses a second factor; ends every session. */
  async resetPassword(
    input: { token: string; password: string } & SecondFactorProof,
    meta: RequestMeta,
  ): Promise<void> {
    const link = await this.service((tx) => findLiveLink(tx, input.token, ['password_reset']));
    if (!link?.userId) throw invalidLink();
    const userId = link.userId;
    const user = await this.service((tx) =>
      tx
        .selectFrom('users')
        .select(['email', 'displayName'])
        .where('id', '=', userId)
        .executeTakeFirstOrThrow(),
    );
    assertStrongPassword(input.password, { email: user.email, name: user.displayName });
    if (await this.service((tx) => hasConfirmedFactor(tx, userId))) {
      await this.checkSecondFactor(userId, input, meta);
    }
    const passwordHash = await hashPassword(input.password);
    await this.service(async (tx) => {
      // Locked again: two concurrent resets with one link, only one wins.
      const live = await findLiveLink(tx, input.token, ['password_reset']);
      if (!live) throw invalidLink();
      await markLinkUsed(tx, live.id);
      // Following the emailed link proves the address as well.
      await tx
        .updateTable('users')
        .set({ passwordHash, emailVerifiedAt: sql`coalesce(email_verified_at, now())` })
        .where('id', '=', userId)
        .execute();
      await audit(tx, {
        action: 'auth.password.reset',
        targetType: 'user',
        targetId: userId,
        ...this.auditMeta(meta),
      });
    });
    await revokeAllSessions(this.deps.db, userId, 'password_reset');
  }

  // -------------------------------------------------------------------------------------------
  // Staff: invitations, and the first admin.

  async acceptInvitation(
    input: { token: string; password: string; displayName?: string | undefined },
    meta: RequestMeta,
  ): Promise<void> {
    const link = await this.service((tx) => findLiveLink(tx, input.token, ['invitation']));
    if (!link?.userId) throw invalidLink();
    assertStrongPassword(input.password, {
      email: link.email ?? undefined,
      name: input.displayName,
    });
    const passwordHash = await hashPassword(input.password);
    await this.service(async (tx) => {
      const live = await findLiveLink(tx, input.token, ['invitation']);
      if (!live?.userId) throw invalidLink();
      await markLinkUsed(tx, live.id);
      await tx
        .updateTable('users')
        .set({
          passwordHash,
          emailVerifiedAt: sql`coalesce(email_verified_at, now())`,
          ...(input.displayName ? { displayName: input.displayName } : {}),
        })
        .where('id', '=', live.userId)
        .execute();
      await audit(tx, {
        action: 'staff.invitation.accepted',
        targetType: 'user',
        targetId: live.userId,
        ...this.auditMeta(meta),
      });
    });
  }

  /** Sends (or re-sends) an invitation link to a staff account without a password. */
  async sendInvitation(
    tx: Tx,
    user: {
      id: string;
      email: string;
      displayName: string | null;
      locale: 'fr' | 'en';
      roles: StaffRole[];
    },
    inviterName: string,
  ): Promise<void> {
    const token = await createLink(tx, { kind: 'invitation', userId: user.id, email: user.email });
    await this.deps.notifications.notify(tx, {
      kind: 'staff_invitation',
      channel: 'email',
      recipient: user.email,
      locale: user.locale,
      data: {
        inviterName,
        ...(user.displayName ? { inviteeName: user.displayName } : {}),
        roles: user.roles,
        expiresInHours: Math.round(LINK_LIFETIME_MINUTES.invitation / 60),
      },
      secrets: { acceptUrl: linkUrl(this.deps.settings.publicUrl, 'invitation', token) },
    });
  }

  /**
   * The first admin from ADMIN_EMAIL / ADMIN_PASSWORD (idempotent: an existing account with that
   * address gets the admin role, its password is left alone). Without them, and while no admin
   * exists, a one-time setup link; returns it so that the server prints it.
   */
  async ensureFirstAdmin(admin: {
    email?: string | undefined;
    password?: string | undefined;
  }): Promise<{ created: 'admin' | 'existing' } | { setupUrl: string } | { created: 'none' }> {
    if (admin.email && admin.password) {
      const email = admin.email.trim().toLowerCase();
      assertStrongPassword(admin.password, { email });
      const passwordHash = await hashPassword(admin.password);
      return this.service(async (tx) => {
        const created = await tx
          .insertInto('users')
          .values({
            email,
            passwordHash,
            roles: ['admin'],
            emailVerifiedAt: sql`now()`,
            displayName: null,
          })
          .onConflict((oc) => oc.expression(sql`lower(email)`).doNothing())
          .returning('id')
          .executeTakeFirst();
        if (created) {
          await audit(tx, {
            action: 'staff.admin.bootstrapped',
            targetType: 'user',
            targetId: created.id,
          });
          return { created: 'admin' as const };
        }
        await tx
          .updateTable('users')
          .set({ roles: sql`array(select distinct unnest(roles || array['admin']))` })
          .where(sql`lower(email)`, '=', email)
          .where(sql<boolean>`not (roles @> array['admin'])`)
          .execute();
        return { created: 'existing' as const };
      });
    }
    return this.service(async (tx) => {
      // One admin at a time creates this link: the lock serialises instances starting together.
      await sql`select pg_advisory_xact_lock(hashtext('ladiva.first_admin'))`.execute(tx);
      const admin = await tx
        .selectFrom('users')
        .select('id')
        .where(sql<boolean>`roles @> array['admin']`)
        .where('disabledAt', 'is', null)
        .executeTakeFirst();
      if (admin) return { created: 'none' as const };
      await tx
        .updateTable('authLinks')
        .set({ usedAt: sql`now()` })
        .where('kind', '=', 'setup')
        .where('usedAt', 'is', null)
        .execute();
      const token = await createLink(tx, { kind: 'setup', userId: null, email: null });
      return { setupUrl: linkUrl(this.deps.settings.publicUrl, 'setup', token) };
    });
  }

  async completeSetup(
    input: { token: string; email: string; password: string; displayName?: string | undefined },
    meta: RequestMeta,
  ): Promise<void> {
    assertStrongPassword(input.password, { email: input.email, name: input.displayName });
    const passwordHash = await hashPassword(input.password);
    await this.service(async (tx) => {
      await sql`select pg_advisory_xact_lock(hashtext('ladiva.first_admin'))`.execute(tx);
      const link = await findLiveLink(tx, input.token, ['setup']);
      if (!link) throw invalidLink();
      await markLinkUsed(tx, link.id);
      const created = await tx
        .insertInto('users')
        .values({
          email: input.email,
          passwordHash,
          roles: ['admin'],
          emailVerifiedAt: sql`now()`,
          displayName: input.displayName ?? null,
        })
        .onConflict((oc) => oc.expression(sql`lower(email)`).doNothing())
        .returning('id')
        .executeTakeFirst();
      if (!created)
        throw new AppError('CONFLICT', 409, 'An account with this email already exists.');
      await audit(tx, {
        action: 'staff.admin.setup',
        targetType: 'user',
        targetId: created.id,
        ...this.auditMeta(meta),
      });
    });
  }
}
