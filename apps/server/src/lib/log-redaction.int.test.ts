// Nothing secret or personal in the logs: the real app, with the production logger options at
// `trace`, writing into memory, taken through the flows that handle secrets — sign-up, a wrong and
// a right password, a bearer request, a refresh with its cookies, a signed view link, validation
// failures and crashes whose errors carry secrets. Then the whole log is searched for each secret.
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { CSRF_COOKIE, CSRF_HEADER } from '@ladiva/contract/auth-vocabulary';
import type { InjectOptions } from 'fastify';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp, type App } from '../app.ts';
import { loadConfig } from '../config.ts';
import { REFRESH_COOKIE } from '../modules/auth/auth-cookies.ts';
import { createIdentity, type Identity } from '../modules/auth/identity.ts';
import { PUBLIC } from '../plugins/request-claims.ts';
import { NotificationService } from '../services/notifications/notification-service.ts';
import { accessTokenFor, createUser, TEST_PASSWORD } from '../../test/auth-helpers.ts';
import { createTestDatabase, type TestDatabase } from '../../test/test-database.ts';
import { loggerOptions } from './logger.ts';
import { loadSecretBox } from './secret-box.ts';

const SIGN_UP_PASSWORD = 'Velours rouge et strass 1931';
const REJECTED_SIGN_UP_PASSWORD = 'Champagne tiède au balcon 1902';
const WRONG_PASSWORD = 'Mauvais mot de passe 0000';
const CRASH_SECRET = 'pg-s3cr3t-in-a-crash-message';
const URL_SECRET = 'pg-s3cr3t-in-an-unparsable-url';
const PROPERTY_SECRET = 'secret-held-by-an-error-property';
const NESTED_BEARER = 'Bearer nested.header.value-from-an-upstream-error';

/** Set-Cookie value of one cookie in a response. */
function cookieValue(setCookie: string | string[] | undefined, name: string): string {
  const found = [setCookie ?? []]
    .flat()
    .map((line) => line.split(';')[0]!)
    .find((pair) => pair.startsWith(`${name}=`));
  if (!found) throw new Error(`no ${name} cookie in ${JSON.stringify(setCookie)}`);
  return decodeURIComponent(found.slice(name.length + 1));
}

