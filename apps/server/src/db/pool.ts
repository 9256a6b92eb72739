import pg from 'pg';
import type { Logger } from 'pino';

export interface PoolOptions {
  connectionString: string;
  max: number;
  applicationName: string;
  logger: Logger;
  /** Startup options, e.g. `-c role=service_role`. */
  options?: string;
}

/**
 * A pg pool that survives its database: an error on an idle or checked-out client (the server
 * restarted, a connection was terminated) is logged and the client discarded, never thrown at the
 * process. Timeouts keep a stuck query or an abandoned transaction from holding locks for long.
 */
export function createPool({
  connectionString,
  max,
  applicationName,
  logger,
  options,
}: PoolOptions) {
  const pool = new pg.Pool({
    connectionString,
    max,
    application_name: applicationName,
    options,
    connectionTimeoutMillis: 5_000,
    idleTimeoutMillis: 30_000,
    statement_timeout: 15_000,
    idle_in_transaction_session_timeout: 30_000,
  });
  const log = (err: Error) =>
    logger.warn(
      { err: { message: err.message, code: (err as { code?: string }).code } },
      'database connection error',
    );
  pool.on('error', log);
  pool.on('connect', (client) => client.on('error', log));
  return pool;
}
