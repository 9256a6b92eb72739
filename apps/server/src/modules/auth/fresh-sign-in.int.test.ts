// ADR 0029: right after signing in with the password, starting two-step verification does not ask
// for it again; later it does, a wrong one is still refused, and nothing else takes the shortcut.
import { sessionTokensSchema } from '@ladiva/contract/auth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../app.ts';
import { createUser, TEST_PASSWORD } from '../../../test/auth-helpers.ts';
import {
  buildTestApp,
  createTestIdentity,
  createTestNotifications,
} from '../../../test/test-app.ts';
import { createTestDatabase, type TestDatabase } from '../../../test/test-database.ts';
import { FRESH_SIGN_IN_SECONDS } from './reauthentication.ts';

describe('a fresh sign-in stands for the password when adding a second factor', () => {
  let database: TestDatabase;
  let app: App;

  beforeAll(async () => {
    database = await createTestDatabase();
    const notifications = await createTestNotifications(database);
    const identity = await createTestIdentity(database, notifications);
    app = await buildTestApp(database, { notifications, identity });
  });
  afterAll(async () => {
    await app.close();
    await database.close();
  });

  let ip = 1;
  /** Signs in with the password (from an address of its own); the access token and session. */
  async function signIn(email: string) {
    const response = await app.inject({
      method: 'POST',
      url: '/api/auth/sign-in',
      payload: { email, password: TEST_PASSWORD },
      remoteAddress: `203.0.113.${ip++}`,
    });
    expect(response.statusCode).toBe(200);
    const { accessToken } = sessionTokensSchema.parse(response.json());
    const { rows } = await database.owner.query<{ id: string }>(
      `select s.id from sessions s join users u on u.id = s.user_id
        where u.email = $1 order by s.created_at desc limit 1`,
      [email],
    );
    return { accessToken, sessionId: rows[0]!.id };
  }

  const post = (token: string, url: string, payload: object) =>
    app.inject({ method: 'POST', url, payload, headers: { authorization: `Bearer ${token}` } });

  /** The session signed in `seconds` ago. */
  const age = (sessionId: string, seconds: number) =>
    database.owner.query(
      `update sessions set created_at = now() - make_interval(secs => $2) where id = $1`,
      [sessionId, seconds],
    );

  it('starts the set-up without the password within minutes of the sign-in', async () => {
    const user = await createUser(database, { email: 'porte@ladiva.example', roles: ['door'] });
    const { accessToken, sessionId } = await signIn(user.email);
    await age(sessionId, FRESH_SIGN_IN_SECONDS - 30);
    const start = await post(accessToken, '/api/account/mfa/totp', {});
    expect(start.statusCode).toBe(200);
    expect(start.json().secret).toMatch(/^[A-Z2-7]+$/);
  });

  it('asks for the password once the sign-in is older, and still refuses a wrong one', async () => {
    const user = await createUser(database, {
      email: 'cuisine@ladiva.example',
      roles: ['kitchen'],
    });
    const { accessToken, sessionId } = await signIn(user.email);

    // A wrong password is checked even on a fresh session: sending one never skips the check.
    const wrong = await post(accessToken, '/api/account/mfa/totp', {
      currentPassword: 'not my password',
    });
    expect(wrong.statusCode).toBe(401);
    expect(wrong.json().code).toBe('INVALID_CREDENTIALS');

    await age(sessionId, FRESH_SIGN_IN_SECONDS + 1);
    const stale = await post(accessToken, '/api/account/mfa/totp', {});
    // 403: the token is good; the client asks for the password rather than refreshing it.
    expect(stale.statusCode).toBe(403);
    expect(stale.json().code).toBe('REAUTHENTICATION_REQUIRED');
    const withPassword = await post(accessToken, '/api/account/mfa/totp', {
      currentPassword: TEST_PASSWORD,
    });
    expect(withPassword.statusCode).toBe(200);
  });

  it('counts only the session’s own sign-in, and only while it lives', async () => {
    const user = await createUser(database, { email: 'bar@ladiva.example', roles: ['box_office'] });
    const old = await signIn(user.email);
    await age(old.sessionId, FRESH_SIGN_IN_SECONDS * 10);
    // Another, fresh sign-in of the same account does not make the old session fresh.
    const fresh = await signIn(user.email);
    const fromOld = await post(old.accessToken, '/api/account/mfa/totp', {});
    expect(fromOld.json().code).toBe('REAUTHENTICATION_REQUIRED');
    // An ended session is no sign-in at all (its token is refused before the rule is asked).
    await database.owner.query(
      `update sessions set revoked_at = now(), revoked_reason = 'sign_out' where id = $1`,
      [fresh.sessionId],
    );
    const ended = await post(fresh.accessToken, '/api/account/mfa/totp', {});
    expect(ended.statusCode).toBe(401);
    expect(ended.json().code).toBe('SESSION_ENDED');
  });

  it('stands for nothing else: password, email, 2FA off, recovery codes, erasure still take it', async () => {
    const user = await createUser(database, { email: 'caisse@ladiva.example' });
    const { accessToken } = await signIn(user.email);
    for (const [url, payload] of [
      ['/api/account/password', { newPassword: 'Un autre soir au cabaret 1926' }],
      ['/api/account/mfa/totp/disable', {}],
      ['/api/account/mfa/recovery-codes', {}],
      ['/api/account/erase', { confirm: 'ERASE' }],
      ['/api/account/email', { newEmail: 'ailleurs@example.com' }],
    ] as const) {
      const response = await post(accessToken, url, payload);
      expect({ url, status: response.statusCode, code: response.json().code }).toEqual({
        url,
        status: 400,
        code: 'VALIDATION_FAILED',
      });
    }
  });
});
