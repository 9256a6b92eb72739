// Sign-in limits that stop guessing without handing attackers a lock (issue #12, item 4): an
// address that fails on an account is stopped on that account; the account itself slows down
// only after many failures from everywhere (a distributed attack); a device already signed in to
// the account (its refresh cookie) is let through that; and a proxy sending X-Forwarded-For
// without being trusted is reported once in the log, since all its clients share one address.
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../app.ts';
import { createUser, TEST_PASSWORD } from '../../../test/auth-helpers.ts';
import {
  buildTestApp,
  createTestIdentity,
  createTestNotifications,
} from '../../../test/test-app.ts';
import { createTestDatabase, type TestDatabase } from '../../../test/test-database.ts';
import type { Identity } from './identity.ts';
import type { NotificationService } from '../../services/notifications/notification-service.ts';
import { REFRESH_COOKIE } from './auth-cookies.ts';
import {
  ACCOUNT_FAILURE_LIMIT,
  ADDRESS_FAILURE_LIMIT,
  PAIR_FAILURE_LIMIT,
} from './sign-in-limits.ts';

describe('sign-in limits', () => {
  let database: TestDatabase;
  let notifications: NotificationService;
  let identity: Identity;
  let app: App;

  beforeAll(async () => {
    database = await createTestDatabase();
    notifications = await createTestNotifications(database);
    identity = await createTestIdentity(database, notifications);
    app = await buildTestApp(database, { notifications, identity });
  });
  afterAll(async () => {
    await app?.close();
    await database?.close();
  });

  let counter = 0;
  /** A fresh address per call unless one is given: tests do not share buckets. */
  const newIp = () => `198.18.${Math.floor(++counter / 250)}.${(counter % 250) + 1}`;

  const signIn = (email: string, password: string, ip: string, cookie?: string) =>
    app.inject({
      method: 'POST',
      url: '/api/auth/sign-in',
      payload: { email, password },
      remoteAddress: ip,
      headers: cookie ? { cookie: `${REFRESH_COOKIE}=${cookie}` } : {},
    });

  const refreshCookieOf = (response: Awaited<ReturnType<typeof signIn>>) =>
    (response.cookies as { name: string; value: string }[]).find(
      (cookie) => cookie.name === REFRESH_COOKIE,
    )?.value;

  it('lets the owner in with the right password after an attacker’s failures elsewhere', async () => {
    const owner = await createUser(database, { email: 'owner@example.com' });
    const attacker = newIp();
    for (let i = 0; i < PAIR_FAILURE_LIMIT; i += 1) {
      expect((await signIn(owner.email, 'not the password', attacker)).statusCode).toBe(401);
    }
    const response = await signIn(owner.email, TEST_PASSWORD, newIp());
    expect(response.statusCode, response.body).toBe(200);
  });

  it('stops the attacker’s address on that account, right password or not', async () => {
    const victim = await createUser(database, { email: 'victim@example.com' });
    const attacker = newIp();
    for (let i = 0; i < PAIR_FAILURE_LIMIT; i += 1) {
      await signIn(victim.email, `guess ${i}`, attacker);
    }
    for (const password of ['another guess', TEST_PASSWORD]) {
      const response = await signIn(victim.email, password, attacker);
      expect(response.statusCode).toBe(429);
      expect(response.json().code).toBe('RATE_LIMITED');
      expect(Number(response.headers['retry-after'])).toBeGreaterThan(0);
    }
    // The same address may still sign in to another account.
    const other = await createUser(database, { email: 'neighbour@example.com' });
    expect((await signIn(other.email, TEST_PASSWORD, attacker)).statusCode).toBe(200);
  });

  it('caps a distributed attack per account; a known device still signs in', async () => {
    const target = await createUser(database, { email: 'target@example.com' });
    // The owner signed in on their phone before the attack: the phone holds a refresh cookie.
    const before = await signIn(target.email, TEST_PASSWORD, newIp());
    const phone = refreshCookieOf(before);
    expect(phone).toBeDefined();

    // Many addresses, each well under its own limit.
    for (let i = 0; i < ACCOUNT_FAILURE_LIMIT; i += 1) {
      expect((await signIn(target.email, `guess ${i}`, newIp())).statusCode).toBe(401);
    }
    // The account now waits, whatever the address and the password…
    const stranger = await signIn(target.email, TEST_PASSWORD, newIp());
    expect(stranger.statusCode).toBe(429);
    expect(Number(stranger.headers['retry-after'])).toBeGreaterThan(0);
    // …and a cookie of another account, or a made-up one, is no pass.
    const other = await createUser(database, { email: 'other-device@example.com' });
    const otherCookie = refreshCookieOf(await signIn(other.email, TEST_PASSWORD, newIp()));
    for (const cookie of [otherCookie!, 'x'.repeat(43)]) {
      expect((await signIn(target.email, TEST_PASSWORD, newIp(), cookie)).statusCode).toBe(429);
    }
    // The owner's phone is known to the account: it signs in.
    const known = await signIn(target.email, TEST_PASSWORD, newIp(), phone);
    expect(known.statusCode, known.body).toBe(200);
    // A known device that guesses is limited on its own, without locking the account more.
    const device = refreshCookieOf(known)!;
    for (let i = 0; i < PAIR_FAILURE_LIMIT; i += 1) {
      expect((await signIn(target.email, `guess ${i}`, newIp(), device)).statusCode).toBe(401);
    }
    expect((await signIn(target.email, TEST_PASSWORD, newIp(), device)).statusCode).toBe(429);
  });

  it('slows down one address that fails on many accounts (password spraying)', async () => {
    const sprayer = newIp();
    for (let i = 0; i < ADDRESS_FAILURE_LIMIT; i += 1) {
      await signIn(`nobody-${i}@example.com`, 'Summer2025!', sprayer);
    }
    const someone = await createUser(database, { email: 'sprayed@example.com' });
    expect((await signIn(someone.email, TEST_PASSWORD, sprayer)).statusCode).toBe(429);
    expect((await signIn(someone.email, TEST_PASSWORD, newIp())).statusCode).toBe(200);
  });

  it('warns once when X-Forwarded-For comes from a peer not in TRUSTED_PROXIES', async () => {
    const lines: { level: number; msg: string; peer?: string }[] = [];
    const logger = pino(
      { level: 'info' },
      { write: (line: string) => lines.push(JSON.parse(line)) },
    );
    const warnings = () =>
      lines.filter((line) => line.level === 40 && line.msg.includes('X-Forwarded-For'));

    const trusting = await buildTestApp(database, {
      notifications,
      identity,
      logger,
      trustedProxies: ['192.0.2.10'],
    });
    const proxied = (server: App, peer: string) =>
      server.inject({
        url: '/api/health',
        remoteAddress: peer,
        headers: { 'x-forwarded-for': '203.0.113.50' },
      });
    // From the listed proxy, or without the header: nothing to say.
    await proxied(trusting, '192.0.2.10');
    await trusting.inject({ url: '/api/health', remoteAddress: '192.0.2.11' });
    expect(warnings()).toEqual([]);
    // From another peer: said once, naming the peer and the key to set.
    await proxied(trusting, '192.0.2.11');
    await proxied(trusting, '192.0.2.12');
    expect(warnings()).toHaveLength(1);
    expect(warnings()[0]).toMatchObject({ peer: '192.0.2.11' });
    expect(warnings()[0]!.msg).toContain('TRUSTED_PROXIES');
    await trusting.close();
  });
});
