// Re-authentication per action (ADR 0009): changing the password, the email or the factor, and
// erasing the account take the current password, and a code when the account has a second
// factor, in the same request. Wrong passwords count towards the account's sign-in lockout.
import type { Db } from '../../db/database.ts';
import { withServiceContext } from '../../db/request-context.ts';
import { AppError } from '../../lib/app-error.ts';
import { audit } from '../audit/audit.ts';
import { hitRateLimit, peekRateLimit, rateLimited } from '../perimeter/rate-limit.ts';
import { verifyPassword } from './password-hashing.ts';
import { auditMeta, type RequestMeta } from './request-meta.ts';
import type { SecondFactorCheck, SecondFactorProof } from './second-factor.ts';
import { findCredentials } from './users.repository.ts';

export const LOGIN_FAILURE_LIMIT = 5;
export const LOGIN_FAILURE_WINDOW_SECONDS = 15 * 60;

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
}
