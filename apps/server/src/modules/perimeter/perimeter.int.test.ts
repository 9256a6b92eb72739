// The perimeter as wired into the app: CORS only for listed origins, client addresses from
// trusted proxies only, and rate limits on the public endpoints that write.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp } from '../../../test/test-app.ts';
import { createTestDatabase, type TestDatabase } from '../../../test/test-database.ts';

const subscription = (n: number, ip?: string) => ({
  method: 'POST' as const,
  url: '/api/push/subscriptions',
  headers: ip ? { 'x-forwarded-for': ip } : {},
  payload: {
    endpoint: `https://push.example.com/send/${n}`,
    keys: { p256dh: 'BNcRdreALRFXTkOOUHK1EtK2wtaz5Ry4YfYCA_0QTpQ', auth: 'tBHItJI5svbpez7KI4CCXg' },
  },
});

describe('perimeter', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database.close());

  it('answers CORS preflights for listed origins only', async () => {
    const app = await buildTestApp(database, { corsOrigins: ['https://partner.example'] });
    const preflight = (origin: string) =>
      app.inject({
        method: 'OPTIONS',
        url: '/api/venue',
        headers: { origin, 'access-control-request-method': 'GET' },
      });
    const allowed = await preflight('https://partner.example');
    expect(allowed.headers['access-control-allow-origin']).toBe('https://partner.example');
    const refused = await preflight('https://evil.example');
    expect(refused.headers['access-control-allow-origin']).toBeUndefined();
    await app.close();
  });

  it('limits push registrations per client, 429 with Retry-After beyond the limit', async () => {
    const app = await buildTestApp(database);
    for (let i = 0; i < 30; i++) {
      const response = await app.inject(subscription(i));
      expect(response.statusCode).toBe(204);
    }
    const refused = await app.inject(subscription(99));
    expect(refused.statusCode).toBe(429);
    expect(refused.json()).toMatchObject({ code: 'RATE_LIMITED' });
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    await app.close();
  });

  it('believes X-Forwarded-For only from a trusted proxy', async () => {
    // Untrusted peer: a forged header does not buy a fresh bucket (same socket address, limit hit).
    const untrusted = await buildTestApp(database);
    expect((await untrusted.inject(subscription(200, '203.0.113.7'))).statusCode).toBe(429);
    await untrusted.close();
    // Behind a trusted proxy (the injected socket address), each client has its own bucket.
    const proxied = await buildTestApp(database, { trustedProxies: ['127.0.0.1'] });
    expect((await proxied.inject(subscription(201, '203.0.113.7'))).statusCode).toBe(204);
    expect((await proxied.inject(subscription(202, '198.51.100.4'))).statusCode).toBe(204);
    await proxied.close();
  });
});
