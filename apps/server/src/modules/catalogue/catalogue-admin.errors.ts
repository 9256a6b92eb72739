// Database refusals of the back office's catalogue writes, as errors with stable codes: a taken
// slug or code is a 409 on its field, a missing referent a 404, a failed CHECK a 400. The
// constraints stay the final word (two staff saving at once); these only say it clearly.
import { constraintOf, sqlState } from '../../db/pg-errors.ts';
import { AppError } from '../../lib/app-error.ts';

/** Which field a unique constraint is about. */
const UNIQUE_FIELDS: Record<string, string> = {
  shows_slug_key: 'body.slug',
  zones_code_key: 'body.code',
  formulas_code_key: 'body.code',
  extras_code_key: 'body.code',
  venue_tables_zone_id_label_key: 'body.label',
  performances_show_id_starts_at_key: 'body.startsAt',
};

export function translateDbError(error: unknown): unknown {
  const code = sqlState(error);
  const constraint = constraintOf(error);
  const name = typeof constraint === 'string' ? constraint : '';
  if (code === '23505') {
    const path = UNIQUE_FIELDS[name] ?? 'body';
    return new AppError('CONFLICT', 409, 'This value is already used.', {
      fields: [{ path, code: 'taken', message: 'Already used: choose another.' }],
    });
  }
  if (code === '23503') {
    if (name === 'booking_tables_table_id_fkey') {
      return new AppError(
        'TABLE_IN_USE',
        409,
        'Guests have sat at this table: it can be moved or changed, not removed.',
      );
    }
    return new AppError('NOT_FOUND', 404, 'This refers to something that does not exist.');
  }
  if (code === '23514') {
    return new AppError('VALIDATION_FAILED', 400, 'Some values are out of range.', {
      constraint: name,
    });
  }
  return error;
}

/** Runs `fn`, turning the database's refusals into AppErrors. */
export async function dbErrors<T>(fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (error) {
    throw translateDbError(error);
  }
}
