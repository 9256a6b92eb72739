// The accounts (public.users): every statement of identity on the table, in the caller's
// transaction. The caller picks the role (service_role for public flows, the user or the admin
// otherwise), so the policies and the guard trigger of migration 0005 decide as before.
import type { Me } from '@ladiva/contract/auth';
import { sql } from 'kysely';
import type { StaffRole, Tx } from '../../db/request-context.ts';

/** Accounts joined with their confirmed factor, if any (`factorUserId` is null without one). */
export function usersWithFactor(tx: Tx) {
  return tx
    .selectFrom('users')
    .leftJoin('mfaFactors', (join) =>
      join.onRef('mfaFactors.userId', '=', 'users.id').on('mfaFactors.confirmedAt', 'is not', null),
    )
    .select('mfaFactors.userId as factorUserId');
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

/** What a sign-in decides on: the account typed (not erased), and whether it has a factor. */
export function findSignInAccount(tx: Tx, email: string) {
  return usersWithFactor(tx)
    .select([
      'users.id',
      'users.passwordHash',
      'users.emailVerifiedAt',
      'users.disabledAt',
      'users.roles',
    ])
    .where(sql`lower(users.email)`, '=', email)
    .where('users.erasedAt', 'is', null)
    .executeTakeFirst();
}

/** The password hash of an account, and whether it has a factor (re-authentication). */
export function findCredentials(tx: Tx, userId: string) {
  return usersWithFactor(tx)
    .select('users.passwordHash')
    .where('users.id', '=', userId)
    .executeTakeFirst();
}

/** Who an account is, for a message or a password check. */
export function findContact(tx: Tx, userId: string) {
  return tx
    .selectFrom('users')
    .select(['id', 'email', 'displayName', 'locale'])
    .where('id', '=', userId)
    .executeTakeFirstOrThrow();
}

/** A guest account, unless the address has one; its id, or undefined. */
export function insertGuest(
  tx: Tx,
  user: { email: string; passwordHash: string; displayName: string | null; locale: 'fr' | 'en' },
) {
  return tx
    .insertInto('users')
    .values(user)
    .onConflict((oc) => oc.expression(sql`lower(email)`).doNothing())
    .returning('id')
    .executeTakeFirst();
}

/** An enabled account with this address (sign-up sends an unverified one a new link). */
export function findEnabledByEmail(tx: Tx, email: string) {
  return tx
    .selectFrom('users')
    .select(['id', 'email', 'displayName', 'locale', 'emailVerifiedAt'])
    .where(sql`lower(email)`, '=', email)
    .where('disabledAt', 'is', null)
    .executeTakeFirst();
}

/** An enabled account with a password whose address is still unverified. */
export function findUnverifiedByEmail(tx: Tx, email: string) {
  return tx
    .selectFrom('users')
    .select(['id', 'email', 'displayName', 'locale'])
    .where(sql`lower(email)`, '=', email)
    .where('emailVerifiedAt', 'is', null)
    .where('disabledAt', 'is', null)
    .where('passwordHash', 'is not', null)
    .executeTakeFirst();
}

/** An enabled, not erased account with a password: one that may reset it. */
export function findResettableByEmail(tx: Tx, email: string) {
  return tx
    .selectFrom('users')
    .select(['id', 'email', 'displayName', 'locale'])
    .where(sql`lower(email)`, '=', email)
    .where('disabledAt', 'is', null)
    .where('erasedAt', 'is', null)
    .where('passwordHash', 'is not', null)
    .executeTakeFirst();
}

/** Whether another account (any but `exceptUserId`) has this address. */
export async function isEmailTaken(tx: Tx, email: string, exceptUserId?: string): Promise<boolean> {
  let query = tx
    .selectFrom('users')
    .select('id')
    .where(sql`lower(email)`, '=', email);
  if (exceptUserId !== undefined) query = query.where('id', '!=', exceptUserId);
  return (await query.executeTakeFirst()) !== undefined;
}

export async function setPasswordHash(tx: Tx, userId: string, passwordHash: string) {
  await tx.updateTable('users').set({ passwordHash }).where('id', '=', userId).execute();
}

/** A password chosen from an emailed link: following the link proves the address as well. */
export async function setPasswordFromLink(
  tx: Tx,
  userId: string,
  { passwordHash, displayName }: { passwordHash: string; displayName?: string | undefined },
) {
  await tx
    .updateTable('users')
    .set({
      passwordHash,
      emailVerifiedAt: sql`coalesce(email_verified_at, now())`,
      ...(displayName ? { displayName } : {}),
    })
    .where('id', '=', userId)
    .execute();
}

export async function markEmailVerified(tx: Tx, userId: string) {
  await tx
    .updateTable('users')
    .set({ emailVerifiedAt: sql`coalesce(email_verified_at, now())` })
    .where('id', '=', userId)
    .execute();
}

/** Moves the account to a new, proven address; returns the old one. */
export async function changeEmail(tx: Tx, userId: string, email: string): Promise<string> {
  const before = await tx
    .selectFrom('users')
    .select('email')
    .where('id', '=', userId)
    .executeTakeFirstOrThrow();
  await tx
    .updateTable('users')
    .set({ email, emailVerifiedAt: sql`now()` })
    .where('id', '=', userId)
    .execute();
  return before.email;
}

export async function updateProfile(
  tx: Tx,
  userId: string,
  set: { displayName?: string | null; locale?: 'fr' | 'en' },
) {
  if (Object.keys(set).length === 0) return;
  await tx.updateTable('users').set(set).where('id', '=', userId).execute();
}

/** The account's own row, as exported to its owner (GDPR). */
export function exportAccount(tx: Tx, userId: string) {
  return tx
    .selectFrom('users')
    .select([
      'id',
      'email',
      'displayName',
      'locale',
      'roles',
      'emailVerifiedAt',
      'createdAt',
      'updatedAt',
    ])
    .where('id', '=', userId)
    .executeTakeFirstOrThrow();
}

/** Turns the account into an anonymous tombstone under a made-up address. */
export async function anonymise(tx: Tx, userId: string, erasedEmail: string) {
  await tx
    .updateTable('users')
    .set({
      email: erasedEmail,
      passwordHash: null,
      displayName: null,
      disabledAt: sql`now()`,
      erasedAt: sql`now()`,
    })
    .where('id', '=', userId)
    .execute();
}
