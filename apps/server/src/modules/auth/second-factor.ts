// The second factor of an account: a TOTP secret sealed at rest, and single-use recovery codes.
// Checking a code consumes it atomically in the caller's transaction (service role): the factor
// row is locked, the step must be later than the last one used, a recovery code is marked used.
import { sql } from 'kysely';
import type { Tx } from '../../db/request-context.ts';
import type { SecretBox } from '../../lib/secret-box.ts';
import { hashRecoveryCode } from './recovery-codes.ts';
import { matchTotpStep } from './totp.ts';

/** Associated data binding a sealed secret to its account: a copied row does not open elsewhere. */
export const totpSecretContext = (userId: string) => `mfa_factors:${userId}`;

export interface SecondFactorProof {
  code?: string | undefined;
  recoveryCode?: string | undefined;
}

export type SecondFactorResult = 'ok' | 'invalid' | 'missing' | 'not_enrolled';

/** Accounts joined with their confirmed factor, if any (`factorUserId` is null without one). */
export function usersWithFactor(tx: Tx) {
  return tx
    .selectFrom('users')
    .leftJoin('mfaFactors', (join) =>
      join.onRef('mfaFactors.userId', '=', 'users.id').on('mfaFactors.confirmedAt', 'is not', null),
    )
    .select('mfaFactors.userId as factorUserId');
}

/** Whether the user has a confirmed TOTP factor. */
export async function hasConfirmedFactor(tx: Tx, userId: string): Promise<boolean> {
  const row = await tx
    .selectFrom('mfaFactors')
    .select('userId')
    .where('userId', '=', userId)
    .where('confirmedAt', 'is not', null)
    .executeTakeFirst();
  return row !== undefined;
}

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
  const factor = await tx
    .selectFrom('mfaFactors')
    .select(['secretSealed', 'lastUsedStep'])
    .where('userId', '=', userId)
    .where('confirmedAt', 'is not', null)
    .forUpdate()
    .executeTakeFirst();
  if (!factor) return 'not_enrolled';
  if (proof.code !== undefined) {
    const secret = box.open(factor.secretSealed, totpSecretContext(userId));
    const step = matchTotpStep(secret, proof.code, Number(factor.lastUsedStep));
    if (step === null) return 'invalid';
    await tx
      .updateTable('mfaFactors')
      .set({ lastUsedStep: step })
      .where('userId', '=', userId)
      .execute();
    return 'ok';
  }
  if (proof.recoveryCode !== undefined) {
    const used = await tx
      .updateTable('recoveryCodes')
      .set({ usedAt: sql`now()` })
      .where('userId', '=', userId)
      .where('codeHash', '=', hashRecoveryCode(proof.recoveryCode))
      .where('usedAt', 'is', null)
      .executeTakeFirst();
    return used.numUpdatedRows > 0n ? 'ok' : 'invalid';
  }
  return 'missing';
}

/** Replaces the user's recovery codes with the hashes of new ones. */
export async function storeRecoveryCodes(tx: Tx, userId: string, codes: string[]): Promise<void> {
  await tx.deleteFrom('recoveryCodes').where('userId', '=', userId).execute();
  await tx
    .insertInto('recoveryCodes')
    .values(codes.map((code) => ({ userId, codeHash: hashRecoveryCode(code) })))
    .execute();
}

/** Removes the factor and its recovery codes (disable, or an admin's reset). */
export async function removeSecondFactor(tx: Tx, userId: string): Promise<boolean> {
  await tx.deleteFrom('recoveryCodes').where('userId', '=', userId).execute();
  const removed = await tx.deleteFrom('mfaFactors').where('userId', '=', userId).executeTakeFirst();
  return removed.numDeletedRows > 0n;
}
