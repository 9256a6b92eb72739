// The pools the server talks to PostgreSQL through (ADR 0018). A pool survives its database:
//  - an error on an idle or checked-out client (the server restarted, a connection was cut) is
//    logged and the client discarded, never thrown at the process;
//  - every query has a deadline on the client side too (`query_timeout`): a black-holed network
//    gives no error at all, so without it a request would wait forever and keep its connection.
//    The connection of a query that timed out is destroyed (its answer may still come, out of
//    turn), so the pool never hands it out again;
//  - the first such failure marks the database down (availability.ts): waiting and new requests
//    answer 503 at once until a probe gets an answer, then everything resumes by itself.
// Server-side timeouts come first (statement 2.5 s, lock waits 2 s), so a slow query
// fails as "busy" from PostgreSQL before the client gives up on the network at 3 s.
import pg from 'pg';
import type { Logger } from 'pino';
import type { DatabaseAvailability } from './availability.ts';
import { isDatabaseUnavailable } from './pg-errors.ts';

export interface PoolOptions {
  connectionString: string;
  max: number;
  applicationName: string;
  logger: Logger;
  /** Startup options, e.g. `-c role=service_role`. */
  options?: string;
  /**
   * Shared by the pools that serve requests: with it, connections are handed out only while the
   * database is available. Without it (the queue's pool, which retries on its own), none.
   */
  availability?: DatabaseAvailability;
  /** Client-side deadline of one query (default 3 s). */
  queryTimeoutMs?: number;
  /** Server-side limit of one statement (default 2.5 s). */
  statementTimeoutMs?: number;
}

export const QUERY_TIMEOUT_MS = 3_000;
export const STATEMENT_TIMEOUT_MS = 2_500;

type Callback = (error: Error | undefined, client?: pg.PoolClient, done?: () => void) => void;

/** A pg pool whose connections are handed out only while the database is available. */
export class GuardedPool extends pg.Pool {
  constructor(
    config: pg.PoolConfig,
    readonly availability: DatabaseAvailability,
  ) {
    super(config);
  }

  override connect(): Promise<pg.PoolClient>;
  override connect(callback: Callback): void;
  override connect(callback?: Callback): Promise<pg.PoolClient> | void {
    const acquired = this.availability.guard(
      () =>
        super.connect().catch((error: Error) => {
          if (isDatabaseUnavailable(error)) this.availability.reportFailure(error);
          throw error;
        }),
      (client) => client.release(true),
    );
    if (!callback) return acquired;
    acquired.then(
      (client) => callback(undefined, client, () => client.release()),
      (error: Error) => callback(error, undefined, () => undefined),
    );
  }
}

type Query = (...args: unknown[]) => unknown;

/**
 * Watches every query of a client: a connection-level failure reports the database down, and a
 * read timeout destroys the connection (pg leaves it waiting for the late answer otherwise).
 */
function watchQueries(client: pg.PoolClient, availability: DatabaseAvailability | undefined): void {
  const query = client.query.bind(client) as Query;
  const observe = (error: unknown) => {
    if (!(error instanceof Error) || !isDatabaseUnavailable(error)) return;
    if (error.message === 'Query read timeout') {
      (
        client as unknown as { connection: { stream: { destroy(): void } } }
      ).connection.stream.destroy();
    }
    availability?.reportFailure(error);
  };
  (client as unknown as { query: Query }).query = (...args: unknown[]) => {
    const last = args.at(-1);
    if (typeof last === 'function') {
      args[args.length - 1] = (error: unknown, ...rest: unknown[]) => {
        if (error) observe(error);
        return (last as (...a: unknown[]) => unknown)(error, ...rest);
      };
    }
    const result = query(...args);
    if (result instanceof Promise) result.catch(observe);
    return result;
  };
}

export function createPool({
  connectionString,
  max,
  applicationName,
  logger,
  options,
  availability,
  queryTimeoutMs = QUERY_TIMEOUT_MS,
  statementTimeoutMs = STATEMENT_TIMEOUT_MS,
}: PoolOptions): pg.Pool {
  const config: pg.PoolConfig = {
    connectionString,
    max,
    application_name: applicationName,
    options,
    connectionTimeoutMillis: 5_000,
    idleTimeoutMillis: 30_000,
    statement_timeout: statementTimeoutMs,
    query_timeout: queryTimeoutMs,
    idle_in_transaction_session_timeout: 30_000,
    // Notices a peer that vanished while the connection sat idle (a cut network, a failover).
    keepAlive: true,
    keepAliveInitialDelayMillis: 10_000,
  };
  const pool = availability ? new GuardedPool(config, availability) : new pg.Pool(config);
  const log = (err: Error) => {
    logger.warn(
      { err: { message: err.message, code: (err as { code?: string }).code } },
      'database connection error',
    );
    if (isDatabaseUnavailable(err)) availability?.reportFailure(err);
  };
  pool.on('error', log);
  pool.on('connect', (client) => {
    client.on('error', log);
    watchQueries(client, availability);
  });
  return pool;
}