describe('log redaction', () => {
  let database: TestDatabase;
  let notifications: NotificationService;
  let identity: Identity;
  let app: App;
  const lines: string[] = [];
  /** Everything the flows below put in front of the logger, and must not come out of it. */
  const secrets = new Map<string, string>();
  /**
   * Secrets the log does not yet keep out (reported): those inside the error of a crash, which
   * the error handler logs whole (`{ err }`) where REDACTED_PATHS does not reach, and the `view`
   * token in the query string of a frame's URL, logged as `req.url`.
   */
  const knownLeaks = new Map<string, string>();
  const requestIds: string[] = [];

  beforeAll(async () => {
    database = await createTestDatabase();
    const logger = pino(loggerOptions('trace'), {
      write: (line: string) => {
        lines.push(line);
      },
    });
    // As buildTestApp and createTestNotifications wire it, but every part logs into `lines`.
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'ladiva-it-logs-'));
    const config = loadConfig({ DATA_DIR: dataDir, PUBLIC_URL: 'http://localhost:3000' });
    const box = await loadSecretBox({ dataDir });
    notifications = await NotificationService.create({
      config,
      serviceDb: database.serviceDb,
      logger,
      box,
    });
    identity = await createIdentity({ config, db: database.db, notifications, box });
    app = await buildApp({
      config: {
        publicUrl: 'http://localhost:3000',
        webDistDir: '/nonexistent/web-dist',
        env: 'production',
        trustedProxies: [],
        corsOrigins: [],
      },
      db: database.db,
      serviceDb: database.serviceDb,
      pool: database.pool,
      notifications,
      identity,
      logger,
    });
    // Crashes whose errors carry secrets: in their message, and in properties at several depths.
    app.get('/api/test/crash-message', { config: { access: PUBLIC } }, () => {
      throw new Error(`connect failed: postgres://ladiva:${CRASH_SECRET}@db:5432/ladiva`);
    });
    app.get('/api/test/crash-url', { config: { access: PUBLIC } }, () => {
      // Node's own TypeError keeps the string it could not parse in `input`.
      return new URL(`postgres://ladiva:${URL_SECRET}@db:5432:x/ladiva`);
    });
    app.get('/api/test/crash-properties', { config: { access: PUBLIC } }, () => {
      throw Object.assign(new Error('the upstream refused'), {
        password: PROPERTY_SECRET,
        config: { headers: { authorization: NESTED_BEARER } },
      });
    });
    await app.ready();
  });
  afterAll(async () => {
    await app?.close();
    await notifications?.stop();
    await database?.close();
  });

  /** Each request, remembered by its id (to prove the log does carry ids). */
  async function send(options: InjectOptions) {
    const response = await app.inject(options);
    requestIds.push(String(response.headers['x-request-id']));
    return response;
  }

  it('takes the secrets through the app', async () => {
    // Sign-up, accepted; then refused by validation (terms not accepted, an unknown field).
    secrets.set('sign-up password', SIGN_UP_PASSWORD);
    secrets.set('sign-up email', 'nouvelle.cliente@example.com');
    const signUp = await send({
      method: 'POST',
      url: '/api/auth/sign-up',
      payload: {
        email: 'nouvelle.cliente@example.com',
        password: SIGN_UP_PASSWORD,
        acceptTerms: true,
      },
    });
    expect(signUp.statusCode).toBe(202);
    secrets.set('rejected sign-up password', REJECTED_SIGN_UP_PASSWORD);
    const invalid = await send({
      method: 'POST',
      url: '/api/auth/sign-up',
      payload: {
        email: 'refusee@example.com',
        password: REJECTED_SIGN_UP_PASSWORD,
        acceptTerms: false,
        token: REJECTED_SIGN_UP_PASSWORD,
      },
    });
    expect(invalid.statusCode).toBe(400);
    expect(invalid.body).not.toContain(REJECTED_SIGN_UP_PASSWORD);

    // A wrong password, then the right one.
    const user = await createUser(database, { email: 'habituee@example.com' });
    secrets.set('user email', user.email);
    secrets.set('wrong password', WRONG_PASSWORD);
    secrets.set('password', TEST_PASSWORD);
    const wrong = await send({
      method: 'POST',
      url: '/api/auth/sign-in',
      payload: { email: user.email, password: WRONG_PASSWORD },
    });
    expect(wrong.statusCode).toBe(401);
    const signIn = await send({
      method: 'POST',
      url: '/api/auth/sign-in',
      payload: { email: user.email, password: TEST_PASSWORD },
    });
    expect(signIn.statusCode).toBe(200);
    const { accessToken, csrfToken } = signIn.json() as { accessToken: string; csrfToken: string };
    const refreshToken = cookieValue(signIn.headers['set-cookie'], REFRESH_COOKIE);
    expect(cookieValue(signIn.headers['set-cookie'], CSRF_COOKIE)).toBe(csrfToken);
    secrets.set('access token', accessToken);
    secrets.set('authorization header', `Bearer ${accessToken}`);
    secrets.set('refresh token', refreshToken);
    secrets.set('csrf token', csrfToken);

    // A bearer request.
    const account = await send({
      url: '/api/account',
      headers: { authorization: `Bearer ${accessToken}` },
    });
    expect(account.statusCode).toBe(200);

    // A refresh with the cookies and the CSRF header: rotates both.
    const cookieHeader = `${REFRESH_COOKIE}=${refreshToken}; ${CSRF_COOKIE}=${csrfToken}`;
    secrets.set('cookie header', cookieHeader);
    const refreshed = await send({
      method: 'POST',
      url: '/api/auth/refresh',
      headers: { cookie: cookieHeader, [CSRF_HEADER]: csrfToken },
    });
    expect(refreshed.statusCode).toBe(200);
    const renewed = refreshed.json() as { accessToken: string; csrfToken: string };
    secrets.set('renewed access token', renewed.accessToken);
    secrets.set('renewed csrf token', renewed.csrfToken);
    secrets.set(
      'renewed refresh token',
      cookieValue(refreshed.headers['set-cookie'], REFRESH_COOKIE),
    );
    // A refresh token that is not one of ours, and a bearer token whose signature is not.
    const unknownRefresh = `${refreshToken.slice(0, -6)}zzzzzz`;
    const unknownCookie = `${REFRESH_COOKIE}=${unknownRefresh}; ${CSRF_COOKIE}=${renewed.csrfToken}`;
    secrets.set('unknown refresh token', unknownRefresh);
    secrets.set('cookie header of a refused refresh', unknownCookie);
    const refused = await send({
      method: 'POST',
      url: '/api/auth/refresh',
      headers: { cookie: unknownCookie, [CSRF_HEADER]: renewed.csrfToken },
    });
    expect(refused.statusCode).toBe(401);
    const forged = `${accessToken.slice(0, -4)}AAAA`;
    secrets.set('forged token', forged);
    expect(
      (await send({ url: '/api/account', headers: { authorization: `Bearer ${forged}` } }))
        .statusCode,
    ).toBe(401);

    // Crashes.
    secrets.set('password property of an error', PROPERTY_SECRET);
    knownLeaks.set('password in a crash message', CRASH_SECRET);
    knownLeaks.set('connection string in the `input` of a URL TypeError', URL_SECRET);
    knownLeaks.set('authorization header nested in an error property', NESTED_BEARER);
    for (const url of [
      '/api/test/crash-message',
      '/api/test/crash-url',
      '/api/test/crash-properties',
    ]) {
      const crash = await send({ url });
      expect(crash.statusCode, url).toBe(500);
      expect(crash.json(), url).toMatchObject({ code: 'INTERNAL' });
      expect(crash.body, url).not.toMatch(/s3cr3t|secret|nested/);
    }

    // A signed view link (a frame's URL): its token travels in the query string.
    const manager = await createUser(database, { email: 'regie@example.com', roles: ['manager'] });
    const staff = await accessTokenFor(database, identity, manager, 'aal2');
    secrets.set('staff access token', staff.token);
    const preview = await send({
      url: '/api/notifications/templates/reminder/preview',
      headers: { authorization: staff.authorization },
    });
    expect(preview.statusCode).toBe(200);
    const { htmlUrl } = preview.json() as { htmlUrl: string };
    const view = new URL(htmlUrl, 'http://x').searchParams.get('view');
    expect(view).toBeTruthy();
    knownLeaks.set('view token in the query string of a logged URL', view!);
    expect((await send({ url: htmlUrl })).statusCode).toBe(200);

    // Sign-out with the renewed token.
    const signOut = await send({
      method: 'POST',
      url: '/api/auth/sign-out',
      headers: { authorization: `Bearer ${renewed.accessToken}` },
    });
    expect(signOut.statusCode).toBe(204);
  });

  it('logs none of them', () => {
    const log = lines.join('');
    const leaked = [...secrets].filter(([, value]) => log.includes(value)).map(([name]) => name);
    expect(leaked).toEqual([]);
  });

  // Crash errors keep only their type, code, message and stack (scrubbed), and logged URLs lose
  // their credential parameters (logger.ts serializers).
  it('logs no secret of a crash error or a view link', () => {
    const log = lines.join('');
    const leaked = [...knownLeaks].filter(([, value]) => log.includes(value)).map(([name]) => name);
    expect(leaked).toEqual([]);
    const entries = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
    const failed = entries.filter((entry) => entry.msg === 'request failed');
    expect(failed.length).toBeGreaterThanOrEqual(3);
    for (const entry of failed) {
      expect(Object.keys(entry.err as object).sort()).toEqual(
        expect.arrayContaining(['message', 'stack', 'type']),
      );
      expect(entry.err).not.toHaveProperty('config');
      expect(entry.err).not.toHaveProperty('input');
    }
  });

  it('still logs what an operator needs: request ids, methods, urls, statuses, error codes', () => {
    expect(lines.length).toBeGreaterThan(20);
    const entries = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(entries.every((entry) => entry.service === 'ladiva')).toBe(true);
    const log = lines.join('');
    for (const id of requestIds) expect(log).toContain(id);
    for (const url of [
      '/api/auth/sign-up',
      '/api/auth/sign-in',
      '/api/auth/refresh',
      '/api/account',
    ]) {
      expect(log).toContain(url);
    }
    // Requests are logged by method, url, host and address: never their headers or body, so the
    // header paths of REDACTED_PATHS are a second line of defence, not the first.
    const requests = entries.flatMap((entry) => (entry.req ? [entry.req as object] : []));
    expect(requests.length).toBe(requestIds.length);
    for (const req of requests) {
      expect(
        Object.keys(req).every((key) =>
          ['method', 'url', 'host', 'remoteAddress', 'remotePort', 'version'].includes(key),
        ),
      ).toBe(true);
    }
    const messages = entries.map((entry) => entry.msg);
    expect(messages).toContain('incoming request');
    expect(messages).toContain('request completed');
    expect(messages).toContain('request rejected');
    expect(messages).toContain('request failed');
    const rejected = entries.filter((entry) => entry.msg === 'request rejected');
    expect(rejected.map((entry) => entry.code)).toEqual(
      expect.arrayContaining(['VALIDATION_FAILED', 'UNAUTHENTICATED']),
    );
    // The crash is logged with its type and stack, against the request id.
    const failed = entries.filter((entry) => entry.msg === 'request failed');
    expect(failed).toHaveLength(3);
    for (const entry of failed) {
      expect(typeof entry.reqId).toBe('string');
      expect((entry.err as { type?: string }).type).toMatch(/Error$/);
    }
  });
});
