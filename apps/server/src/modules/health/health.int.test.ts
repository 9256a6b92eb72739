import { healthResponseSchema } from '@ladiva/contract/health';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDb } from '../../db/database.ts';
import { createPool } from '../../db/pool.ts';
import { freePort } from '../../db/embedded-postgres.ts';
import { buildTestApp, createTestNotifications } from '../../../test/test-app.ts';
import {
  createTestDatabase,
  silentLogger,
  type TestDatabase,
} from '../../../test/test-database.ts';

describe('GET /api/health', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database.close());

  it('is 200 with the database up, never cached', async () => {
    const app = await buildTestApp(database);
    const response = await app.inject({ method: 'GET', url: '/api/health' });
    expect(response.statusCode).toBe(200);
    const body = healthResponseSchema.parse(response.json());
    expect(body.status).toBe('ok');
    expect(body.database.status).toBe('up');
    expect(response.headers['cache-control']).toBe('no-store');
    await app.close();
  });

  it('is 503 when the database cannot be reached', async () => {
    const port = await freePort(); // nothing listens there
    const pool = createPool({
      connectionString: `postgres://nobody:x@127.0.0.1:${port}/none`,
      max: 1,
      applicationName: 'test',
      logger: silentLogger,
    });
    const db = createDb(pool);
    const app = await buildTestApp(
      { pool, db, serviceDb: db, ownerUrl: database.ownerUrl },
      { notifications: await createTestNotifications(database) },
    );
    const response = await app.inject({ method: 'GET', url: '/api/health' });
    expect(response.statusCode).toBe(503);
    expect(healthResponseSchema.parse(response.json())).toMatchObject({
      status: 'unavailable',
      database: { status: 'down', latencyMs: null },
    });
    await app.close();
    await pool.end();
  });

  it('tags every response with a request id, keeping a well-formed incoming one', async () => {
    const app = await buildTestApp(database);
    const fresh = await app.inject({ method: 'GET', url: '/api/health' });
    expect(fresh.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    const kept = await app.inject({
      method: 'GET',
      url: '/api/health',
      headers: { 'x-request-id': 'lb-1234.abc' },
    });
    expect(kept.headers['x-request-id']).toBe('lb-1234.abc');
    const refused = await app.inject({
      method: 'GET',
      url: '/api/health',
      headers: { 'x-request-id': 'bad id\nwith newline' },
    });
    expect(refused.headers['x-request-id']).not.toContain('bad');
    await app.close();
  });
});
