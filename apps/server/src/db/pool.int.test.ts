import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp } from '../../test/test-app.ts';
import { createTestDatabase, type TestDatabase } from '../../test/test-database.ts';

describe('the pool when the database drops connections', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase({ poolSize: 3 });
  });
  afterAll(() => database.close());

  it('survives its connections being killed, and serves again at once', async () => {
    const app = await buildTestApp(database);
    // Warm the pool so idle connections exist, then terminate all of them server-side: an idle
    // client's error event must not crash the process (it would fail this test run).
    await Promise.all([1, 2, 3].map(() => app.inject({ method: 'GET', url: '/api/venue' })));
    const { rows } = await database.owner.query<{ killed: boolean }>(
      `select pg_terminate_backend(pid) as killed from pg_stat_activity
        where datname = $1 and usename = 'ladiva_api'`,
      [database.name],
    );
    expect(rows.length).toBeGreaterThan(0);
    await new Promise((resolve) => setTimeout(resolve, 100));
    const response = await app.inject({ method: 'GET', url: '/api/venue' });
    expect(response.statusCode).toBe(200);
    await app.close();
  });
});
