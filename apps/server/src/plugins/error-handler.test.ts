import { describe, expect, it } from 'vitest';
import { AppError } from '../lib/app-error.ts';
import { mapError } from './error-handler.ts';

const pgError = (code: string, message = 'db error') => Object.assign(new Error(message), { code });

describe('mapError', () => {
  it('keeps an AppError as it is', () => {
    expect(mapError(new AppError('CONFLICT', 409, 'Taken', { fields: [] }))).toEqual({
      status: 409,
      code: 'CONFLICT',
      message: 'Taken',
      details: { fields: [] },
    });
  });

  it('turns permission denied (RLS, grants) into 403', () => {
    expect(mapError(pgError('42501'))).toMatchObject({ status: 403, code: 'FORBIDDEN' });
  });

  it.each(['55P03', '40001', '40P01', '57014'])('turns %s into a retryable BUSY', (code) => {
    expect(mapError(pgError(code))).toMatchObject({
      status: 503,
      code: 'BUSY',
      retryAfterSeconds: 1,
    });
  });

  it('turns a pool with no free connection in time (a rush) into a retryable BUSY, not a 500', () => {
    // pg-pool's own error: no SQLSTATE, only a message.
    expect(mapError(new Error('timeout exceeded when trying to connect'))).toMatchObject({
      status: 503,
      code: 'BUSY',
      retryAfterSeconds: 1,
    });
  });

  it.each(['08006', '57P01', 'ECONNREFUSED'])('turns %s into DATABASE_UNAVAILABLE', (code) => {
    expect(mapError(pgError(code))).toMatchObject({ status: 503, code: 'DATABASE_UNAVAILABLE' });
  });

  // What pg, pg-pool and Node say when the connection breaks: no SQLSTATE (#12 item 8).
  it.each([
    new Error('Connection terminated unexpectedly'),
    new Error('Connection terminated due to connection timeout'),
    new Error('Query read timeout'),
    new Error('Client has encountered a connection error and is not queryable'),
    Object.assign(new Error('read ECONNRESET'), { code: 'ECONNRESET', syscall: 'read' }),
    Object.assign(new AggregateError([pgError('ECONNREFUSED')], 'connect failed'), {
      code: 'ECONNREFUSED',
    }),
    new Error('wrapped', { cause: pgError('57P01', 'terminating connection') }),
  ])('turns a lost connection ($message) into DATABASE_UNAVAILABLE', (error) => {
    expect(mapError(error)).toMatchObject({
      status: 503,
      code: 'DATABASE_UNAVAILABLE',
      retryAfterSeconds: 2,
    });
  });

  it('hides everything else behind a generic 500', () => {
    const mapped = mapError(pgError('23505', 'duplicate key value violates "users_email_key"'));
    expect(mapped).toEqual({
      status: 500,
      code: 'INTERNAL',
      message: 'Something went wrong on our side.',
    });
  });
});
