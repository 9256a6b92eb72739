// The identity flows over HTTP against a real PostgreSQL: sign-up and verification, sign-in, the
// refresh cookie with its CSRF check, TOTP enrolment, replay and recovery codes,
// password reset that keeps the second factor, sessions, invitations, the first admin, GDPR.
import { sessionTokensSchema, signInResponseSchema } from '@ladiva/contract/auth';
import { CSRF_COOKIE } from '@ladiva/contract/auth-vocabulary';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../app.ts';
import { accessTokenFor, createUser, TEST_PASSWORD } from '../../../test/auth-helpers.ts';
import {
  buildTestApp,
  createTestIdentity,
  createTestNotifications,
  templateValues,
} from '../../../test/test-app.ts';
import { createTestDatabase, type TestDatabase } from '../../../test/test-database.ts';
import { REFRESH_COOKIE } from './auth-cookies.ts';
import type { NotificationService } from '../../services/notifications/notification-service.ts';
import type { Identity } from './identity.ts';
import { TOTP_PERIOD_SECONDS, totpCodeAt } from './totp.ts';

const STRONG = 'Un soir au cabaret 1925';

interface Browser {
  cookies: Map<string, string>;
  accessToken?: string;
}

describe('identity flows over HTTP', () => {
  let database: TestDatabase;
  let identity: Identity;
  let notifications: NotificationService;
  let app: App;

  beforeAll(async () => {
    database = await createTestDatabase();
    notifications = await createTestNotifications(database);
    identity = await createTestIdentity(database, notifications);
    app = await buildTestApp(database, { notifications, identity });
  });
  afterAll(async () => {
    await app.close();
    await database.close();
  });

  let ipCounter = 1;
  /** Each test signs in from its own address, so that per-IP limits do not leak across tests. */
  const newIp = () => `203.0.113.${ipCounter++}`;

  function send(
    browser: Browser | undefined,
    method: 'GET' | 'POST' | 'PATCH' | 'DELETE',
    url: string,
    payload?: unknown,
    extra: { headers?: Record<string, string>; ip?: string } = {},
  ) {
    const headers: Record<string, string> = { ...extra.headers };
    if (browser?.accessToken) headers.authorization = `Bearer ${browser.accessToken}`;
    if (browser && browser.cookies.size > 0) {
      headers.cookie = [...browser.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    }
    return app
      .inject({
        method,
        url,
        headers,
        remoteAddress: extra.ip ?? '198.51.100.7',
        ...(payload === undefined ? {} : { payload: payload as object }),
      })
      .then((response) => {
        if (browser) {
          for (const cookie of response.cookies as { name: string; value: string }[]) {
            if (cookie.value === '') browser.cookies.delete(cookie.name);
            else browser.cookies.set(cookie.name, cookie.value);
          }
        }
        return response;
      });
  }

  const csrfHeader = (browser: Browser) => ({ 'x-csrf-token': browser.cookies.get(CSRF_COOKIE)! });

  /** The token of the newest link emailed to `to` (its sealed secrets, opened as the worker would). */
  async function linkToken(to: string, kind: string): Promise<string> {
    const { rows } = await database.owner.query<{
      id: string;
      data: Record<string, unknown>;
      secrets: string | null;
    }>(
      `select id, data, secrets from public.notifications where recipient = $1 and kind = $2
        order by created_at desc limit 1`,
      [to, kind],
    );
    const values = rows[0] ? templateValues(notifications, rows[0]) : {};
    const url = [values.verifyUrl, values.resetUrl, values.acceptUrl].find(
      (value): value is string => typeof value === 'string',
    );
    if (!url) throw new Error(`no ${kind} email to ${to}`);
    return new URL(url).hash.replace('#token=', '');
  }

  async function signIn(email: string, password: string, ip = newIp()) {
    const browser: Browser = { cookies: new Map() };
    const response = await send(browser, 'POST', '/api/auth/sign-in', { email, password }, { ip });
    return { browser, response };
  }

  /**
   * A code for a step after `after` (codes are accepted once): the next step is accepted already
   * (one step of clock drift either way), so a wait is needed only when that one is spent too.
   */
  async function freshCode(secret: string, after = 0): Promise<{ code: string; step: number }> {
    const now = () => Math.floor(Date.now() / 1000 / TOTP_PERIOD_SECONDS);
    if (after + 1 > now() + 1) {
      await new Promise((resolve) =>
        setTimeout(resolve, after * TOTP_PERIOD_SECONDS * 1000 - Date.now() + 50),
      );
    }
    const step = Math.max(now(), after + 1);
    return { code: totpCodeAt(secret, step * TOTP_PERIOD_SECONDS * 1000), step };
  }

  it('signs up, verifies the email by its link, and signs in', async () => {
    const email = 'camille@example.com';
    const signUp = await send(undefined, 'POST', '/api/auth/sign-up', {
      email: 'Camille@Example.com',
      password: STRONG,
      displayName: 'Camille',
      acceptTerms: true,
      marketingEmail: true,
    });
    expect(signUp.statusCode).toBe(202);
    expect(signUp.headers['cache-control']).toBe('no-store');

    const early = await signIn(email, STRONG);
    expect(early.response.statusCode).toBe(403);
    expect(early.response.json().code).toBe('EMAIL_NOT_VERIFIED');

    const token = await linkToken(email, 'email_verification');
    expect((await send(undefined, 'POST', '/api/auth/verify-email', { token })).statusCode).toBe(
      204,
    );
    // A link works once.
    const again = await send(undefined, 'POST', '/api/auth/verify-email', { token });
    expect(again.json().code).toBe('INVALID_LINK');

    const { browser, response } = await signIn(email, STRONG);
    expect(response.statusCode).toBe(200);
    const body = sessionTokensSchema.parse(response.json());
    expect(body.user).toMatchObject({ email, displayName: 'Camille', roles: [], aal: 'aal1' });
    expect(body.mfaEnrollmentRequired).toBe(false);
    const refresh = response.cookies.find((c) => c.name === REFRESH_COOKIE)!;
    expect(refresh).toMatchObject({ httpOnly: true, secure: true, sameSite: 'Strict', path: '/' });
    expect(browser.cookies.get(CSRF_COOKIE)).toBe(body.csrfToken);

    browser.accessToken = body.accessToken;
    const me = await send(browser, 'GET', '/api/account');
    expect(me.statusCode).toBe(200);
    expect(me.headers['cache-control']).toBe('no-store');
    const consents = await send(browser, 'GET', '/api/account/consents');
    expect(consents.json().items).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ kind: 'terms', granted: true }),
        expect.objectContaining({ kind: 'marketing_email', granted: true }),
      ]),
    );
  });

  it('answers sign-up the same whether or not the address exists, and refuses weak passwords', async () => {
    const existing = await createUser(database, { email: 'known@example.com' });
    const response = await send(undefined, 'POST', '/api/auth/sign-up', {
      email: existing.email,
      password: STRONG,
      acceptTerms: true,
    });
    expect(response.statusCode).toBe(202);
    const weak = await send(undefined, 'POST', '/api/auth/sign-up', {
      email: 'weak@example.com',
      password: 'password1',
      acceptTerms: true,
    });
    expect(weak.statusCode).toBe(400);
    expect(weak.json()).toMatchObject({ code: 'WEAK_PASSWORD', details: { reason: 'common' } });
    const extra = await send(undefined, 'POST', '/api/auth/sign-up', {
      email: 'extra@example.com',
      password: STRONG,
      acceptTerms: true,
      roles: ['admin'],
    });
    expect(extra.statusCode).toBe(400);
    expect(extra.json().code).toBe('VALIDATION_FAILED');
  });

  // The limits on failed sign-ins have a file of their own: sign-in-limits.int.test.ts.

  it('rotates the refresh cookie, detects the reuse of an old one, and checks CSRF', async () => {
    const user = await createUser(database, { email: 'rotate@example.com' });
    const { browser } = await signIn(user.email, TEST_PASSWORD);
    const first = browser.cookies.get(REFRESH_COOKIE)!;

    // No CSRF header, a wrong one, or a cross-site request: 403 before anything is rotated.
    expect((await send(browser, 'POST', '/api/auth/refresh')).json().code).toBe('CSRF_FAILED');
    const wrong = await send(browser, 'POST', '/api/auth/refresh', undefined, {
      headers: { 'x-csrf-token': 'x'.repeat(43) },
    });
    expect(wrong.statusCode).toBe(403);
    const crossSite = await send(browser, 'POST', '/api/auth/refresh', undefined, {
      headers: { ...csrfHeader(browser), 'sec-fetch-site': 'cross-site' },
    });
    expect(crossSite.statusCode).toBe(403);
    expect(browser.cookies.get(REFRESH_COOKIE)).toBe(first);

    const refreshed = await send(browser, 'POST', '/api/auth/refresh', undefined, {
      headers: csrfHeader(browser),
    });
    expect(refreshed.statusCode).toBe(200);
    const second = browser.cookies.get(REFRESH_COOKIE)!;
    expect(second).not.toBe(first);
    const tokens = sessionTokensSchema.parse(refreshed.json());

    // The old cookie presented after the grace window ends the session (simulated by ageing it).
    await database.owner.query(
      `update public.refresh_tokens set used_at = now() - interval '1 minute'
        where used_at is not null and session_id = (select session_id from public.refresh_tokens
          where token_hash = sha256($1::bytea))`,
      [Buffer.from(first)],
    );
    const thief: Browser = { cookies: new Map([...browser.cookies, [REFRESH_COOKIE, first]]) };
    const reuse = await send(thief, 'POST', '/api/auth/refresh', undefined, {
      headers: csrfHeader(browser),
    });
    expect(reuse.statusCode).toBe(401);
    expect(reuse.json().code).toBe('SESSION_ENDED');
    // The whole family is gone, and the access token stops working at once.
    const legit = await send(browser, 'POST', '/api/auth/refresh', undefined, {
      headers: csrfHeader(browser),
    });
    expect(legit.statusCode).toBe(401);
    const me = await send(
      { cookies: new Map(), accessToken: tokens.accessToken },
      'GET',
      '/api/account',
    );
    expect(me.json().code).toBe('SESSION_ENDED');
  });

  it('signs out: the cookie is cleared and the access token is refused at once', async () => {
    const user = await createUser(database, { email: 'bye@example.com' });
    const { browser, response } = await signIn(user.email, TEST_PASSWORD);
    browser.accessToken = sessionTokensSchema.parse(response.json()).accessToken;
    const out = await send(browser, 'POST', '/api/auth/sign-out', undefined, {
      headers: csrfHeader(browser),
    });
    expect(out.statusCode).toBe(204);
    expect(browser.cookies.has(REFRESH_COOKIE)).toBe(false);
    const me = await send(browser, 'GET', '/api/account');
    expect(me.statusCode).toBe(401);
    expect(me.json().code).toBe('SESSION_ENDED');
  });

  it('enrols TOTP, refuses a replayed code, and signs in with a code or a recovery code once', async () => {
    const user = await createUser(database, { email: 'totp@example.com' });
    const { browser, response } = await signIn(user.email, TEST_PASSWORD);
    browser.accessToken = sessionTokensSchema.parse(response.json()).accessToken;

    // Re-authentication first.
    const noPassword = await send(browser, 'POST', '/api/account/mfa/totp', {
      currentPassword: 'not my password',
    });
    expect(noPassword.json().code).toBe('INVALID_CREDENTIALS');
    const enrol = await send(browser, 'POST', '/api/account/mfa/totp', {
      currentPassword: TEST_PASSWORD,
    });
    expect(enrol.statusCode).toBe(200);
    const { secret, otpauthUrl, qrCodeDataUrl } = enrol.json();
    expect(otpauthUrl).toMatch(/^otpauth:\/\/totp\/La%20Diva:totp%40example\.com\?/);
    expect(qrCodeDataUrl).toMatch(/^data:image\/svg\+xml;base64,/);
    // Sealed at rest: the stored value is not the secret.
    const stored = await database.owner.query<{ secret_sealed: string }>(
      'select secret_sealed from public.mfa_factors where user_id = $1',
      [user.id],
    );
    expect(stored.rows[0]!.secret_sealed).not.toContain(secret);

    const bad = await send(browser, 'POST', '/api/account/mfa/totp/confirm', { code: '000000' });
    expect(bad.json().code).toBe('INVALID_CODE');
    const first = await freshCode(secret);
    const confirmed = await send(browser, 'POST', '/api/account/mfa/totp/confirm', {
      code: first.code,
    });
    expect(confirmed.statusCode).toBe(200);
    const { recoveryCodes, session } = confirmed.json();
    expect(recoveryCodes).toHaveLength(10);
    expect(new Set(recoveryCodes).size).toBe(10);
    expect(session.user).toMatchObject({ aal: 'aal2', mfaEnabled: true });

    // Sign-in now asks for the second factor.
    const step1 = await signIn(user.email, TEST_PASSWORD);
    const challenge = signInResponseSchema.parse(step1.response.json());
    expect(challenge.status).toBe('mfa_required');
    expect(step1.browser.cookies.has(REFRESH_COOKIE)).toBe(false);
    if (challenge.status !== 'mfa_required') throw new Error('unreachable');

    // The code that confirmed enrolment is spent: replaying it fails.
    const replay = await send(undefined, 'POST', '/api/auth/mfa', {
      mfaToken: challenge.mfaToken,
      code: first.code,
    });
    expect(replay.statusCode).toBe(401);
    expect(replay.json().code).toBe('INVALID_CODE');

    const next = await freshCode(secret, first.step);
    const ok = await send(undefined, 'POST', '/api/auth/mfa', {
      mfaToken: challenge.mfaToken,
      code: next.code,
    });
    expect(ok.statusCode).toBe(200);
    expect(sessionTokensSchema.parse(ok.json()).user.aal).toBe('aal2');
    // The challenge opened its session: it opens no other (mfa-challenge.int.test.ts).
    const replayAgain = await send(undefined, 'POST', '/api/auth/mfa', {
      mfaToken: challenge.mfaToken,
      code: next.code,
    });
    expect(replayAgain.json().code).toBe('UNAUTHENTICATED');
    // And on a new challenge the spent code is still refused.
    const challengeOf = async () => {
      const body = signInResponseSchema.parse(
        (await signIn(user.email, TEST_PASSWORD)).response.json(),
      );
      if (body.status !== 'mfa_required') throw new Error('unreachable');
      return body.mfaToken;
    };
    const codeAgain = await send(undefined, 'POST', '/api/auth/mfa', {
      mfaToken: await challengeOf(),
      code: next.code,
    });
    expect(codeAgain.json().code).toBe('INVALID_CODE');

    // A recovery code works once, typed in any case, with or without its dash.
    const recovery = recoveryCodes[0].toUpperCase().replace('-', ' ');
    const withRecovery = await send(undefined, 'POST', '/api/auth/mfa', {
      mfaToken: await challengeOf(),
      recoveryCode: recovery,
    });
    expect(withRecovery.statusCode).toBe(200);
    const recoveryAgain = await send(undefined, 'POST', '/api/auth/mfa', {
      mfaToken: await challengeOf(),
      recoveryCode: recoveryCodes[0],
    });
    expect(recoveryAgain.json().code).toBe('INVALID_CODE');

    // A forged or foreign challenge is refused; an access token is not a challenge.
    const forged = await send(undefined, 'POST', '/api/auth/mfa', {
      mfaToken: session.accessToken,
      code: '123456',
    });
    expect(forged.statusCode).toBe(401);
    expect(forged.json().code).toBe('UNAUTHENTICATED');
  });

  it('a password reset never bypasses the second factor, and ends every session', async () => {
    const user = await createUser(database, { email: 'reset@example.com' });
    const { browser, response } = await signIn(user.email, TEST_PASSWORD);
    browser.accessToken = sessionTokensSchema.parse(response.json()).accessToken;
    const { secret } = (
      await send(browser, 'POST', '/api/account/mfa/totp', { currentPassword: TEST_PASSWORD })
    ).json();
    const enrolCode = await freshCode(secret);
    const confirmed = await send(browser, 'POST', '/api/account/mfa/totp/confirm', {
      code: enrolCode.code,
    });
    browser.accessToken = confirmed.json().session.accessToken;

    expect(
      (await send(undefined, 'POST', '/api/auth/forgot-password', { email: user.email }))
        .statusCode,
    ).toBe(202);
    expect(
      (await send(undefined, 'POST', '/api/auth/forgot-password', { email: 'no@example.com' }))
        .statusCode,
    ).toBe(202);
    const token = await linkToken(user.email, 'password_reset');
    const info = await send(undefined, 'POST', '/api/auth/link-info', { token });
    expect(info.json()).toEqual({ kind: 'password_reset', email: user.email, mfaRequired: true });

    const withoutCode = await send(undefined, 'POST', '/api/auth/reset-password', {
      token,
      password: STRONG,
    });
    expect(withoutCode.statusCode).toBe(403);
    expect(withoutCode.json().code).toBe('MFA_REQUIRED');
    const code = await freshCode(secret, enrolCode.step);
    const reset = await send(undefined, 'POST', '/api/auth/reset-password', {
      token,
      password: STRONG,
      code: code.code,
    });
    expect(reset.statusCode).toBe(204);
    expect((await send(browser, 'GET', '/api/account')).json().code).toBe('SESSION_ENDED');
    const reused = await send(undefined, 'POST', '/api/auth/reset-password', {
      token,
      password: STRONG,
    });
    expect(reused.json().code).toBe('INVALID_LINK');
    expect((await signIn(user.email, STRONG)).response.json().status).toBe('mfa_required');
  });

  it('lists sessions, ends another one, and a password change ends the others', async () => {
    const user = await createUser(database, { email: 'sessions@example.com' });
    const a = await signIn(user.email, TEST_PASSWORD);
    a.browser.accessToken = a.response.json().accessToken;
    const b = await signIn(user.email, TEST_PASSWORD);
    b.browser.accessToken = b.response.json().accessToken;
    const c = await signIn(user.email, TEST_PASSWORD);
    c.browser.accessToken = c.response.json().accessToken;

    const list = (await send(a.browser, 'GET', '/api/account/sessions')).json().items as {
      id: string;
      current: boolean;
    }[];
    expect(list).toHaveLength(3);
    expect(list.filter((s) => s.current)).toHaveLength(1);
    const bId = b.response.json().accessToken.split('.')[1];
    const bSession = JSON.parse(Buffer.from(bId, 'base64url').toString()).session_id as string;
    expect((await send(a.browser, 'DELETE', `/api/account/sessions/${bSession}`)).statusCode).toBe(
      204,
    );
    expect((await send(b.browser, 'GET', '/api/account')).statusCode).toBe(401);

    // Another user's session id is simply not found.
    const other = await createUser(database, { email: 'someone@example.com' });
    const foreign = await accessTokenFor(database, identity, other, 'aal1');
    expect(
      (await send(a.browser, 'DELETE', `/api/account/sessions/${foreign.sessionId}`)).statusCode,
    ).toBe(404);

    const changed = await send(a.browser, 'POST', '/api/account/password', {
      currentPassword: TEST_PASSWORD,
      newPassword: STRONG,
    });
    expect(changed.statusCode).toBe(204);
    expect((await send(a.browser, 'GET', '/api/account')).statusCode).toBe(200);
    expect((await send(c.browser, 'GET', '/api/account')).statusCode).toBe(401);
  });

  it('invites a colleague who sets a password, must enrol 2FA, and loses access with the role', async () => {
    const admin = await createUser(database, { email: 'boss@example.com', roles: ['admin'] });
    const boss: Browser = {
      cookies: new Map(),
      accessToken: (await accessTokenFor(database, identity, admin, 'aal2')).token,
    };
    const invited = await send(boss, 'POST', '/api/staff/invitations', {
      email: 'Door@Example.com',
      roles: ['door'],
      displayName: 'Léa',
    });
    expect(invited.statusCode).toBe(201);
    expect(invited.json()).toMatchObject({
      email: 'door@example.com',
      pending: true,
      roles: ['door'],
    });
    const token = await linkToken('door@example.com', 'staff_invitation');
    expect((await send(undefined, 'POST', '/api/auth/link-info', { token })).json()).toMatchObject({
      kind: 'invitation',
      email: 'door@example.com',
    });
    expect(
      (
        await send(undefined, 'POST', '/api/auth/accept-invitation', {
          token,
          password: STRONG,
        })
      ).statusCode,
    ).toBe(204);

    const { browser, response } = await signIn('door@example.com', STRONG);
    const tokens = sessionTokensSchema.parse(response.json());
    expect(tokens.mfaEnrollmentRequired).toBe(true);
    expect(tokens.user.roles).toEqual(['door']);
    browser.accessToken = tokens.accessToken;
    // Staff routes need aal2: the door role without a second factor is refused.
    const staffOnly = await send(browser, 'GET', '/api/mailbox');
    expect(staffOnly.statusCode).toBe(403);

    const members = (await send(boss, 'GET', '/api/staff/members')).json().items as {
      id: string;
      email: string;
    }[];
    const door = members.find((m) => m.email === 'door@example.com')!;
    // Guests and other roles cannot manage staff.
    expect((await send(browser, 'GET', '/api/staff/members')).statusCode).toBe(403);

    const updated = await send(boss, 'PATCH', `/api/staff/members/${door.id}`, { roles: [] });
    expect(updated.json().roles).toEqual([]);
    expect((await send(browser, 'GET', '/api/account')).json().code).toBe('SESSION_ENDED');

    // An admin cannot demote themselves (the database refuses).
    const self = await send(boss, 'PATCH', `/api/staff/members/${admin.id}`, { roles: ['door'] });
    expect(self.statusCode).toBe(403);
    const audit = (await send(boss, 'GET', '/api/audit?limit=50')).json().items as {
      action: string;
    }[];
    expect(audit.map((entry) => entry.action)).toEqual(
      expect.arrayContaining(['staff.invited', 'staff.invitation.accepted', 'staff.updated']),
    );
  });

  it('creates the first admin from the environment once, or prints a one-time setup link', async () => {
    const fresh = await createTestDatabase();
    try {
      const notifications = await createTestNotifications(fresh);
      const own = await createTestIdentity(fresh, notifications);
      const link = await own.firstAdmin.ensure({});
      expect(link).toHaveProperty('setupUrl');
      const again = await own.firstAdmin.ensure({});
      const token = new URL((again as { setupUrl: string }).setupUrl).hash.slice('#token='.length);
      // Only the latest link works.
      const older = new URL((link as { setupUrl: string }).setupUrl).hash.slice('#token='.length);
      const meta = { ip: '127.0.0.1', requestId: 't' };
      await expect(
        own.firstAdmin.completeSetup(
          { token: older, email: 'a@example.com', password: STRONG },
          meta,
        ),
      ).rejects.toMatchObject({ code: 'INVALID_LINK' });
      await own.firstAdmin.completeSetup(
        { token, email: 'first@example.com', password: STRONG },
        meta,
      );
      expect(await own.firstAdmin.ensure({})).toEqual({ created: 'none' });

      const env = { email: 'env-admin@example.com', password: STRONG };
      expect(await own.firstAdmin.ensure(env)).toEqual({ created: 'admin' });
      expect(await own.firstAdmin.ensure(env)).toEqual({ created: 'existing' });
      const { rows } = await fresh.owner.query<{ n: number }>(
        `select count(*)::int as n from public.users where roles @> '{admin}'`,
      );
      expect(rows[0]!.n).toBe(2);
    } finally {
      await fresh.close();
    }
  });

  it('exports a guest’s data and erases the account, keeping an anonymous tombstone', async () => {
    const user = await createUser(database, { email: 'gdpr@example.com' });
    const { browser, response } = await signIn(user.email, TEST_PASSWORD);
    browser.accessToken = response.json().accessToken;
    const exported = await send(browser, 'GET', '/api/account/export');
    expect(exported.statusCode).toBe(200);
    expect(exported.headers['content-disposition']).toContain('attachment');
    expect(exported.json().account.email).toBe(user.email);
    expect(JSON.stringify(exported.json())).not.toMatch(/argon2|password/i);

    const refused = await send(browser, 'POST', '/api/account/erase', {
      currentPassword: TEST_PASSWORD,
      confirm: 'erase',
    });
    expect(refused.statusCode).toBe(400);
    const erased = await send(browser, 'POST', '/api/account/erase', {
      currentPassword: TEST_PASSWORD,
      confirm: 'ERASE',
    });
    expect(erased.statusCode).toBe(204);
    const { rows } = await database.owner.query(
      'select email, password_hash, display_name, erased_at from public.users where id = $1',
      [user.id],
    );
    expect(rows[0].email).toMatch(/@erased\.invalid$/);
    expect(rows[0].password_hash).toBeNull();
    expect(rows[0].erased_at).not.toBeNull();
    expect((await send(browser, 'GET', '/api/account')).statusCode).toBe(401);
    expect((await signIn(user.email, TEST_PASSWORD)).response.statusCode).toBe(401);
  });

  it('opens no session for an account disabled between the password and the code', async () => {
    const user = await createUser(database, { email: 'disabled-meanwhile@example.com' });
    await database.owner.query('update public.users set disabled_at = now() where id = $1', [
      user.id,
    ]);
    await expect(
      identity.sessionIssuer.start(user.id, 'aal2', { ip: '127.0.0.1', requestId: 't' }),
    ).rejects.toMatchObject({ code: 'INVALID_CREDENTIALS', statusCode: 401 });
  });

  it('gives a foreign origin no CORS allowance', async () => {
    const response = await app.inject({
      method: 'OPTIONS',
      url: '/api/auth/sign-in',
      headers: {
        origin: 'https://evil.example',
        'access-control-request-method': 'POST',
      },
    });
    expect(response.headers['access-control-allow-origin']).toBeUndefined();
    expect(response.headers['access-control-allow-credentials']).toBeUndefined();
  });
});
