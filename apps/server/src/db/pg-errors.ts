// What a PostgreSQL error says, read the same way everywhere the code answers it itself.

/** The error's SQLSTATE (`23505`, `55P03`…), if it is a database error. */
export const sqlState = (error: unknown): unknown => (error as { code?: unknown }).code;

/** The constraint a violation names, if any. */
export const constraintOf = (error: unknown): unknown =>
  (error as { constraint?: unknown }).constraint;

/**
 * A lock waited on past `lock_timeout` (55P03), or a deadlock (40P01) — which one lock order
 * everywhere should make impossible. Either way: busy, try again.
 */
export const isLockFailure = (error: unknown): boolean =>
  sqlState(error) === '55P03' || sqlState(error) === '40P01';

/** SQLSTATEs of a server that is gone, going or full: connection exceptions (08…), an
 *  administrator's or crash shutdown (57P01–57P03), too many connections (53300). */
const UNAVAILABLE_STATES = /^(08|57P0[1-3]$|53300$)/;

/** Errors of the socket under the driver (Node's codes). */
const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ECONNABORTED',
  'ETIMEDOUT',
  'EPIPE',
  'ENOTFOUND',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENETDOWN',
  'EAI_AGAIN',
]);

/**
 * What pg and pg-pool say, with no code at all, when a connection broke or never came: the
 * server went away mid-query, a read timed out (pool.ts), a connection attempt timed out, or a
 * client that already broke was used again.
 */
const CONNECTION_MESSAGES =
  /Connection terminated|Query read timeout|not queryable|Connection ended unexpectedly|the database system is (starting up|shutting down|in recovery mode)/i;

/** The database cannot be reached right now: the request may be retried once it is back. */
export class DatabaseUnavailableError extends Error {
  override name = 'DatabaseUnavailableError';
}

/**
 * Whether an error means the database is unreachable or lost the connection — as opposed to a
 * query it refused. Such an error tells nothing about a commit that was in flight: the caller
 * answers "unavailable, retry" (idempotently), never "failed".
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  if (error instanceof DatabaseUnavailableError) return true;
  const code = sqlState(error);
  if (typeof code === 'string' && (UNAVAILABLE_STATES.test(code) || NETWORK_CODES.has(code))) {
    return true;
  }
  if (CONNECTION_MESSAGES.test(error.message)) return true;
  // A connection attempt to several addresses fails with all of their errors.
  if (error instanceof AggregateError) return error.errors.some(isDatabaseUnavailable);
  return error.cause !== undefined && isDatabaseUnavailable(error.cause);
}
