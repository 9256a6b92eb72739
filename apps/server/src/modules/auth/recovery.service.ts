// Recovery: a forgotten password is replaced through a single-use link emailed to the account's
// address. The link never bypasses a second factor, and a reset ends every session. Runs as the
// service role (there is no user yet), each change with its audit entry in its transaction.
//
// Enumeration: forgot-password answers the same whether the address has an account.
import type { Db } from '../../db/database.ts';
import { withServiceContext } from '../../db/request-context.ts';
import type { NotificationService } from '../../services/notifications/notification-service.ts';
import { audit } from '../audit/audit.ts';
import { assertStrongPassword, invalidLink } from './auth-errors.ts';
import { createLink, findLiveLink, LINK_LIFETIME_MINUTES, linkUrl } from './auth-links.ts';
import { hasConfirmedFactor } from './factors.repository.ts';
import { markLinkUsed } from './links.repository.ts';
import { hashPassword } from './password-hashing.ts';
import { auditMeta, type RequestMeta } from './request-meta.ts';
import type { SecondFactorCheck, SecondFactorProof } from './second-factor.ts';
import { revokeAllSessions } from './sessions.service.ts';
import { findContact, findResettableByEmail, setPasswordFromLink } from './users.repository.ts';

export class RecoveryService {
  constructor(
    private readonly deps: {
      db: Db;
      notifications: NotificationService;
      publicUrl: string;
      factors: SecondFactorCheck;
    },
  ) {}

  async forgotPassword(
    email: string,
    locale: 'fr' | 'en' | undefined,
    meta: RequestMeta,
  ): Promise<void> {
    await withServiceContext(this.deps.db, async (tx) => {
      const user = await findResettableByEmail(tx, email);
      if (!user) return;
      const token = await createLink(tx, {
        kind: 'password_reset',
        userId: user.id,
        email: user.email,
      });
      await this.deps.notifications.notify(tx, {
        kind: 'password_reset',
        channel: 'email',
        recipient: user.email,
        locale: locale ?? user.locale,
        data: {
          ...(user.displayName ? { name: user.displayName } : {}),
          expiresInMinutes: LINK_LIFETIME_MINUTES.password_reset,
        },
        secrets: { resetUrl: linkUrl(this.deps.publicUrl, 'password_reset', token) },
      });
      await audit(tx, {
        action: 'auth.password_reset.requested',
        targetType: 'user',
        targetId: user.id,
        ...auditMeta(meta),
      });
    });
  }

  /** What a link is for, so that the page can ask for the right things. */
  async linkInfo(token: string) {
    return withServiceContext(this.deps.db, async (tx) => {
      const link = await findLiveLink(tx, token, ['invitation', 'password_reset', 'setup']);
      if (!link) throw invalidLink();
      const mfaRequired = link.userId !== null && (await hasConfirmedFactor(tx, link.userId));
      return {
        kind: link.kind as 'invitation' | 'password_reset' | 'setup',
        email: link.email,
        mfaRequired,
      };
    });
  }

  /** A new password from a reset link; never bypasses a second factor; ends every session. */
  async resetPassword(
    input: { token: string; password: string } & SecondFactorProof,
    meta: RequestMeta,
  ): Promise<void> {
    const { db } = this.deps;
    const found = await withServiceContext(db, async (tx) => {
      const link = await findLiveLink(tx, input.token, ['password_reset']);
      if (!link?.userId) return undefined;
      const user = await findContact(tx, link.userId);
      return { user, withFactor: await hasConfirmedFactor(tx, link.userId) };
    });
    if (!found) throw invalidLink();
    const { user, withFactor } = found;
    assertStrongPassword(input.password, { email: user.email, name: user.displayName });
    if (withFactor) await this.deps.factors.check(user.id, input, meta);
    const passwordHash = await hashPassword(input.password);
    await withServiceContext(db, async (tx) => {
      // Locked again: two concurrent resets with one link, only one wins.
      const live = await findLiveLink(tx, input.token, ['password_reset']);
      if (!live) throw invalidLink();
      await markLinkUsed(tx, live.id);
      await setPasswordFromLink(tx, user.id, { passwordHash });
      await audit(tx, {
        action: 'auth.password.reset',
        targetType: 'user',
        targetId: user.id,
        ...auditMeta(meta),
      });
    });
    await revokeAllSessions(db, user.id, 'password_reset');
  }
}
