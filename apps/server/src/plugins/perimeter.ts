import cors from '@fastify/cors';
import fp from 'fastify-plugin';
import { clientIp } from '../modules/perimeter/client-ip.ts';

declare module 'fastify' {
  interface FastifyRequest {
    /** The client's address: the socket's, or X-Forwarded-For's through trusted proxies only. */
    clientIp: string;
  }
}

/**
 * The request's client address (for rate limits and the audit log), and CORS: no other origin
 * may call the API from a browser unless it is listed in CORS_ORIGINS.
 */
export const perimeter = fp<{ trustedProxies: string[]; corsOrigins: string[] }>(
  async (app, { trustedProxies, corsOrigins }) => {
    app.decorateRequest('clientIp', '');
    app.addHook('onRequest', async (request) => {
      request.clientIp = clientIp(request, trustedProxies);
    });
    await app.register(cors, {
      origin: corsOrigins.length > 0 ? corsOrigins : false,
      methods: ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE'],
      maxAge: 600,
    });
  },
  { name: 'perimeter' },
);
