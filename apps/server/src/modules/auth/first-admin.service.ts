// The first admin (ADR 0009): from ADMIN_EMAIL / ADMIN_PASSWORD at start, idempotently; without
// them, and while no admin exists, a one-time setup link (first-admin.ts prints it) that creates
// one. Runs as the service role, under an advisory lock so that instances starting together and
// the link agree.
import type { Db } from '../../db/database.ts';
import { withServiceContext } from '../../db/request-context.ts';
import { AppError } from '../../lib/app-error.ts';
import { audit } from '../audit/audit.ts';
import { assertStrongPassword, invalidLink } from './auth-errors.ts';
import { createLink, findLiveLink, linkUrl } from './auth-links.ts';
import { markLinkUsed, voidSetupLinks } from './links.repository.ts';
import { hashPassword } from './password-hashing.ts';
import { auditMeta, type RequestMeta } from './request-meta.ts';
import {
  hasEnabledAdmin,
  insertAdmin,
  lockFirstAdmin,
  promoteToAdmin,
} from './staff-accounts.repository.ts';

export class FirstAdminService {
  constructor(private readonly deps: { db: Db; publicUrl: string }) {}

  /**
   * The first admin from ADMIN_EMAIL / ADMIN_PASSWORD (idempotent: an existing account with that
   * address gets the admin role, its password is left alone). Without them, and while no admin
   * exists, a one-time setup link; returns it so that the server prints it.
   */
  async ensure(admin: {
    email?: string | undefined;
    password?: string | undefined;
  }): Promise<{ created: 'admin' | 'existing' } | { setupUrl: string } | { created: 'none' }> {
    const { db, publicUrl } = this.deps;
    if (admin.email && admin.password) {
      const email = admin.email.trim().toLowerCase();
      assertStrongPassword(admin.password, { email });
      const passwordHash = await hashPassword(admin.password);
      return withServiceContext(db, async (tx) => {
        const created = await insertAdmin(tx, { email, passwordHash, displayName: null });
        if (created) {
          await audit(tx, {
            action: 'staff.admin.bootstrapped',
            targetType: 'user',
            targetId: created,
          });
          return { created: 'admin' as const };
        }
        await promoteToAdmin(tx, email);
        return { created: 'existing' as const };
      });
    }
    return withServiceContext(db, async (tx) => {
      // One admin at a time creates this link: the lock serialises instances starting together.
      await lockFirstAdmin(tx);
      if (await hasEnabledAdmin(tx)) return { created: 'none' as const };
      await voidSetupLinks(tx);
      const token = await createLink(tx, { kind: 'setup', userId: null, email: null });
      return { setupUrl: linkUrl(publicUrl, 'setup', token) };
    });
  }

  /** The first admin, from the setup link. */
  async completeSetup(
    input: { token: string; email: string; password: string; displayName?: string | undefined },
    meta: RequestMeta,
  ): Promise<void> {
    assertStrongPassword(input.password, { email: input.email, name: input.displayName });
    const passwordHash = await hashPassword(input.password);
    await withServiceContext(this.deps.db, async (tx) => {
      await lockFirstAdmin(tx);
      const link = await findLiveLink(tx, input.token, ['setup']);
      if (!link) throw invalidLink();
      await markLinkUsed(tx, link.id);
      const created = await insertAdmin(tx, {
        email: input.email,
        passwordHash,
        displayName: input.displayName ?? null,
      });
      if (!created) {
        throw new AppError('CONFLICT', 409, 'An account with this email already exists.');
      }
      await audit(tx, {
        action: 'staff.admin.setup',
        targetType: 'user',
        targetId: created,
        ...auditMeta(meta),
      });
    });
  }
}
