import type { onSendAsyncHookHandler } from 'fastify';

/**
 * An onSend hook for route plugins whose public answers must never be stored by a browser or a
 * shared cache (tokens, bookings, tickets). A route that chose its own Cache-Control keeps it.
 * Signed-in callers and non-public routes get `no-store` from request-claims.ts already.
 */
export const noStore: onSendAsyncHookHandler = async (_request, reply) => {
  if (!reply.hasHeader('cache-control')) reply.header('cache-control', 'no-store');
};
