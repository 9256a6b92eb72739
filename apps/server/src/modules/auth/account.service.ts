// The signed-in user's own account: profile, password and email changes, the second factor,
// sessions, consents, and GDPR export and erasure. Reads run as the user (RLS decides what is
// visible); changes to secrets run as the service role after a re-authentication (the current
// password, and a code when the account has a second factor).
import { randomBytes } from 'node:crypto';
import type { Consent, Me, RecoveryCodes, TotpEnrollment } from '@ladiva/contract/auth';
import { CONSENT_WORDING_VERSION } from '@ladiva/contract/auth-vocabulary';
import { sql } from 'kysely';
import type { Db } from '../../db/database.ts';
import { withRequestContext, withServiceContext, type Tx } from '../../db/request-context.ts';
import { AppError, notFound } from '../../lib/app-error.ts';
import type { UserClaims } from '../../plugins/request-claims.ts';
import type { SecretBox } from '../../lib/secret-box.ts';
import { audit } from '../audit/audit.ts';
import { hitRateLimit, peekRateLimit, rateLimited } from '../perimeter/rate-limit.ts';
import {
  assertStrongPassword,
  LOGIN_FAILURE_LIMIT,
  LOGIN_FAILURE_WINDOW_SECONDS,
  loadMe,
  type AuthService,
  type RequestMeta,
} from './auth.service.ts';
import { hashPassword, verifyPassword } from './password-hashing.ts';
import { generateRecoveryCodes } from './recovery-codes.ts';
import {
  hasConfirmedFactor,
  removeSecondFactor,
  storeRecoveryCodes,
  totpSecretContext,
  type SecondFactorProof,
} from './second-factor.ts';
import { listSessions, revokeAllSessions, revokeSession } from './session-service.ts';
import { generateTotpSecret, matchTotpStep, totpQrCodeDataUrl } from './totp.ts';

export interface Reauthentication extends SecondFactorProof {
  currentPassword: string;
}

export class AccountService {
  constructor(
    private readonly db: Db,
    private readonly box: SecretBox,
    private readonly auth: AuthService,
  ) {}

  private service<T>(fn: (tx: Tx) => Promise<T>): Promise<T> {
    return withServiceContext(this.db, fn);
  }

  private meta(meta: RequestMeta) {
    return { ip: meta.ip, userAgent: meta.userAgent, requestId: meta.requestId };
  }

  /** Read as the user: RLS shows their own row only. */
  me(claims: UserClaims): Promise<Me> {
    return withRequestContext(this.db, claims, (tx) => loadMe(tx, claims.sub, claims.aal));
  }

  async updateProfile(
    claims: UserClaims,
    changes: { displayName?: string | null | undefined; locale?: 'fr' | 'en' | undefined },
  ): Promise<Me> {
    return withRequestContext(this.db, claims, async (tx) => {
      const set = {
        ...(changes.displayName !== undefined ? { displayName: changes.displayName } : {}),
        ...(changes.locale !== undefined ? { locale: changes.locale } : {}),
      };
      if (Object.keys(set).length > 0) {
        await tx.updateTable('users').set(set).where('id', '=', claims.sub).execute();
      }
      return loadMe(tx, claims.sub, claims.aal);
    });
  }

  /**
   * The current password (failures count towards the sign-in lockout), then the second factor
   * when the account has one.
   */
  async reauthenticate(userId: string, proof: Reauthentication, meta: RequestMeta): Promise<void> {
    const rule = {
      scope: 'login.failure:user',
      key: userId,
      limit: LOGIN_FAILURE_LIMIT,
      windowSeconds: LOGIN_FAILURE_WINDOW_SECONDS,
    };
    const peek = await peekRateLimit(this.db, rule);
    if (peek.blocked) throw rateLimited(undefined, peek.retryAfterSeconds);
    const user = await this.service((tx) =>
      tx.selectFrom('users').select('passwordHash').where('id', '=', userId).executeTakeFirst(),
    );
    const verdict = user?.passwordHash
      ? await verifyPassword(user.passwordHash, proof.currentPassword)
      : { valid: false };
    if (!verdict.valid) {
      await hitRateLimit(this.db, rule);
      await this.service((tx) =>
        audit(tx, {
          action: 'auth.reauthentication.failed',
          targetType: 'user',
          targetId: userId,
          ...this.meta(meta),
        }),
      );
      throw new AppError('INVALID_CREDENTIALS', 401, 'Your current password is not right.');
    }
    if (await this.service((tx) => hasConfirmedFactor(tx, userId))) {
      await this.auth.checkSecondFactor(userId, proof, meta);
    }
  }

  async changePassword(
    claims: UserClaims,
    input: Reauthentication & { newPassword: string },
    meta: RequestMeta,
  ): Promise<void> {
    await this.reauthenticate(claims.sub, input, meta);
    const user = await this.me(claims);
    assertStrongPassword(input.newPassword, { email: user.email, name: user.displayName });
    const passwordHash = await hashPassword(input.newPassword);
    await this.service(async (tx) => {
      await tx.updateTable('users').set({ passwordHash }).where('id', '=', claims.sub).execute();
      await audit(tx, {
        action: 'auth.password.changed',
        targetType: 'user',
        targetId: claims.sub,
        ...this.meta(meta),
      });
    });
    // Every other device signs in again; this one stays.
    await revokeAllSessions(this.db, claims.sub, 'password_changed', {
      exceptSessionId: claims.session_id,
    });
  }

