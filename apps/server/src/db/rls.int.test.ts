// The security boundary itself: every table has RLS, and the API's role cannot step around it.
import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../test/test-database.ts';
import { assertLeastPrivilege } from './roles.ts';

/** Tables (and partitioned tables) of the application's schemas without row level security. */
export async function tablesWithoutRls(pool: pg.Pool): Promise<string[]> {
  const { rows } = await pool.query<{ name: string }>(`
    select n.nspname || '.' || c.relname as name
      from pg_class c join pg_namespace n on n.oid = c.relnamespace
     where c.relkind in ('r', 'p')
       and n.nspname not in ('pg_catalog', 'information_schema')
       and n.nspname not like 'pg\\_%'
       and not c.relrowsecurity
     order by 1`);
  return rows.map((row) => row.name);
}

describe('row level security', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database.close());

  it('is enabled on every table of every application schema', async () => {
    expect(await tablesWithoutRls(database.owner)).toEqual([]);
  });

  it('the check above catches a table whose RLS was turned off', async () => {
    await database.owner.query('alter table public.venue_settings disable row level security');
    try {
      expect(await tablesWithoutRls(database.owner)).toEqual(['public.venue_settings']);
    } finally {
      await database.owner.query('alter table public.venue_settings enable row level security');
    }
  });

  it('the API connects as a role that owns nothing, is no superuser and cannot bypass RLS', async () => {
    await expect(assertLeastPrivilege(database.pool)).resolves.toBeUndefined();
    const { rows } = await database.pool.query<{ rolinherit: boolean }>(
      'select rolinherit from pg_roles where rolname = current_user',
    );
    expect(rows[0]?.rolinherit).toBe(false);
  });

  it('refuses to serve through the owner connection', async () => {
    await expect(assertLeastPrivilege(database.owner)).rejects.toThrow(/must not be a superuser/);
  });

  it('without a request context the API role can read no table', async () => {
    await expect(database.pool.query('select * from public.venue_settings')).rejects.toMatchObject({
      code: '42501',
    });
    await expect(
      database.pool.query('select * from ladiva_meta.schema_migrations'),
    ).rejects.toMatchObject({ code: '42501' });
  });
});
