import { errorResponseSchema } from '@ladiva/contract/errors';
import Fastify from 'fastify';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../test/test-database.ts';
import { ANONYMOUS, withRequestContext, withServiceContext } from '../../db/request-context.ts';
import { registerErrorHandlers } from '../../plugins/error-handler.ts';
import { clientIp } from './client-ip.ts';
import { hitRateLimit, rateLimit, rateLimitBucket } from './rate-limit.ts';

const HOUR = 3600;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('rate limits in PostgreSQL', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase({ poolSize: 10 });
  });
  afterAll(() => database.close());

  it('allows the limit, then refuses with the time left in the window', async () => {
    const rule = { scope: 'login:email', key: 'ada@example.com', limit: 5, windowSeconds: HOUR };
    const results = [];
    for (let i = 0; i < 7; i++) results.push(await hitRateLimit(database.db, rule));
    expect(results.map((r) => r.allowed)).toEqual([true, true, true, true, true, false, false]);
    expect(results.map((r) => r.remaining)).toEqual([4, 3, 2, 1, 0, 0, 0]);
    expect(results[0]!.retryAfterSeconds).toBe(0);
    expect(results[5]!.retryAfterSeconds).toBeGreaterThanOrEqual(1);
    expect(results[5]!.retryAfterSeconds).toBeLessThanOrEqual(HOUR);
  });

  it('stores only the hash of scope and key', async () => {
    const { rows } = await database.owner.query<{ bucket: string }>(
      'select bucket from public.rate_limit_hits',
    );
    expect(rows.map((r) => r.bucket)).toContain(rateLimitBucket('login:email', 'ada@example.com'));
    expect(JSON.stringify(rows)).not.toContain('ada');
  });

  it('opens again when the window ends', async () => {
    const rule = { scope: 'test:expiry', key: 'k', limit: 2, windowSeconds: 1 };
    let refused;
    for (let i = 0; i < 10 && !refused; i++) {
      const result = await hitRateLimit(database.db, rule);
      if (!result.allowed) refused = result;
    }
    expect(refused).toBeDefined();
    expect(refused!.retryAfterSeconds).toBe(1);
    await sleep(1_100);
    expect(await hitRateLimit(database.db, rule)).toEqual({
      allowed: true,
      remaining: 1,
      retryAfterSeconds: 0,
    });
  });

  it('allows exactly the limit out of 200 concurrent hits on several connections', async () => {
    const rule = { scope: 'test:concurrency', key: '198.51.100.4', limit: 50, windowSeconds: HOUR };
    const results = await Promise.all(
      Array.from({ length: 200 }, () => hitRateLimit(database.db, rule)),
    );
    const allowed = results.filter((r) => r.allowed);
    expect(allowed).toHaveLength(50);
    expect(new Set(allowed.map((r) => r.remaining)).size).toBe(50);
    const { rows } = await database.owner.query<{ hits: number }>(
      'select sum(hits)::int as hits from public.rate_limit_hits where bucket = $1',
      [rateLimitBucket(rule.scope, rule.key)],
    );
    expect(rows[0]?.hits).toBe(200);
  });

  it('keeps buckets apart per key and per scope', async () => {
    const base = { scope: 'test:isolation', limit: 1, windowSeconds: HOUR };
    expect((await hitRateLimit(database.db, { ...base, key: 'a' })).allowed).toBe(true);
    expect((await hitRateLimit(database.db, { ...base, key: 'a' })).allowed).toBe(false);
    expect((await hitRateLimit(database.db, { ...base, key: 'b' })).allowed).toBe(true);
    const other = { ...base, scope: 'test:isolation-2', key: 'a' };
    expect((await hitRateLimit(database.db, other)).allowed).toBe(true);
  });

  it('rejects a limit or window out of range', async () => {
    await expect(
      hitRateLimit(database.db, { scope: 's', key: 'k', limit: 0, windowSeconds: 1 }),
    ).rejects.toMatchObject({ code: '22023' });
    await expect(
      hitRateLimit(database.db, { scope: 's', key: 'k', limit: 1, windowSeconds: 0 }),
    ).rejects.toMatchObject({ code: '22023' });
  });

  it('gives request roles no access to the table, and cleanup to the service role only', async () => {
    await expect(
      withRequestContext(database.db, ANONYMOUS, (tx) =>
        sql`select * from public.rate_limit_hits`.execute(tx),
      ),
    ).rejects.toMatchObject({ code: '42501' });
    await expect(
      withRequestContext(database.db, ANONYMOUS, (tx) =>
        sql`select public.rate_limit_cleanup()`.execute(tx),
      ),
    ).rejects.toMatchObject({ code: '42501' });
    await expect(
      withServiceContext(database.serviceDb, (tx) =>
        sql`select * from public.rate_limit_hits`.execute(tx),
      ),
    ).rejects.toMatchObject({ code: '42501' });

    await hitRateLimit(database.db, {
      scope: 'test:cleanup',
      key: 'k',
      limit: 1,
      windowSeconds: 1,
    });
    await sleep(1_100);
    const { rows } = await withServiceContext(database.serviceDb, (tx) =>
      sql<{ removed: number }>`select public.rate_limit_cleanup() as removed`.execute(tx),
    );
    expect(rows[0]?.removed).toBeGreaterThanOrEqual(1);
    const after = await database.owner.query<{ expired: number; live: number }>(`
      select count(*) filter (where expires_at < now())::int as expired,
             count(*) filter (where expires_at >= now())::int as live
        from public.rate_limit_hits`);
    expect(after.rows[0]?.expired).toBe(0);
    expect(after.rows[0]?.live).toBeGreaterThan(0); // the hour-long windows of the tests above
  });

  it('as a preHandler, sets RateLimit headers and answers 429 RATE_LIMITED with Retry-After', async () => {
    const app = Fastify();
    registerErrorHandlers(app);
    app.post(
      '/login',
      {
        preHandler: rateLimit({
          db: database.db,
          scope: 'test:login:ip',
          limit: 2,
          windowSeconds: HOUR,
          key: (request) => clientIp(request, []),
        }),
      },
      async () => ({ ok: true }),
    );
    try {
      const first = await app.inject({ method: 'POST', url: '/login' });
      expect(first.statusCode).toBe(200);
      expect(first.headers['ratelimit-limit']).toBe('2');
      expect(first.headers['ratelimit-remaining']).toBe('1');
      await app.inject({ method: 'POST', url: '/login' });
      const refused = await app.inject({ method: 'POST', url: '/login' });
      expect(refused.statusCode).toBe(429);
      const body = errorResponseSchema.parse(refused.json());
      expect(body.code).toBe('RATE_LIMITED');
      const retryAfter = Number(refused.headers['retry-after']);
      expect(retryAfter).toBeGreaterThanOrEqual(1);
      expect(body.details?.retryAfterSeconds).toBe(retryAfter);
      expect(refused.headers['ratelimit-remaining']).toBe('0');
    } finally {
      await app.close();
    }
  });
});
