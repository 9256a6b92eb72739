// A short transaction sent to PostgreSQL as ONE message (the simple query protocol): begin, the
// role and its claims, one statement, commit. The hot paths of a rush (a batch of holds, a batch
// of rate-limit hits) then cost one round trip and one turn of the event loop instead of five:
// under load, every extra round trip waits behind the HTTP work queued on the event loop.
//
// The statement must carry its values as literals: build them with `literal()` (pg's own
// escaping), never by pasting input into SQL.
import type { Kysely } from 'kysely';
import pg from 'pg';
import type { Database } from './schema.ts';

/** database.ts's Db, spelt out: database.ts imports this file, not the other way round. */
type Db = Kysely<Database>;

const pools = new WeakMap<Db, pg.Pool>();

/** Remembers the pool under a Kysely handle (database.ts does it for every handle it makes). */
export function registerPool(db: Db, pool: pg.Pool): void {
  pools.set(db, pool);
}

/** A value as an SQL literal, safely quoted. */
export const literal = (value: string): string => pg.escapeLiteral(value);

/**
 * Runs `statement` in its own transaction as `role` (its RLS policies apply, as in
 * withRequestContext), with transaction-local `settings`, and returns its rows (snake_case
 * columns, as PostgreSQL names them). If anything fails, the transaction is rolled back.
 */
export async function singleTrip<Row>(
  db: Db,
  role: 'anon' | 'service_role',
  statement: string,
  settings: Record<string, string> = {},
): Promise<Row[]> {
  const pool = pools.get(db);
  if (!pool) throw new Error('singleTrip: this database handle has no registered pool');
  const configs = Object.entries({
    role,
    'request.jwt.claims': JSON.stringify({ role }),
    ...settings,
  })
    .map(([name, value]) => `set_config(${literal(name)}, ${literal(value)}, true)`)
    .join(', ');
  const client = await pool.connect();
  let broken: Error | undefined;
  try {
    const results = (await client.query(
      `begin; select ${configs}; ${statement}; commit`,
    )) as unknown as pg.QueryResult[];
    return results[2]!.rows as Row[];
  } catch (error) {
    // The statements after the failing one were skipped: the transaction is still open.
    await client.query('rollback').catch((rollbackError: Error) => {
      broken = rollbackError;
    });
    throw error;
  } finally {
    client.release(broken);
  }
}