  async changeEmail(
    claims: UserClaims,
    input: Reauthentication & { newEmail: string },
    meta: RequestMeta,
  ): Promise<void> {
    await this.reauthenticate(claims.sub, input, meta);
    await this.service(async (tx) => {
      const user = await tx
        .selectFrom('users')
        .select(['id', 'displayName', 'locale'])
        .where('id', '=', claims.sub)
        .executeTakeFirstOrThrow();
      const taken = await tx
        .selectFrom('users')
        .select('id')
        .where(sql`lower(email)`, '=', input.newEmail)
        .executeTakeFirst();
      // Same answer whether or not the address is taken: the link simply will not apply.
      if (!taken) await this.auth.sendEmailChange(tx, user, input.newEmail);
      await audit(tx, {
        action: 'auth.email.change_requested',
        targetType: 'user',
        targetId: claims.sub,
        ...this.meta(meta),
      });
    });
  }

  // -------------------------------------------------------------------------------------------
  // Second factor.

  async startTotpEnrollment(
    claims: UserClaims,
    proof: Reauthentication,
    meta: RequestMeta,
  ): Promise<TotpEnrollment> {
    await this.reauthenticate(claims.sub, proof, meta);
    return this.service(async (tx) => {
      const user = await tx
        .selectFrom('users')
        .select('email')
        .where('id', '=', claims.sub)
        .executeTakeFirstOrThrow();
      const confirmed = await hasConfirmedFactor(tx, claims.sub);
      if (confirmed) {
        throw new AppError(
          'CONFLICT',
          409,
          'Two-step verification is already on; turn it off first to change the app.',
        );
      }
      const secret = generateTotpSecret(user.email, 'La Diva');
      const sealed = this.box.seal(secret.base32, totpSecretContext(claims.sub));
      await tx
        .insertInto('mfaFactors')
        .values({ userId: claims.sub, secretSealed: sealed })
        .onConflict((oc) =>
          oc.column('userId').doUpdateSet({
            secretSealed: sealed,
            lastUsedStep: 0,
            createdAt: sql`now()`,
          }),
        )
        .execute();
      return {
        secret: secret.base32,
        otpauthUrl: secret.otpauthUrl,
        qrCodeDataUrl: await totpQrCodeDataUrl(secret.otpauthUrl),
      };
    });
  }

  /** The first code confirms the factor: recovery codes, and this session becomes aal2. */
  async confirmTotp(claims: UserClaims, code: string, meta: RequestMeta): Promise<RecoveryCodes> {
    const codes = generateRecoveryCodes();
    await this.service(async (tx) => {
      const pending = await tx
        .selectFrom('mfaFactors')
        .select(['secretSealed', 'lastUsedStep'])
        .where('userId', '=', claims.sub)
        .where('confirmedAt', 'is', null)
        .forUpdate()
        .executeTakeFirst();
      if (!pending) {
        throw new AppError('CONFLICT', 409, 'Start the set-up of two-step verification first.');
      }
      const secret = this.box.open(pending.secretSealed, totpSecretContext(claims.sub));
      const step = matchTotpStep(secret, code, Number(pending.lastUsedStep));
      if (step === null) throw new AppError('INVALID_CODE', 401, 'This code is not right.');
      await tx
        .updateTable('mfaFactors')
        .set({ confirmedAt: sql`now()`, lastUsedStep: step })
        .where('userId', '=', claims.sub)
        .execute();
      await storeRecoveryCodes(tx, claims.sub, codes);
      await tx
        .updateTable('sessions')
        .set({ aal: 'aal2' })
        .where('id', '=', claims.session_id!)
        .execute();
      await audit(tx, {
        action: 'auth.mfa.enrolled',
        targetType: 'user',
        targetId: claims.sub,
        ...this.meta(meta),
      });
    });
    // Other sessions were opened with the password alone: they sign in again with the code.
    await revokeAllSessions(this.db, claims.sub, 'mfa_enrolled', {
      exceptSessionId: claims.session_id,
    });
    return {
      recoveryCodes: codes,
      session: await this.auth.sessionBody(claims.sub, claims.session_id!, 'aal2'),
    };
  }

  async disableTotp(claims: UserClaims, proof: Reauthentication, meta: RequestMeta) {
    await this.reauthenticate(claims.sub, proof, meta);
    await this.service(async (tx) => {
      await removeSecondFactor(tx, claims.sub);
      await audit(tx, {
        action: 'auth.mfa.disabled',
        targetType: 'user',
        targetId: claims.sub,
        ...this.meta(meta),
      });
    });
  }

