// Staff administration by admins with a second factor: list, invite, change roles, disable,
// reset a colleague's second factor, end their sessions. Each change runs as the admin, so the
// database's policies and its guard trigger decide again; only the follow-ups that touch secrets
// (links, refresh tokens) run as the service role, after the admin's own statement succeeded.
// The accounts are identity's: their statements live in the auth module's repositories.
import type { StaffMember } from '@ladiva/contract/auth';
import type { StaffRole } from '@ladiva/contract/auth-vocabulary';
import type { Db } from '../../db/database.ts';
import { withRequestContext, withServiceContext } from '../../db/request-context.ts';
import { AppError, notFound } from '../../lib/app-error.ts';
import type { UserClaims } from '../../plugins/request-claims.ts';
import { audit } from '../audit/audit.ts';
import type { InvitationsService } from '../auth/invitations.service.ts';
import { auditMeta, type RequestMeta } from '../auth/request-meta.ts';
import { revokeAllSessions } from '../auth/sessions.service.ts';
import {
  findInvitee,
  findRolesByEmail,
  insertInvitee,
  listStaffMembers,
  liveSessions,
  removeSecondFactor,
  updateStaffAccount,
} from '../auth/staff-administration.ts';

export class StaffService {
  constructor(
    private readonly db: Db,
    private readonly invitations: InvitationsService,
  ) {}

  list(claims: UserClaims): Promise<StaffMember[]> {
    return withRequestContext(this.db, claims, (tx) => listStaffMembers(tx));
  }

  private async member(claims: UserClaims, id: string): Promise<StaffMember> {
    const [member] = await withRequestContext(this.db, claims, (tx) => listStaffMembers(tx, id));
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
      const existing = await findRolesByEmail(tx, input.email);
      if (existing) {
        // Already staff: keep their roles, send the link again if they never accepted it.
        if (existing.roles.length > 0) return existing.id;
        await updateStaffAccount(tx, existing.id, { roles });
        await audit(tx, {
          action: 'staff.roles.changed',
          targetType: 'user',
          targetId: existing.id,
          before: { roles: [] },
          after: { roles },
          ...auditMeta(meta),
        });
        return existing.id;
      }
      const created = await insertInvitee(tx, {
        email: input.email,
        roles,
        displayName: input.displayName ?? null,
        locale: input.locale,
      });
      await audit(tx, {
        action: 'staff.invited',
        targetType: 'user',
        targetId: created,
        after: { email: input.email, roles },
        ...auditMeta(meta),
      });
      return created;
    });
    const inviter = await this.member(claims, claims.sub);
    await withServiceContext(this.db, async (tx) => {
      const user = await findInvitee(tx, id);
      if (user.passwordHash !== null) return; // has a password: signs in as before
      await this.invitations.send(tx, user, inviter.displayName ?? inviter.email);
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
      await updateStaffAccount(tx, id, { roles, disabled: changes.disabled });
      await audit(tx, {
        action: 'staff.updated',
        targetType: 'user',
        targetId: id,
        before: { roles: before.roles, disabled: before.disabled },
        after: { roles: roles ?? before.roles, disabled: changes.disabled ?? before.disabled },
        ...auditMeta(meta),
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
      await removeSecondFactor(tx, id);
      await audit(tx, {
        action: 'staff.mfa.reset',
        targetType: 'user',
        targetId: id,
        ...auditMeta(meta),
      });
    });
    await revokeAllSessions(this.db, id, 'mfa_reset');
  }

  /** A colleague's live sessions, read as the admin (RLS: admins at aal2 read every session). */
  async sessions(claims: UserClaims, id: string) {
    await this.member(claims, id);
    return withRequestContext(this.db, claims, (tx) => liveSessions(tx, { userId: id }));
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
        ...auditMeta(meta),
      }),
    );
    return count;
  }
}
