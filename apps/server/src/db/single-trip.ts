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
/**
 * The batch lane of a handle: a few connections kept for the batches of a rush (holds,
 * confirmations), so a batch — which answers dozens of guests at once — never queues behind the
 * single requests that fill the main pool (database.ts). Without one, batches use the main pool.
 */
const lanes = new WeakMap<pg.Pool, pg.Pool>();

/** Remembers the pool under a Kysely handle (database.ts does it for every handle it makes). */
export function registerPool(db: Db, pool: pg.Pool): void {
  pools.set(db, pool);
}

/** Gives the handles on `pool` a batch lane (see `lanes`). */
export function registerBatchLane(pool: pg.Pool, lane: pg.Pool): void {
  lanes.set(pool, lane);
}

/** The pool a statement of `db` runs on: for a batch, its batch lane if it has one. */
function poolFor(db: Db, caller: string, batch: boolean): pg.Pool {
  const pool = pools.get(db);
  if (!pool) throw new Error(`${caller}: this database handle has no registered pool`);
  return (batch && lanes.get(pool)) || pool;
}

/** Another handle on the same pool (a wrapper of `db`, e.g. one acting for a staff member). */
export function registerAlias(alias: Db, db: Db): void {
  const pool = pools.get(db);
  if (pool) pools.set(alias, pool);
}

/** A value as an SQL literal, safely quoted. */
export const literal = (value: string): string => pg.escapeLiteral(value);

/** Values as an SQL array literal, safely quoted; the caller casts it (`::uuid[]`, `::text[]`). */
export const literalArray = (values: readonly (string | number)[]): string =>
  literal(`{${values.join(',')}}`);

/** A value as a `jsonb` SQL literal (JSON, safely quoted, cast). */
export const jsonLiteral = (value: unknown): string => `${literal(JSON.stringify(value))}::jsonb`;

/** The select list that makes a transaction `role`, with its claims and local `settings`. */
function transactionSettings(role: 'anon' | 'service_role', settings: Record<string, string>) {
  return Object.entries({ role, 'request.jwt.claims': JSON.stringify({ role }), ...settings })
    .map(([name, value]) => `set_config(${literal(name)}, ${literal(value)}, true)`)
    .join(', ');
}

/**
 * Runs `statement` in its own transaction as `role` (its RLS policies apply, as in
 * withRequestContext), with transaction-local `settings`, and returns its rows (snake_case
 * columns, as PostgreSQL names them). If anything fails, the transaction is rolled back.
 * `batch`: the statement answers many requests at once; it runs on the batch lane.
 */
export async function singleTrip<Row>(
  db: Db,
  role: 'anon' | 'service_role',
  statement: string,
  settings: Record<string, string> = {},
  { batch = false }: { batch?: boolean } = {},
): Promise<Row[]> {
  const pool = poolFor(db, 'singleTrip', batch);
  const configs = transactionSettings(role, settings);
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

/** What a batch decided, for twoTrips: its writes, its answer, and what to read once committed. */
export interface Decision<T> {
  /** The statements of the second message (semicolon-separated, literals only); may be empty. */
  statements: string;
  answer: T;
  /** A read run after the commit, in its own single-trip transaction as the same role. */
  after?: string | undefined;
}

/**
 * A transaction in TWO messages, for a batch that must read before it decides: the first message
 * opens the transaction as `role` (with `settings`) and runs `first` (statements separated by
 * semicolons, literals only); `decide` gets every result set of `first`, in order, and answers the
 * statements of the second message, which then commits. Locks taken by `first` are held across
 * the decision: keep `decide` short and synchronous. If anything fails, it is rolled back. A read
 * the decision asks for `after` the commit takes a third message on the same connection, holding
 * no lock; its rows come back with the answer.
 */
export async function twoTrips<T, After = unknown>(
  db: Db,
  role: 'anon' | 'service_role',
  first: string,
  decide: (results: pg.QueryResult[]) => Decision<T>,
  settings: Record<string, string> = {},
): Promise<{ answer: T; after: After[] }> {
  // Always a batch (of confirmations): its batch lane.
  const pool = poolFor(db, 'twoTrips', true);
  const client = await pool.connect();
  let broken: Error | undefined;
  let open = false;
  try {
    open = true;
    const results = (await client.query(
      `begin; select ${transactionSettings(role, settings)}; ${first}`,
    )) as unknown as pg.QueryResult[];
    const { statements, answer, after } = decide(results.slice(2));
    await client.query(statements.trim() ? `${statements}; commit` : 'commit');
    open = false;
    if (!after) return { answer, after: [] };
    try {
      const read = (await client.query(
        `begin; select ${transactionSettings(role, {})}; ${after}; commit`,
      )) as unknown as pg.QueryResult[];
      return { answer, after: read[2]!.rows as After[] };
    } catch {
      // Committed all the same: the answer stands, and the callers read for themselves.
      await client.query('rollback').catch((rollbackError: Error) => {
        broken = rollbackError;
      });
      return { answer, after: [] };
    }
  } catch (error) {
    if (open) {
      // The statements after a failing one were skipped: the transaction is still open.
      await client.query('rollback').catch((rollbackError: Error) => {
        broken = rollbackError;
      });
    }
    throw error;
  } finally {
    client.release(broken);
  }
}
