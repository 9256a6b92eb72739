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