  async regenerateRecoveryCodes(
    claims: UserClaims,
    proof: Reauthentication,
    meta: RequestMeta,
  ): Promise<RecoveryCodes> {
    await this.reauthenticate(claims.sub, proof, meta);
    const codes = generateRecoveryCodes();
    await this.service(async (tx) => {
      if (!(await hasConfirmedFactor(tx, claims.sub))) {
        throw new AppError('CONFLICT', 409, 'Two-step verification is not on.');
      }
      await storeRecoveryCodes(tx, claims.sub, codes);
      await audit(tx, {
        action: 'auth.mfa.recovery_codes_regenerated',
        targetType: 'user',
        targetId: claims.sub,
        ...this.meta(meta),
      });
    });
    return { recoveryCodes: codes };
  }

  // -------------------------------------------------------------------------------------------
  // Sessions.

  sessions(claims: UserClaims) {
    return listSessions(this.db, claims);
  }

  async endSession(claims: UserClaims, sessionId: string, meta: RequestMeta): Promise<void> {
    const ended = await revokeSession(this.db, sessionId, {
      reason: 'signed_out_by_user',
      userId: claims.sub,
    });
    if (!ended) throw notFound('No such session.');
    await withRequestContext(this.db, claims, (tx) =>
      audit(tx, {
        action: 'auth.session.ended',
        targetType: 'session',
        targetId: sessionId,
        ...this.meta(meta),
      }),
    );
  }

  async endOtherSessions(claims: UserClaims, meta: RequestMeta): Promise<number> {
    const count = await revokeAllSessions(this.db, claims.sub, 'signed_out_by_user', {
      exceptSessionId: claims.session_id,
    });
    await withRequestContext(this.db, claims, (tx) =>
      audit(tx, { action: 'auth.session.ended_others', after: { count }, ...this.meta(meta) }),
    );
    return count;
  }

  // -------------------------------------------------------------------------------------------
  // Consents and GDPR.

  /** The latest record of each kind, read as the user. */
  consents(claims: UserClaims): Promise<Consent[]> {
    return withRequestContext(this.db, claims, async (tx) => {
      const rows = await tx
        .selectFrom('consents')
        .select(['kind', 'granted', 'wordingVersion', 'at'])
        .distinctOn('kind')
        .orderBy('kind')
        .orderBy('at', 'desc')
        .execute();
      return rows.map((row) => ({ ...row, at: row.at.toISOString() }));
    });
  }

  async recordConsent(
    claims: UserClaims,
    input: { kind: 'marketing_email' | 'marketing_sms'; granted: boolean },
    meta: RequestMeta,
  ): Promise<Consent> {
    const row = await this.service(async (tx) => {
      const inserted = await tx
        .insertInto('consents')
        .values({
          userId: claims.sub,
          kind: input.kind,
          granted: input.granted,
          wordingVersion: CONSENT_WORDING_VERSION,
          ip: meta.ip,
        })
        .returning(['kind', 'granted', 'wordingVersion', 'at'])
        .executeTakeFirstOrThrow();
      await audit(tx, {
        action: 'privacy.consent.recorded',
        targetType: 'user',
        targetId: claims.sub,
        after: input,
        ...this.meta(meta),
      });
      return inserted;
    });
    return { ...row, at: row.at.toISOString() };
  }

  /** Everything we hold about the user, as they may take it away (GDPR art. 15 and 20). */
  async exportData(claims: UserClaims, meta: RequestMeta) {
    const data = await withRequestContext(this.db, claims, async (tx) => {
      const account = await tx
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
        .where('id', '=', claims.sub)
        .executeTakeFirstOrThrow();
      const sessions = await tx
        .selectFrom('sessions')
        .select([
          'id',
          'aal',
          'ip',
          'userAgent',
          'createdAt',
          'lastSeenAt',
          'revokedAt',
          'revokedReason',
        ])
        .orderBy('createdAt', 'desc')
        .execute();
      const consents = await tx
        .selectFrom('consents')
        .select(['kind', 'granted', 'wordingVersion', 'at'])
        .orderBy('at')
        .execute();
      const factor = await tx
        .selectFrom('mfaFactors')
        .select(['confirmedAt', 'createdAt'])
        .executeTakeFirst();
      return { account, sessions, consents, twoStepVerification: factor ?? null };
    });
    await this.service((tx) =>
      audit(tx, {
        action: 'privacy.data.exported',
        targetType: 'user',
        targetId: claims.sub,
        ...this.meta(meta),
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
    await this.reauthenticate(claims.sub, proof, meta);
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
    await tx
      .updateTable('authLinks')
      .set({ usedAt: sql`now()` })
      .where('userId', '=', userId)
      .where('usedAt', 'is', null)
      .execute();
    await tx
      .updateTable('users')
      .set({
        email: `erased-${randomBytes(12).toString('hex')}@erased.invalid`,
        passwordHash: null,
        displayName: null,
        disabledAt: sql`now()`,
        erasedAt: sql`now()`,
      })
      .where('id', '=', userId)
      .execute();
    await audit(tx, {
      action: 'privacy.account.erased',
      targetType: 'user',
      targetId: userId,
      ip: meta.ip,
      userAgent: meta.userAgent,
      requestId: meta.requestId,
    });
  });
}
