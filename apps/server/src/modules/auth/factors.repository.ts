// Second factors: the TOTP factor (public.mfa_factors, its secret sealed), recovery codes (their
// SHA-256 only) and the spent sign-in challenges (public.used_mfa_challenges, migration 0017), in
// the caller's transaction: the service role for a user's own factor, the admin for a reset.
import { sql } from 'kysely';
import type { Tx } from '../../db/request-context.ts';

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

/** The confirmed factor, locked: a code is checked and spent under this lock. */
export function lockConfirmedFactor(tx: Tx, userId: string) {
  return tx
    .selectFrom('mfaFactors')
    .select(['secretSealed', 'lastUsedStep'])
    .where('userId', '=', userId)
    .where('confirmedAt', 'is not', null)
    .forUpdate()
    .executeTakeFirst();
}

/** The factor being enrolled (not yet confirmed), locked. */
export function lockPendingFactor(tx: Tx, userId: string) {
  return tx
    .selectFrom('mfaFactors')
    .select(['secretSealed', 'lastUsedStep'])
    .where('userId', '=', userId)
    .where('confirmedAt', 'is', null)
    .forUpdate()
    .executeTakeFirst();
}

/** A new secret to enrol, replacing an unconfirmed one. */
export async function upsertPendingFactor(tx: Tx, userId: string, secretSealed: string) {
  await tx
    .insertInto('mfaFactors')
    .values({ userId, secretSealed })
    .onConflict((oc) =>
      oc.column('userId').doUpdateSet({
        secretSealed,
        lastUsedStep: 0,
        createdAt: sql`now()`,
      }),
    )
    .execute();
}

/** The first accepted code confirms the factor. */
export async function confirmFactor(tx: Tx, userId: string, step: number) {
  await tx
    .updateTable('mfaFactors')
    .set({ confirmedAt: sql`now()`, lastUsedStep: step })
    .where('userId', '=', userId)
    .execute();
}

/** Records the step of an accepted code: neither it nor an earlier one works again. */
export async function setLastUsedStep(tx: Tx, userId: string, step: number) {
  await tx
    .updateTable('mfaFactors')
    .set({ lastUsedStep: step })
    .where('userId', '=', userId)
    .execute();
}

/** Spends an unused recovery code of the user; false when there is none with this hash. */
export async function useRecoveryCode(tx: Tx, userId: string, codeHash: Buffer): Promise<boolean> {
  const used = await tx
    .updateTable('recoveryCodes')
    .set({ usedAt: sql`now()` })
    .where('userId', '=', userId)
    .where('codeHash', '=', codeHash)
    .where('usedAt', 'is', null)
    .executeTakeFirst();
  return used.numUpdatedRows > 0n;
}

/** Replaces the user's recovery codes with these hashes. */
export async function replaceRecoveryCodes(
  tx: Tx,
  userId: string,
  codeHashes: Buffer[],
): Promise<void> {
  await tx.deleteFrom('recoveryCodes').where('userId', '=', userId).execute();
  await tx
    .insertInto('recoveryCodes')
    .values(codeHashes.map((codeHash) => ({ userId, codeHash })))
    .execute();
}

/** Removes the factor and its recovery codes (disable, erasure, or an admin's reset). */
export async function removeSecondFactor(tx: Tx, userId: string): Promise<boolean> {
  await tx.deleteFrom('recoveryCodes').where('userId', '=', userId).execute();
  const removed = await tx.deleteFrom('mfaFactors').where('userId', '=', userId).executeTakeFirst();
  return removed.numDeletedRows > 0n;
}

/**
 * Records a sign-in's challenge as spent; false when it already was. A concurrent use waits on
 * this insert until the first commits (then finds it) or rolls back (then spends it).
 */
export async function spendMfaChallenge(
  tx: Tx,
  challenge: { jti: string; userId: string; expiresAt: Date },
): Promise<boolean> {
  const spent = await tx
    .insertInto('usedMfaChallenges')
    .values({ jti: challenge.jti, userId: challenge.userId, expiresAt: challenge.expiresAt })
    .onConflict((oc) => oc.column('jti').doNothing())
    .returning('jti')
    .executeTakeFirst();
  return spent !== undefined;
}

/** The caller's factor as exported to its owner (GDPR): dates only, never the secret. */
export function exportFactor(tx: Tx) {
  return tx.selectFrom('mfaFactors').select(['confirmedAt', 'createdAt']).executeTakeFirst();
}
