// A user's own second factor: enrol a TOTP app (a secret sealed at rest, confirmed by a first
// code, which also yields recovery codes and raises the session to aal2), turn it off, and
// replace the recovery codes. Each step but the confirmation re-authenticates first; changes run
// as the service role (the factor's secrets are not the user's to write directly).
import type { RecoveryCodes, TotpEnrollment } from '@ladiva/contract/auth';
import type { Db } from '../../db/database.ts';
import { withServiceContext } from '../../db/request-context.ts';
import { AppError } from '../../lib/app-error.ts';
import type { SecretBox } from '../../lib/secret-box.ts';
import type { UserClaims } from '../../plugins/request-claims.ts';
import { audit } from '../audit/audit.ts';
import {
  confirmFactor,
  hasConfirmedFactor,
  lockPendingFactor,
  removeSecondFactor,
  replaceRecoveryCodes,
  upsertPendingFactor,
} from './factors.repository.ts';
import type { Reauthentication, Reauthenticator } from './reauthentication.ts';
import { generateRecoveryCodes, hashRecoveryCode } from './recovery-codes.ts';
import { auditMeta, type RequestMeta } from './request-meta.ts';
import { totpSecretContext } from './second-factor.ts';
import type { SessionIssuer } from './session-issuer.ts';
import { raiseToAal2 } from './sessions.repository.ts';
import { revokeAllSessions } from './sessions.service.ts';
import { generateTotpSecret, matchTotpStep, totpQrCodeDataUrl } from './totp.ts';
import { findContact } from './users.repository.ts';

export class SecondFactorService {
  constructor(
    private readonly deps: {
      db: Db;
      box: SecretBox;
      reauthentication: Reauthenticator;
      sessions: SessionIssuer;
    },
  ) {}

  /**
   * A new secret for the authenticator app. Re-authenticates first, where a sign-in of this
   * session in the last minutes stands for the password (ADR 0029): staff set it up right after
   * signing in. Turning it off or replacing it still takes the password and a code.
   */
  async startTotpEnrollment(
    claims: UserClaims,
    proof: Partial<Reauthentication>,
    meta: RequestMeta,
  ): Promise<TotpEnrollment> {
    const { db, box, reauthentication } = this.deps;
    await reauthentication.verifyOrFreshSignIn(claims, proof, meta);
    return withServiceContext(db, async (tx) => {
      const user = await findContact(tx, claims.sub);
      if (await hasConfirmedFactor(tx, claims.sub)) {
        throw new AppError(
          'CONFLICT',
          409,
          'Two-step verification is already on; turn it off first to change the app.',
        );
      }
      const secret = generateTotpSecret(user.email, 'La Diva');
      await upsertPendingFactor(
        tx,
        claims.sub,
        box.seal(secret.base32, totpSecretContext(claims.sub)),
      );
      return {
        secret: secret.base32,
        otpauthUrl: secret.otpauthUrl,
        qrCodeDataUrl: await totpQrCodeDataUrl(secret.otpauthUrl),
      };
    });
  }

  /** The first code confirms the factor: recovery codes, and this session becomes aal2. */
  async confirmTotp(claims: UserClaims, code: string, meta: RequestMeta): Promise<RecoveryCodes> {
    const { db, box, sessions } = this.deps;
    const codes = generateRecoveryCodes();
    await withServiceContext(db, async (tx) => {
      const pending = await lockPendingFactor(tx, claims.sub);
      if (!pending) {
        throw new AppError('CONFLICT', 409, 'Start the set-up of two-step verification first.');
      }
      const secret = box.open(pending.secretSealed, totpSecretContext(claims.sub));
      const step = matchTotpStep(secret, code, Number(pending.lastUsedStep));
      if (step === null) throw new AppError('INVALID_CODE', 401, 'This code is not right.');
      await confirmFactor(tx, claims.sub, step);
      await replaceRecoveryCodes(
        tx,
        claims.sub,
        codes.map((c) => hashRecoveryCode(c)),
      );
      await raiseToAal2(tx, claims.session_id!);
      await audit(tx, {
        action: 'auth.mfa.enrolled',
        targetType: 'user',
        targetId: claims.sub,
        ...auditMeta(meta),
      });
    });
    // Other sessions were opened with the password alone: they sign in again with the code.
    await revokeAllSessions(db, claims.sub, 'mfa_enrolled', {
      exceptSessionId: claims.session_id,
    });
    return {
      recoveryCodes: codes,
      session: await sessions.bodyFor(claims.sub, claims.session_id!, 'aal2'),
    };
  }

  async disableTotp(claims: UserClaims, proof: Reauthentication, meta: RequestMeta) {
    await this.deps.reauthentication.verify(claims.sub, proof, meta);
    await withServiceContext(this.deps.db, async (tx) => {
      await removeSecondFactor(tx, claims.sub);
      await audit(tx, {
        action: 'auth.mfa.disabled',
        targetType: 'user',
        targetId: claims.sub,
        ...auditMeta(meta),
      });
    });
  }

  async regenerateRecoveryCodes(
    claims: UserClaims,
    proof: Reauthentication,
    meta: RequestMeta,
  ): Promise<RecoveryCodes> {
    await this.deps.reauthentication.verify(claims.sub, proof, meta);
    const codes = generateRecoveryCodes();
    await withServiceContext(this.deps.db, async (tx) => {
      if (!(await hasConfirmedFactor(tx, claims.sub))) {
        throw new AppError('CONFLICT', 409, 'Two-step verification is not on.');
      }
      await replaceRecoveryCodes(
        tx,
        claims.sub,
        codes.map((c) => hashRecoveryCode(c)),
      );
      await audit(tx, {
        action: 'auth.mfa.recovery_codes_regenerated',
        targetType: 'user',
        targetId: claims.sub,
        ...auditMeta(meta),
      });
    });
    return { recoveryCodes: codes };
  }
}
