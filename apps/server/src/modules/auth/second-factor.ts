// Checking a second factor: a TOTP code (the secret sealed at rest) or a single-use recovery
// code, consumed atomically in the caller's transaction (service role): the factor row is locked,
// the step must be later than the last one used, a recovery code is marked used. Wrong codes are
// limited per account (5 in 15 minutes), counted in a transaction of their own so that the count
// survives the refusal.
import type { Db } from '../../db/database.ts';
import { withServiceContext, type Tx } from '../../db/request-context.ts';
import { AppError } from '../../lib/app-error.ts';
import type { SecretBox } from '../../lib/secret-box.ts';
import { audit } from '../audit/audit.ts';
import { hitRateLimit, peekRateLimit, rateLimited } from '../perimeter/rate-limit.ts';
import { invalidCode, mfaRequired } from './auth-errors.ts';
import {
  lockConfirmedFactor,
  setLastUsedStep,
  spendMfaChallenge,
  useRecoveryCode,
} from './factors.repository.ts';
import type { MfaChallenge } from './challenge-tokens.ts';
import { hashRecoveryCode } from './recovery-codes.ts';
import { auditMeta, type RequestMeta } from './request-meta.ts';
import { matchTotpStep } from './totp.ts';

export const MFA_FAILURE_LIMIT = 5;
export const MFA_FAILURE_WINDOW_SECONDS = 15 * 60;

/** Associated data binding a sealed secret to its account: a copied row does not open elsewhere. */
export const totpSecretContext = (userId: string) => `mfa_factors:${userId}`;

export interface SecondFactorProof {
  code?: string | undefined;
  recoveryCode?: string | undefined;
}

export type SecondFactorResult = 'ok' | 'invalid' | 'missing' | 'not_enrolled';

/**
 * Checks and consumes a TOTP code or a recovery code. `missing` when neither was given; the
 * caller decides what that means (a challenge still to answer, or a 403 MFA_REQUIRED).
 */
export async function verifySecondFactor(
  tx: Tx,
  box: SecretBox,
  userId: string,
  proof: SecondFactorProof,
): Promise<SecondFactorResult> {
  const factor = await lockConfirmedFactor(tx, userId);
  if (!factor) return 'not_enrolled';
  if (proof.code !== undefined) {
    const secret = box.open(factor.secretSealed, totpSecretContext(userId));
    const step = matchTotpStep(secret, proof.code, Number(factor.lastUsedStep));
    if (step === null) return 'invalid';
    await setLastUsedStep(tx, userId, step);
    return 'ok';
  }
  if (proof.recoveryCode !== undefined) {
    const used = await useRecoveryCode(tx, userId, hashRecoveryCode(proof.recoveryCode));
    return used ? 'ok' : 'invalid';
  }
  return 'missing';
}

const challengeSpent = () =>
  new AppError('UNAUTHENTICATED', 401, 'This sign-in was already completed; please start again.');

/** Carries a refused code's verdict out of the transaction it rolls back. */
class Refused extends Error {
  constructor(readonly verdict: SecondFactorResult) {
    super(`second factor ${verdict}`);
  }
}

export class SecondFactorCheck {
  constructor(
    private readonly db: Db,
    private readonly box: SecretBox,
  ) {}

  /**
   * Checks (and consumes) a second factor, with its own failure limit per account. Throws
   * MFA_REQUIRED when no proof was given, INVALID_CODE when it is wrong.
   */
  async check(userId: string, proof: SecondFactorProof, meta: RequestMeta): Promise<void> {
    await this.run(userId, proof, meta);
  }

  /**
   * The second step of a sign-in: spends the challenge, checks the code, then runs `accepted` (which
   * opens the session), all in one transaction. A spent challenge is refused before the code is
   * looked at; a refused code, or a failure of `accepted`, rolls everything back: nothing is spent
   * (ADR 0015).
   */
  async answer<T>(
    challenge: MfaChallenge,
    proof: SecondFactorProof,
    meta: RequestMeta,
    accepted: (tx: Tx) => Promise<T>,
  ): Promise<T> {
    const spend = (tx: Tx) => spendMfaChallenge(tx, challenge);
    return (await this.run(challenge.userId, proof, meta, { spend, accepted })) as T;
  }

  private async run<T>(
    userId: string,
    proof: SecondFactorProof,
    meta: RequestMeta,
    challenge?: { spend: (tx: Tx) => Promise<boolean>; accepted: (tx: Tx) => Promise<T> },
  ): Promise<T | undefined> {
    const rule = {
      scope: 'mfa.failure:user',
      key: userId,
      limit: MFA_FAILURE_LIMIT,
      windowSeconds: MFA_FAILURE_WINDOW_SECONDS,
    };
    const peek = await peekRateLimit(this.db, rule);
    if (peek.blocked)
      throw rateLimited(
        undefined,
        peek.retryAfterSeconds,
        'Too many wrong codes; please wait before trying again.',
      );
    const result = await withServiceContext(this.db, async (tx) => {
      if (challenge && !(await challenge.spend(tx))) throw challengeSpent();
      const verdict = await verifySecondFactor(tx, this.box, userId, proof);
      if (!challenge) return { verdict };
      if (verdict !== 'ok') throw new Refused(verdict);
      return { verdict, value: await challenge.accepted(tx) };
    }).catch((error: unknown) => {
      if (error instanceof Refused) return { verdict: error.verdict };
      throw error;
    });
    if (result.verdict === 'missing') throw mfaRequired();
    if (result.verdict !== 'ok') {
      await hitRateLimit(this.db, rule);
      await withServiceContext(this.db, (tx) =>
        audit(tx, {
          action: 'auth.mfa.failed',
          targetType: 'user',
          targetId: userId,
          ...auditMeta(meta),
        }),
      );
      throw invalidCode();
    }
    return 'value' in result ? result.value : undefined;
  }
}
