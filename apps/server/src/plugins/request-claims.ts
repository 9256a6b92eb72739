import fp from 'fastify-plugin';
import { ANONYMOUS, type RequestClaims } from '../db/request-context.ts';

declare module 'fastify' {
  interface FastifyRequest {
    /** Who is calling, as the database will see it. Anonymous until accounts arrive (#4). */
    claims: RequestClaims;
  }
}

export const requestClaims = fp(
  async (app) => {
    // Fastify forbids a shared object as a decoration's default: null, then set per request.
    app.decorateRequest('claims', null as never);
    app.addHook('onRequest', async (request) => {
      request.claims = ANONYMOUS;
    });
  },
  { name: 'request-claims' },
);
