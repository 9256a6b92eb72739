// The signed-in user's own account: profile, password change, consents, and GDPR export and
// erasure. Reads run as the user (RLS decides what is visible); changes to secrets run as the
// service role after a re-authentication (the current password, and a code when the account has
// a second factor).
import { randomBytes } from 'node:crypto';
import type { Consent, Me } from '@ladiva/contract/auth';
import { CONSENT_WORDING_VERSION } from '@ladiva/contract/auth-vocabulary';
import type { Db } from '../../db/database.ts';
import { withRequestContext, withServiceContext } from '../../db/request-context.ts';
import { AppError } from '../../lib/app-error.ts';
import type { UserClaims } from '../../plugins/request-claims.ts';
import { audit } from '../audit/audit.ts';
import { assertStrongPassword } from './auth-errors.ts';
import { allConsents, insertConsent, latestConsents } from './consents.repository.ts';
import { exportFactor, removeSecondFactor } from './factors.repository.ts';
import { voidLinksOf } from './links.repository.ts';
import { hashPassword } from './password-hashing.ts';
import type { Reauthentication, Reauthenticator } from './reauthentication.ts';
import { auditMeta, type RequestMeta } from './request-meta.ts';
import { exportSessions } from './sessions.repository.ts';
import { revokeAllSessions } from './sessions.service.ts';
import {
  anonymise,
  exportAccount,
  loadMe,
  setPasswordHash,
  updateProfile,
} from './users.repository.ts';

export class AccountService {
  constructor(
    private readonly db: Db,
    private readonly reauthentication: Reauthenticator,
  ) {}

  /** Read as the user: RLS shows their own row only. */
  me(claims: UserClaims): Promise<Me> {
    return withRequestContext(this.db, claims, (tx) => loadMe(tx, claims.sub, claims.aal));
  }

  async updateProfile(
    claims: UserClaims,
    changes: { displayName?: string | null | undefined; locale?: 'fr' | 'en' | undefined },
  ): Promise<Me> {
    return withRequestContext(this.db, claims, async (tx) => {
      await updateProfile(tx, claims.sub, {
        ...(changes.displayName !== undefined ? { displayName: changes.displayName } : {}),
        ...(changes.locale !== undefined ? { locale: changes.locale } : {}),
      });
      return loadMe(tx, claims.sub, claims.aal);
    });
  }

  async changePassword(
    claims: UserClaims,
    input: Reauthentication & { newPassword: string },
    meta: RequestMeta,
  ): Promise<void> {
    await this.reauthentication.verify(claims.sub, input, meta);
    const user = await this.me(claims);
    assertStrongPassword(input.newPassword, { email: user.email, name: user.displayName });
    const passwordHash = await hashPassword(input.newPassword);
    await withServiceContext(this.db, async (tx) => {
      await setPasswordHash(tx, claims.sub, passwordHash);
      await audit(tx, {
        action: 'auth.password.changed',
        targetType: 'user',
        targetId: claims.sub,
        ...auditMeta(meta),
      });
    });
    // Every other device signs in again; this one stays.
    await revokeAllSessions(this.db, claims.sub, 'password_changed', {
      exceptSessionId: claims.session_id,
    });
  }

  /** The latest record of each kind, read as the user. */
  consents(claims: UserClaims): Promise<Consent[]> {
    return withRequestContext(this.db, claims, async (tx) => {
      const rows = await latestConsents(tx);
      return rows.map((row) => ({ ...row, at: row.at.toISOString() }));
    });
  }

  async recordConsent(
    claims: UserClaims,
    input: { kind: 'marketing_email' | 'marketing_sms'; granted: boolean },
    meta: RequestMeta,
  ): Promise<Consent> {
    const row = await withServiceContext(this.db, async (tx) => {
      const inserted = await insertConsent(tx, {
        userId: claims.sub,
        kind: input.kind,
        granted: input.granted,
        wordingVersion: CONSENT_WORDING_VERSION,
        ip: meta.ip,
      });
      await audit(tx, {
        action: 'privacy.consent.recorded',
        targetType: 'user',
        targetId: claims.sub,
        after: input,
        ...auditMeta(meta),
      });
      return inserted;
    });
    return { ...row, at: row.at.toISOString() };
  }

  /** Everything we hold about the user, as they may take it away (GDPR art. 15 and 20). */
  async exportData(claims: UserClaims, meta: RequestMeta) {
    const data = await withRequestContext(this.db, claims, async (tx) => ({
      account: await exportAccount(tx, claims.sub),
      sessions: await exportSessions(tx),
      consents: await allConsents(tx),
      twoStepVerification: (await exportFactor(tx)) ?? null,
    }));
    await withServiceContext(this.db, (tx) =>
      audit(tx, {
        action: 'privacy.data.exported',
        targetType: 'user',
        targetId: claims.sub,
        ...auditMeta(meta),
      }),
    );
    return { exportedAt: new Date().toISOString(), format: 'ladiva-account-export/1', ...data };
  }

  /**
   * Erases the account (GDPR art. 17): sessions end, secrets and consents go, and the row stays
   * as an anonymous tombstone so that bookings kept for accounting still point somewhere. The
   * consent history stays with the tombstone: it is the proof that past mailings were lawful.
   */
  async erase(claims: UserClaims, proof: Reauthentication, meta: RequestMeta): Promise<void> {
    await this.reauthentication.verify(claims.sub, proof, meta);
    const me = await this.me(claims);
    if (me.roles.length > 0) {
      throw new AppError(
        'FORBIDDEN',
        403,
        'A staff account is closed by an admin, not erased by its owner.',
      );
    }
    await eraseAccountRecords(this.db, claims.sub, meta);
  }
}

/**
 * The erasure itself, shared by the account's owner (erase above) and the back office's customer
 * erasure (customers-admin.service.ts): sessions end, the factor and pending links go, and the
 * row becomes an anonymous tombstone. Runs as the service role: the caller has decided.
 */
export async function eraseAccountRecords(
  db: Db,
  userId: string,
  meta: RequestMeta,
): Promise<void> {
  await revokeAllSessions(db, userId, 'account_erased');
  await withServiceContext(db, async (tx) => {
    await removeSecondFactor(tx, userId);
    await voidLinksOf(tx, userId);
    await anonymise(tx, userId, `erased-${randomBytes(12).toString('hex')}@erased.invalid`);
    await audit(tx, {
      action: 'privacy.account.erased',
      targetType: 'user',
      targetId: userId,
      ...auditMeta(meta),
    });
  });
}
