// Sign-up and the proof of an address: a guest account with its consents and a verification
// link, the link followed, a new link on request, and a change of address (applied when the link
// sent to the new address is followed). Public flows run as the service role; each writes its
// audit entry and its email (outbox) in the transaction of the change.
//
// Enumeration: sign-up and resend answer the same whether the address has an account.
import { CONSENT_WORDING_VERSION } from '@ladiva/contract/auth-vocabulary';
import type { Db } from '../../db/database.ts';
import { withServiceContext, type Tx } from '../../db/request-context.ts';
import type { UserClaims } from '../../plugins/request-claims.ts';
import type { NotificationService } from '../../services/notifications/notification-service.ts';
import { audit } from '../audit/audit.ts';
import { assertStrongPassword, invalidLink } from './auth-errors.ts';
import { createLink, findLiveLink, LINK_LIFETIME_MINUTES, linkUrl } from './auth-links.ts';
import { insertConsents } from './consents.repository.ts';
import { markLinkUsed } from './links.repository.ts';
import { hashPassword } from './password-hashing.ts';
import type { Reauthentication, Reauthenticator } from './reauthentication.ts';
import { auditMeta, type RequestMeta } from './request-meta.ts';
import {
  changeEmail,
  findContact,
  findEnabledByEmail,
  findUnverifiedByEmail,
  insertGuest,
  isEmailTaken,
  markEmailVerified,
} from './users.repository.ts';

interface Recipient {
  id: string;
  email: string;
  displayName?: string | null | undefined;
  locale: 'fr' | 'en';
}

export class SignUpService {
  constructor(
    private readonly deps: {
      db: Db;
      notifications: NotificationService;
      publicUrl: string;
      reauthentication: Reauthenticator;
    },
  ) {}

  async signUp(
    input: {
      email: string;
      password: string;
      displayName?: string | undefined;
      locale: 'fr' | 'en';
      marketingEmail: boolean;
    },
    meta: RequestMeta,
  ): Promise<void> {
    assertStrongPassword(input.password, { email: input.email, name: input.displayName });
    const passwordHash = await hashPassword(input.password);
    await withServiceContext(this.deps.db, async (tx) => {
      const created = await insertGuest(tx, {
        email: input.email,
        passwordHash,
        displayName: input.displayName ?? null,
        locale: input.locale,
      });
      if (created) {
        const consent = {
          userId: created.id,
          wordingVersion: CONSENT_WORDING_VERSION,
          ip: meta.ip,
        };
        await insertConsents(tx, [
          { ...consent, kind: 'terms', granted: true },
          { ...consent, kind: 'marketing_email', granted: input.marketingEmail },
        ]);
        await audit(tx, {
          action: 'auth.sign_up',
          targetType: 'user',
          targetId: created.id,
          ...auditMeta(meta),
        });
        const to = { id: created.id, email: input.email, displayName: input.displayName };
        await this.sendLink(tx, { ...to, locale: input.locale }, 'email_verification');
        return;
      }
      // The address has an account: a new link if it was never verified, nothing otherwise.
      const existing = await findEnabledByEmail(tx, input.email);
      if (existing && existing.emailVerifiedAt === null) {
        await this.sendLink(tx, existing, 'email_verification');
      }
    });
  }

  async resendVerification(email: string): Promise<void> {
    await withServiceContext(this.deps.db, async (tx) => {
      const user = await findUnverifiedByEmail(tx, email);
      if (user) await this.sendLink(tx, user, 'email_verification');
    });
  }

  async verifyEmail(token: string, meta: RequestMeta): Promise<void> {
    await withServiceContext(this.deps.db, async (tx) => {
      const link = await findLiveLink(tx, token, ['email_verification', 'email_change']);
      if (!link?.userId) throw invalidLink();
      await markLinkUsed(tx, link.id);
      if (link.kind === 'email_change' && link.email) {
        if (await isEmailTaken(tx, link.email.toLowerCase(), link.userId)) throw invalidLink();
        const before = await changeEmail(tx, link.userId, link.email);
        await audit(tx, {
          action: 'auth.email.changed',
          targetType: 'user',
          targetId: link.userId,
          before: { email: before },
          after: { email: link.email },
          ...auditMeta(meta),
        });
        return;
      }
      await markEmailVerified(tx, link.userId);
      await audit(tx, {
        action: 'auth.email.verified',
        targetType: 'user',
        targetId: link.userId,
        ...auditMeta(meta),
      });
    });
  }

  /** A new address, after a re-authentication: a link to it; the change applies when followed. */
  async changeEmail(
    claims: UserClaims,
    input: Reauthentication & { newEmail: string },
    meta: RequestMeta,
  ): Promise<void> {
    await this.deps.reauthentication.verify(claims.sub, input, meta);
    await withServiceContext(this.deps.db, async (tx) => {
      const user = await findContact(tx, claims.sub);
      // Same answer whether or not the address is taken: the link simply will not apply.
      if (!(await isEmailTaken(tx, input.newEmail))) {
        await this.sendLink(tx, { ...user, email: input.newEmail }, 'email_change');
      }
      await audit(tx, {
        action: 'auth.email.change_requested',
        targetType: 'user',
        targetId: claims.sub,
        ...auditMeta(meta),
      });
    });
  }

  /** A verification link to `to.email` (the new address, for a change), in the caller's transaction. */
  private async sendLink(
    tx: Tx,
    to: Recipient,
    kind: 'email_verification' | 'email_change',
  ): Promise<void> {
    const token = await createLink(tx, { kind, userId: to.id, email: to.email });
    await this.deps.notifications.notify(tx, {
      kind: 'email_verification',
      channel: 'email',
      recipient: to.email,
      locale: to.locale,
      data: {
        ...(to.displayName ? { name: to.displayName } : {}),
        expiresInMinutes: LINK_LIFETIME_MINUTES[kind],
      },
      secrets: { verifyUrl: linkUrl(this.deps.publicUrl, kind, token) },
    });
  }
}
