// Staff accounts (public.users with roles): the members list, invitations, role changes and the
// first admin. Staff administration runs as the admin, so the policies and the guard trigger
// (users_guard_privileged_columns) decide again; the first admin runs as the service role.
import type { StaffMember } from '@ladiva/contract/auth';
import { sql } from 'kysely';
import type { StaffRole, Tx } from '../../db/request-context.ts';
import { usersWithFactor } from './users.repository.ts';

/** Staff members (accounts with a role), or the one account `id` whatever its roles. */
export async function listStaffMembers(tx: Tx, id?: string): Promise<StaffMember[]> {
  let query = usersWithFactor(tx)
    .select([
      'users.id',
      'users.email',
      'users.displayName',
      'users.roles',
      'users.emailVerifiedAt',
      'users.disabledAt',
      'users.createdAt',
    ])
    .where('users.erasedAt', 'is', null);
  query = id
    ? query.where('users.id', '=', id)
    : query.where(sql<boolean>`cardinality(users.roles) > 0`);
  const rows = await query.orderBy('users.email').execute();
  return rows.map((row) => ({
    id: row.id,
    email: row.email,
    displayName: row.displayName,
    roles: row.roles as StaffRole[],
    mfaEnabled: row.factorUserId !== null,
    pending: row.emailVerifiedAt === null,
    disabled: row.disabledAt !== null,
    createdAt: row.createdAt.toISOString(),
  }));
}

/** The account with this address, if any, and its roles. */
export function findRolesByEmail(tx: Tx, email: string) {
  return tx
    .selectFrom('users')
    .select(['id', 'roles'])
    .where(sql`lower(email)`, '=', email)
    .executeTakeFirst();
}

/** A staff account without a password yet (it chooses one from its invitation); its id. */
export async function insertInvitee(
  tx: Tx,
  user: { email: string; roles: StaffRole[]; displayName: string | null; locale: 'fr' | 'en' },
): Promise<string> {
  const created = await tx
    .insertInto('users')
    .values(user)
    .returning('id')
    .executeTakeFirstOrThrow();
  return created.id;
}

/** What an invitation email needs, and whether the account already has a password. */
export async function findInvitee(tx: Tx, id: string) {
  const user = await tx
    .selectFrom('users')
    .select(['id', 'email', 'displayName', 'locale', 'roles', 'passwordHash'])
    .where('id', '=', id)
    .executeTakeFirstOrThrow();
  return { ...user, roles: user.roles as StaffRole[] };
}

export async function updateStaffAccount(
  tx: Tx,
  id: string,
  changes: { roles?: StaffRole[] | undefined; disabled?: boolean | undefined },
) {
  await tx
    .updateTable('users')
    .set({
      ...(changes.roles ? { roles: changes.roles } : {}),
      ...(changes.disabled !== undefined
        ? { disabledAt: changes.disabled ? sql`coalesce(disabled_at, now())` : null }
        : {}),
    })
    .where('id', '=', id)
    .execute();
}

/** One first admin at a time: serialises instances starting together, and setup links. */
export async function lockFirstAdmin(tx: Tx) {
  await sql`select pg_advisory_xact_lock(hashtext('ladiva.first_admin'))`.execute(tx);
}

export async function hasEnabledAdmin(tx: Tx): Promise<boolean> {
  const admin = await tx
    .selectFrom('users')
    .select('id')
    .where(sql<boolean>`roles @> array['admin']`)
    .where('disabledAt', 'is', null)
    .executeTakeFirst();
  return admin !== undefined;
}

/** A verified admin account, unless the address has one; its id, or undefined. */
export async function insertAdmin(
  tx: Tx,
  user: { email: string; passwordHash: string; displayName: string | null },
): Promise<string | undefined> {
  const created = await tx
    .insertInto('users')
    .values({ ...user, roles: ['admin'], emailVerifiedAt: sql`now()` })
    .onConflict((oc) => oc.expression(sql`lower(email)`).doNothing())
    .returning('id')
    .executeTakeFirst();
  return created?.id;
}

/** Adds the admin role to the account with this address, if it lacks it. */
export async function promoteToAdmin(tx: Tx, email: string) {
  await tx
    .updateTable('users')
    .set({ roles: sql`array(select distinct unnest(roles || array['admin']))` })
    .where(sql`lower(email)`, '=', email)
    .where(sql<boolean>`not (roles @> array['admin'])`)
    .execute();
}
