// Sign-in (DESIGN.md, Security; ADRs 0009, 0015, 0016): the password step, then the second-factor
// step when the account has one. Public flows run as the service role (there is no user yet);
// the limits run as anon, in transactions of their own, so that a failure stays counted when the
// attempt is refused.
//
// Transactions per sign-in (pinned by sign-in-transactions.int.test.ts):
//   password step: 1. read the account, its factor, the device's cookie (service role);
//                  2. peek the limits (anon); the password is verified outside any transaction;
//                  3. open the session with its refresh token and audit entry (service role) —
//                     or, with a second factor, hand out the challenge instead;
//   code step:     1. peek the code limit (anon); 2. spend the challenge, consume the code, open
//                  the session and audit it (service role).
//   A failure: the reads, the peek, the hits (anon, one statement) and its audit entry.
//
// Enumeration: a sign-in for an unknown address still spends an argon2 verification.
import { randomBytes } from 'node:crypto';
import type { SignInResponse } from '@ladiva/contract/auth';
import type { Db } from '../../db/database.ts';
import { withServiceContext } from '../../db/request-context.ts';
import { AppError } from '../../lib/app-error.ts';
import { audit } from '../audit/audit.ts';
import { hitRateLimits, peekRateLimits, rateLimited } from '../perimeter/rate-limit.ts';
import { invalidCredentials } from './auth-errors.ts';
import { issueMfaChallenge, verifyMfaChallenge } from './challenge-tokens.ts';
import { hashPassword, verifyPassword } from './password-hashing.ts';
import { liveRefreshSession } from './refresh-tokens.ts';
import { auditMeta, type RequestMeta } from './request-meta.ts';
import type { SecondFactorCheck, SecondFactorProof } from './second-factor.ts';
import type { IssuedSession, SessionIssuer } from './session-issuer.ts';
import { signInRules } from './sign-in-limits.ts';
import type { SigningKeys } from './signing-keys.ts';
import { findSignInAccount, setPasswordHash } from './users.repository.ts';

/** An argon2id hash of a random password: unknown accounts cost the same time as known ones. */
let decoyHash: Promise<string> | undefined;
const decoy = () => (decoyHash ??= hashPassword(randomBytes(16).toString('hex')));

export class SignInService {
  constructor(
    private readonly deps: {
      db: Db;
      keys: SigningKeys;
      /** `iss` and `aud` of the second-factor challenge. */
      challengeIssuer: { issuer: string; audience: string };
      sessions: SessionIssuer;
      factors: SecondFactorCheck;
    },
  ) {}

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
    const { db } = this.deps;
    const { user, known } = await withServiceContext(db, async (tx) => {
      const account = await findSignInAccount(tx, input.email);
      return {
        user: account,
        known:
          account && device.refreshToken
            ? await liveRefreshSession(tx, device.refreshToken)
            : undefined,
      };
    });
    const rules = signInRules({
      email: input.email,
      ip: meta.ip,
      knownDeviceSessionId: known && known.userId === user?.id ? known.sessionId : undefined,
    });
    const peek = await peekRateLimits(db, rules);
    if (peek.blocked) {
      throw rateLimited(
        undefined,
        peek.retryAfterSeconds,
        'Too many failed sign-ins; please wait before trying again.',
      );
    }
    const verdict = await verifyPassword(user?.passwordHash ?? (await decoy()), input.password);
    if (!user || !user.passwordHash || !verdict.valid || user.disabledAt !== null) {
      await hitRateLimits(db, rules);
      await withServiceContext(db, (tx) =>
        audit(tx, {
          action: 'auth.sign_in.failed',
          targetType: user ? 'user' : undefined,
          targetId: user?.id,
          ...auditMeta(meta),
        }),
      );
      throw invalidCredentials();
    }
    const rehashed = verdict.needsRehash ? await hashPassword(input.password) : undefined;
    // Staff are invited (their address is proven by the invitation); guests verify theirs.
    const unverified = user.emailVerifiedAt === null;
    if (unverified || user.factorUserId !== null) {
      if (rehashed) {
        await withServiceContext(db, (tx) => setPasswordHash(tx, user.id, rehashed));
      }
      if (unverified) {
        throw new AppError('EMAIL_NOT_VERIFIED', 403, 'Please confirm your email address first.');
      }
      const { keys, challengeIssuer } = this.deps;
      return {
        response: {
          status: 'mfa_required',
          mfaToken: await issueMfaChallenge(keys, user.id, challengeIssuer),
          methods: ['totp', 'recovery_code'],
        },
      };
    }
    const session = await this.deps.sessions.start(user.id, 'aal1', meta, async (tx) => {
      if (rehashed) await setPasswordHash(tx, user.id, rehashed);
      await audit(tx, {
        action: 'auth.sign_in',
        targetType: 'user',
        targetId: user.id,
        after: { aal: 'aal1' },
        ...auditMeta(meta),
      });
    });
    return { response: session.body, refreshToken: session.refreshToken };
  }

  /** Second step of a sign-in: the challenge and a TOTP or recovery code → an aal2 session. */
  async completeMfa(
    input: { mfaToken: string } & SecondFactorProof,
    meta: RequestMeta,
  ): Promise<IssuedSession> {
    const { keys, challengeIssuer, sessions, factors } = this.deps;
    const challenge = await verifyMfaChallenge(keys, input.mfaToken, challengeIssuer);
    if (!challenge) {
      throw new AppError('UNAUTHENTICATED', 401, 'This sign-in has expired; please start again.');
    }
    const opened = await factors.answer(challenge, input, meta, async (tx) => {
      const session = await sessions.open(tx, challenge.userId, 'aal2', meta);
      await audit(tx, {
        action: 'auth.sign_in',
        targetType: 'user',
        targetId: challenge.userId,
        after: { aal: 'aal2', method: input.code ? 'totp' : 'recovery_code' },
        ...auditMeta(meta),
      });
      return session;
    });
    return sessions.tokens(opened);
  }
}
