// The MFA challenge of a sign-in opens one session, once (issue #12, item 5): a second use within
// its five minutes is refused, even with another valid code, even when both arrive at once — and
// a refused use spends nothing (its recovery code still works on a challenge of its own).
import { signInResponseSchema } from '@ladiva/contract/auth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../app.ts';
import { createUser, TEST_PASSWORD, type TestUser } from '../../../test/auth-helpers.ts';
import {
  buildTestApp,
  createTestIdentity,
  createTestNotifications,
} from '../../../test/test-app.ts';
import { createTestDatabase, type TestDatabase } from '../../../test/test-database.ts';
import type { Identity } from './identity.ts';
import { generateRecoveryCodes, hashRecoveryCode } from './recovery-codes.ts';
import { totpSecretContext } from './second-factor.ts';
import { generateTotpSecret, TOTP_PERIOD_SECONDS, totpCodeAt } from './totp.ts';

describe('the MFA challenge is single use', () => {
  let database: TestDatabase;
  let identity: Identity;
  let app: App;

  beforeAll(async () => {
    database = await createTestDatabase({ poolSize: 10 });
    const notifications = await createTestNotifications(database);
    identity = await createTestIdentity(database, notifications);
    app = await buildTestApp(database, { notifications, identity });
  });
  afterAll(async () => {
    await app?.close();
    await database?.close();
  });

  let ip = 0;
  const post = (url: string, payload: object) =>
    app.inject({ method: 'POST', url, payload, remoteAddress: `192.0.2.${++ip}` });

  /** An account with a confirmed TOTP factor and recovery codes, as enrolment leaves it. */
  async function withSecondFactor(email: string) {
    const user = await createUser(database, { email, roles: ['manager'] });
    const secret = generateTotpSecret(email, 'La Diva').base32;
    await database.owner.query(
      `insert into public.mfa_factors (user_id, secret_sealed, confirmed_at) values ($1, $2, now())`,
      [user.id, identity.box.seal(secret, totpSecretContext(user.id))],
    );
    const recoveryCodes = generateRecoveryCodes(4);
    for (const code of recoveryCodes) {
      await database.owner.query(
        `insert into public.recovery_codes (user_id, code_hash) values ($1, $2)`,
        [user.id, hashRecoveryCode(code)],
      );
    }
    return { user, secret, recoveryCodes };
  }

  async function challenge(user: TestUser): Promise<string> {
    const response = await post('/api/auth/sign-in', {
      email: user.email,
      password: TEST_PASSWORD,
    });
    const body = signInResponseSchema.parse(response.json());
    if (body.status !== 'mfa_required') throw new Error('expected a second-factor challenge');
    return body.mfaToken;
  }

  const sessions = async (user: TestUser) =>
    (
      await database.owner.query<{ n: number }>(
        `select count(*)::int as n from public.sessions where user_id = $1 and aal = 'aal2'`,
        [user.id],
      )
    ).rows[0]!.n;

  const unusedRecoveryCodes = async (user: TestUser) =>
    (
      await database.owner.query<{ n: number }>(
        `select count(*)::int as n from public.recovery_codes where user_id = $1 and used_at is null`,
        [user.id],
      )
    ).rows[0]!.n;

  it('refuses a second use after a success, with another valid code, and spends nothing', async () => {
    const { user, secret, recoveryCodes } = await withSecondFactor('twice@example.com');
    const mfaToken = await challenge(user);
    const first = await post('/api/auth/mfa', {
      mfaToken,
      code: totpCodeAt(secret, Date.now()),
    });
    expect(first.statusCode, first.body).toBe(200);

    const again = await post('/api/auth/mfa', { mfaToken, recoveryCode: recoveryCodes[0] });
    expect(again.statusCode).toBe(401);
    expect(again.json().code).toBe('UNAUTHENTICATED');
    // The next step's code, too (the first one is spent by the factor itself).
    const next = totpCodeAt(secret, Date.now() + TOTP_PERIOD_SECONDS * 1000);
    expect((await post('/api/auth/mfa', { mfaToken, code: next })).statusCode).toBe(401);
    expect(await sessions(user)).toBe(1);
    // The recovery code offered with the spent challenge is still there for a real sign-in.
    expect(await unusedRecoveryCodes(user)).toBe(4);
    const fresh = await post('/api/auth/mfa', {
      mfaToken: await challenge(user),
      recoveryCode: recoveryCodes[0],
    });
    expect(fresh.statusCode, fresh.body).toBe(200);
    expect(await sessions(user)).toBe(2);
  });

  it('opens no session for an account disabled between the password and the code', async () => {
    const { user, secret } = await withSecondFactor('disabled-meanwhile@example.com');
    const mfaToken = await challenge(user);
    await database.owner.query('update public.users set disabled_at = now() where id = $1', [
      user.id,
    ]);
    const refused = await post('/api/auth/mfa', { mfaToken, code: totpCodeAt(secret, Date.now()) });
    expect(refused.statusCode).toBe(401);
    expect(refused.json().code).toBe('INVALID_CREDENTIALS');
    expect(await sessions(user)).toBe(0);
  });

  it('opens exactly one session when the challenge is used several times at once', async () => {
    const { user, secret, recoveryCodes } = await withSecondFactor('at-once@example.com');
    const mfaToken = await challenge(user);
    const responses = await Promise.all([
      post('/api/auth/mfa', { mfaToken, code: totpCodeAt(secret, Date.now()) }),
      ...recoveryCodes.map((recoveryCode) => post('/api/auth/mfa', { mfaToken, recoveryCode })),
    ]);
    const statuses = responses.map((response) => response.statusCode).sort();
    expect(statuses).toEqual([200, 401, 401, 401, 401]);
    expect(await sessions(user)).toBe(1);
    // Only the winner's factor was spent: the losers' recovery codes are left (one at most used).
    expect(await unusedRecoveryCodes(user)).toBeGreaterThanOrEqual(3);
  });
});
