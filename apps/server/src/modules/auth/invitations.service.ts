// Staff invitations, the link half: an invitation email to a staff account without a password
// (sent by the staff module, in the transaction that invited), and its acceptance, where the new
// colleague chooses a password. Acceptance runs as the service role: nobody is signed in yet.
import type { Db } from '../../db/database.ts';
import { withServiceContext, type StaffRole, type Tx } from '../../db/request-context.ts';
import type { NotificationService } from '../../services/notifications/notification-service.ts';
import { audit } from '../audit/audit.ts';
import { assertStrongPassword, invalidLink } from './auth-errors.ts';
import { createLink, findLiveLink, LINK_LIFETIME_MINUTES, linkUrl } from './auth-links.ts';
import { markLinkUsed } from './links.repository.ts';
import { hashPassword } from './password-hashing.ts';
import { auditMeta, type RequestMeta } from './request-meta.ts';
import { setPasswordFromLink } from './users.repository.ts';

export class InvitationsService {
  constructor(
    private readonly deps: { db: Db; notifications: NotificationService; publicUrl: string },
  ) {}

  /** Sends (or re-sends) an invitation link, in the caller's transaction (service role). */
  async send(
    tx: Tx,
    user: {
      id: string;
      email: string;
      displayName: string | null;
      locale: 'fr' | 'en';
      roles: StaffRole[];
    },
    inviterName: string,
  ): Promise<void> {
    const token = await createLink(tx, { kind: 'invitation', userId: user.id, email: user.email });
    await this.deps.notifications.notify(tx, {
      kind: 'staff_invitation',
      channel: 'email',
      recipient: user.email,
      locale: user.locale,
      data: {
        inviterName,
        ...(user.displayName ? { inviteeName: user.displayName } : {}),
        roles: user.roles,
        expiresInHours: Math.round(LINK_LIFETIME_MINUTES.invitation / 60),
      },
      secrets: { acceptUrl: linkUrl(this.deps.publicUrl, 'invitation', token) },
    });
  }

  async accept(
    input: { token: string; password: string; displayName?: string | undefined },
    meta: RequestMeta,
  ): Promise<void> {
    const { db } = this.deps;
    const link = await withServiceContext(db, (tx) =>
      findLiveLink(tx, input.token, ['invitation']),
    );
    if (!link?.userId) throw invalidLink();
    assertStrongPassword(input.password, {
      email: link.email ?? undefined,
      name: input.displayName,
    });
    const passwordHash = await hashPassword(input.password);
    await withServiceContext(db, async (tx) => {
      // Locked again: two concurrent acceptances of one link, only one wins.
      const live = await findLiveLink(tx, input.token, ['invitation']);
      if (!live?.userId) throw invalidLink();
      await markLinkUsed(tx, live.id);
      await setPasswordFromLink(tx, live.userId, {
        passwordHash,
        displayName: input.displayName,
      });
      await audit(tx, {
        action: 'staff.invitation.accepted',
        targetType: 'user',
        targetId: live.userId,
        ...auditMeta(meta),
      });
    });
  }
}
