import type { ErrorCode, FieldError } from '@ladiva/contract/errors';

/**
 * An expected failure, as a value with a stable code (CONVENTIONS.md §6). The error handler turns
 * it into `{ code, message, details }` with its status; anything else becomes a 500 whose text is
 * logged but never sent.
 */
export class AppError extends Error {
  override name = 'AppError';

  constructor(
    readonly code: ErrorCode,
    readonly statusCode: number,
    message: string,
    readonly details?: { fields?: FieldError[]; [key: string]: unknown },
  ) {
    super(message);
  }
}

export const forbidden = (message = 'You are not allowed to do this.') =>
  new AppError('FORBIDDEN', 403, message);

export const notFound = (message = 'Not found.') => new AppError('NOT_FOUND', 404, message);
