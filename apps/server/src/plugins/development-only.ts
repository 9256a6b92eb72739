import type { preHandlerAsyncHookHandler } from 'fastify';
import { AppError } from '../lib/app-error.ts';

/**
 * Staff endpoints that exist before staff accounts do (#4) answer only in development mode; in
 * production they are as if absent. #4 replaces this with a role check.
 */
export function developmentOnly(env: string): preHandlerAsyncHookHandler {
  return async () => {
    if (env !== 'development') {
      throw new AppError(
        'NOT_FOUND',
        404,
        'Staff endpoints need staff accounts, which are not enabled yet.',
      );
    }
  };
}
