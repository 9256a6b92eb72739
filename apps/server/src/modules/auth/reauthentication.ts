// Re-authentication per action (ADR 0009): changing the password, the email or the factor, and
// erasing the account take the current password, and a code when the account has a second
// factor, in the same request. Wrong passwords count towards the account's sign-in lockout.
// One exception (ADR 0029): adding a first second factor within minutes of a sign-in, whose
// password is that recent, does not ask for it again.
import type { Db } from '../../db/database.ts';
import { withServiceContext } from '../../db/request-context.ts';
import { AppError } from '../../lib/app-error.ts';
import { audit } from '../audit/audit.ts';
import { hitRateLimit, peekRateLimit, rateLimited } from '../perimeter/rate-limit.ts';
import { verifyPassword } from './password-hashing.ts';
import { auditMeta, type RequestMeta } from './request-meta.ts';
import type { SecondFactorCheck, SecondFactorProof } from './second-factor.ts';
import { signedInWithin } from './sessions.repository.ts';
import { findCredentials } from './users.repository.ts';

export const LOGIN_FAILURE_LIMIT = 5;
export const LOGIN_FAILURE_WINDOW_SECONDS = 15 * 60;
/**
 * How recent a sign-in stands for the password when adding a first second factor: the time to
 * read the set-up screen and open an authenticator app, no more (ADR 0029).
 */
export const FRESH_SIGN_IN_SECONDS = 5 * 60;

export interface Reauthentication extends SecondFactorProof {
  currentPassword: string;
}

export class Reauthenticator {
  constructor(
    private readonly db: Db,
    private readonly factors: SecondFactorCheck,
  ) {}

  /** The current password, then the second factor when the account has one; throws otherwise. */
  async verify(userId: string, proof: Reauthentication, meta: RequestMeta): Promise<void> {
    const rule = {
      scope: 'login.failure:user',
      key: userId,
      limit: LOGIN_FAILURE_LIMIT,
      windowSeconds: LOGIN_FAILURE_WINDOW_SECONDS,
    };
    const peek = await peekRateLimit(this.db, rule);
    if (peek.blocked) throw rateLimited(undefined, peek.retryAfterSeconds);
    const user = await withServiceContext(this.db, (tx) => findCredentials(tx, userId));
    const verdict = user?.passwordHash
      ? await verifyPassword(user.passwordHash, proof.currentPassword)
      : { valid: false };
    if (!verdict.valid) {
      await hitRateLimit(this.db, rule);
      await withServiceContext(this.db, (tx) =>
        audit(tx, {
          action: 'auth.reauthentication.failed',
          targetType: 'user',
          targetId: userId,
          ...auditMeta(meta),
        }),
      );
      throw new AppError('INVALID_CREDENTIALS', 401, 'Your current password is not right.');
    }
    if (user?.factorUserId) await this.factors.check(userId, proof, meta);
  }

  /**
   * For adding a first second factor only: the password when one is sent (checked as `verify`
   * does, wrong ones counted), otherwise a sign-in of this very session less than
   * FRESH_SIGN_IN_SECONDS ago. REAUTHENTICATION_REQUIRED (403) tells the client to ask for it.
   */
  async verifyOrFreshSignIn(
    claims: { sub: string; session_id?: string | undefined },
    proof: Partial<Reauthentication>,
    meta: RequestMeta,
  ): Promise<void> {
    const { currentPassword, ...factor } = proof;
    if (currentPassword !== undefined) {
      return this.verify(claims.sub, { currentPassword, ...factor }, meta);
    }
    const sessionId = claims.session_id;
    const fresh =
      sessionId !== undefined &&
      (await withServiceContext(this.db, (tx) =>
        signedInWithin(tx, sessionId, claims.sub, FRESH_SIGN_IN_SECONDS),
      ));
    if (!fresh) {
      throw new AppError(
        'REAUTHENTICATION_REQUIRED',
        // 403, not 401: the access token is good (a 401 would send the client to refresh it).
        403,
        'Your sign-in is not recent enough: send your current password.',
      );
    }
  }
}
