// Staff administration by admins with a second factor: list, invite, change roles, disable,
// reset a colleague's second factor, end their sessions. Each change runs as the admin, so the
// database's policies and its guard trigger decide again; only the follow-ups that touch secrets
// (links, refresh tokens) run as the service role, after the admin's own statement succeeded.
import type { StaffMember } from '@ladiva/contract/auth';
import type { StaffRole } from '@ladiva/contract/auth-vocabulary';
import { sql } from 'kysely';
import type { Db } from '../../db/database.ts';
import { withRequestContext, withServiceContext, type Tx } from '../../db/request-context.ts';
import { AppError, notFound } from '../../lib/app-error.ts';
import { audit } from '../audit/audit.ts';
import type { UserClaims } from '../../plugins/request-claims.ts';
import type { AuthService, RequestMeta } from './auth.service.ts';
import { usersWithFactor } from './second-factor.ts';
import { revokeAllSessions } from './session-service.ts';

async function loadMembers(tx: Tx, id?: string): Promise<StaffMember[]> {
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

export class StaffService {
  constructor(
    private readonly db: Db,
    private readonly auth: AuthService,
  ) {}

  private meta(meta: RequestMeta) {
    return { ip: meta.ip, userAgent: meta.userAgent, requestId: meta.requestId };
  }

  list(claims: UserClaims): Promise<StaffMember[]> {
    return withRequestContext(this.db, claims, (tx) => loadMembers(tx));
  }

  private async member(claims: UserClaims, id: string): Promise<StaffMember> {
    const [member] = await withRequestContext(this.db, claims, (tx) => loadMembers(tx, id));
    if (!member) throw notFound('No such staff member.');
    return member;
  }

  /**
   * Invites a colleague (or sends a pending invitation again). An address that already belongs to
   * a guest account becomes staff with these roles; the invitation then only sets a password if
   * the account has none.
   */
  async invite(
    claims: UserClaims,
    input: {
      email: string;
      roles: StaffRole[];
      displayName?: string | undefined;
      locale: 'fr' | 'en';
    },
    meta: RequestMeta,
  ): Promise<StaffMember> {
    const roles = [...new Set(input.roles)];
    const id = await withRequestContext(this.db, claims, async (tx) => {
      const existing = await tx
        .selectFrom('users')
        .select(['id', 'roles'])
        .where(sql`lower(email)`, '=', input.email)
        .executeTakeFirst();
      if (existing) {
        if (existing.roles.length > 0) {
          // Already staff: keep their roles, send the link again if they never accepted it.
          return existing.id;
        }
        await tx.updateTable('users').set({ roles }).where('id', '=', existing.id).execute();
        await audit(tx, {
          action: 'staff.roles.changed',
          targetType: 'user',
          targetId: existing.id,
          before: { roles: [] },
          after: { roles },
          ...this.meta(meta),
        });
        return existing.id;
      }
      const created = await tx
        .insertInto('users')
        .values({
          email: input.email,
          roles,
          displayName: input.displayName ?? null,
          locale: input.locale,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      await audit(tx, {
        action: 'staff.invited',
        targetType: 'user',
        targetId: created.id,
        after: { email: input.email, roles },
        ...this.meta(meta),
      });
      return created.id;
    });
    const inviter = await this.member(claims, claims.sub);
    await withServiceContext(this.db, async (tx) => {
      const user = await tx
        .selectFrom('users')
        .select(['id', 'email', 'displayName', 'locale', 'roles', 'passwordHash'])
        .where('id', '=', id)
        .executeTakeFirstOrThrow();
      if (user.passwordHash !== null) return; // has a password: signs in as before
      await this.auth.sendInvitation(
        tx,
        { ...user, roles: user.roles as StaffRole[] },
        inviter.displayName ?? inviter.email,
      );
    });
    return this.member(claims, id);
  }

  async update(
    claims: UserClaims,
    id: string,
    changes: { roles?: StaffRole[] | undefined; disabled?: boolean | undefined },
    meta: RequestMeta,
  ): Promise<StaffMember> {
    const before = await this.member(claims, id);
    const roles = changes.roles ? [...new Set(changes.roles)] : undefined;
    await withRequestContext(this.db, claims, async (tx) => {
      await tx
        .updateTable('users')
        .set({
          ...(roles ? { roles } : {}),
          ...(changes.disabled !== undefined
            ? { disabledAt: changes.disabled ? sql`coalesce(disabled_at, now())` : null }
            : {}),
        })
        .where('id', '=', id)
        .execute();
      await audit(tx, {
        action: 'staff.updated',
        targetType: 'user',
        targetId: id,
        before: { roles: before.roles, disabled: before.disabled },
        after: { roles: roles ?? before.roles, disabled: changes.disabled ?? before.disabled },
        ...this.meta(meta),
      });
    });
    const removedRole = roles !== undefined && before.roles.some((role) => !roles.includes(role));
    if (removedRole || changes.disabled === true) {
      await revokeAllSessions(this.db, id, changes.disabled ? 'account_disabled' : 'roles_changed');
    }
    return this.member(claims, id);
  }

  /** A colleague lost their phone: the factor goes, they enrol again at their next sign-in. */
  async resetMfa(claims: UserClaims, id: string, meta: RequestMeta): Promise<void> {
    if (id === claims.sub) {
      throw new AppError('FORBIDDEN', 403, 'Use your own security page to change your factor.');
    }
    await this.member(claims, id);
    await withRequestContext(this.db, claims, async (tx) => {
      await tx.deleteFrom('recoveryCodes').where('userId', '=', id).execute();
      await tx.deleteFrom('mfaFactors').where('userId', '=', id).execute();
      await audit(tx, {
        action: 'staff.mfa.reset',
        targetType: 'user',
        targetId: id,
        ...this.meta(meta),
      });
    });
    await revokeAllSessions(this.db, id, 'mfa_reset');
  }

  /** A colleague's live sessions, read as the admin (RLS: admins at aal2 read every session). */
  async sessions(claims: UserClaims, id: string) {
    await this.member(claims, id);
    return withRequestContext(this.db, claims, (tx) =>
      tx
        .selectFrom('sessions')
        .select(['id', 'aal', 'ip', 'userAgent', 'createdAt', 'lastSeenAt'])
        .where('userId', '=', id)
        .where('revokedAt', 'is', null)
        .orderBy('createdAt', 'desc')
        .execute(),
    );
  }

  async endSessions(claims: UserClaims, id: string, meta: RequestMeta): Promise<number> {
    await this.member(claims, id);
    const count = await revokeAllSessions(this.db, id, 'ended_by_admin', {
      exceptSessionId: claims.session_id,
    });
    await withRequestContext(this.db, claims, (tx) =>
      audit(tx, {
        action: 'staff.sessions.ended',
        targetType: 'user',
        targetId: id,
        after: { count },
        ...this.meta(meta),
      }),
    );
    return count;
  }
}
