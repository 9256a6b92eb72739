// The batcher's own contract, on a real PostgreSQL: holds of one key share a transaction, a
// failing hold rolls back to its savepoint and fails alone, a failed commit fails the whole batch.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../test/test-database.ts';
import { withServiceContext, type Tx } from '../../db/request-context.ts';
import { HoldBatcher } from './hold-batcher.ts';

describe('HoldBatcher', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
    await database.owner.query(`create table public.batch_probe (v text primary key);
      alter table public.batch_probe enable row level security;
      grant select, insert on public.batch_probe to service_role;
      create policy "probe" on public.batch_probe for all to service_role using (true)
        with check (true);`);
  });
  afterAll(() => database.close());

  const insert = (value: string) => async (tx: Tx) => {
    await sql`insert into public.batch_probe (v) values (${value})`.execute(tx);
    const { rows } = await sql<{ id: string }>`select txid_current()::text as id`.execute(tx);
    return rows[0]!.id;
  };
  const stored = async () =>
    (
      await database.owner.query<{ v: string }>('select v from public.batch_probe order by v')
    ).rows.map((row) => row.v);

  it('runs the holds of one key in one transaction; a failure rolls back alone', async () => {
    const batcher = new HoldBatcher<string>(database.db, withServiceContext);
    // The first hold starts a batch at once; what arrives while it runs forms the next batch.
    const first = batcher.submit('p', async (tx) => {
      await sql`select pg_sleep(0.2)`.execute(tx);
      return insert('0')(tx);
    });
    const results = await Promise.allSettled([
      batcher.submit('p', insert('a')),
      batcher.submit('p', async (tx) => {
        await insert('b')(tx);
        throw new Error('sold out');
      }),
      batcher.submit('p', insert('c')),
    ]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    // a and c committed in the same transaction; b's insert was rolled back to its savepoint.
    const [a, , c] = results as PromiseFulfilledResult<string>[];
    expect(a!.value).toBe(c!.value);
    expect(await first).not.toBe(a!.value);
    expect(await stored()).toEqual(['0', 'a', 'c']);
  });

  it('fails every hold of a batch whose transaction fails, and keeps serving the key', async () => {
    const failing = async <T>(db: typeof database.db, fn: (tx: Tx) => Promise<T>) =>
      withServiceContext(db, async (tx) => {
        await fn(tx);
        throw new Error('commit failed');
      });
    const broken = new HoldBatcher<string>(database.db, failing);
    const results = await Promise.allSettled([
      broken.submit('q', insert('d')),
      broken.submit('q', insert('e')),
    ]);
    expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected']);
    expect(await stored()).toEqual(['0', 'a', 'c']);
    const batcher = new HoldBatcher<string>(database.db, withServiceContext);
    await expect(batcher.submit('q', insert('f'))).resolves.toBeTypeOf('string');
    expect(await stored()).toEqual(['0', 'a', 'c', 'f']);
  });
});
