import cors from '@fastify/cors';
import fp from 'fastify-plugin';
import { clientIp, untrustedForwarder } from '../modules/perimeter/client-ip.ts';

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
    // Said once: a proxy missing from TRUSTED_PROXIES makes all its clients one address, which
    // the per-address limits (sign-in, sign-up…) then count together.
    let warned = false;
    app.addHook('onRequest', async (request) => {
      request.clientIp = clientIp(request, trustedProxies);
      if (warned) return;
      const peer = untrustedForwarder(request, trustedProxies);
      if (peer) {
        warned = true;
        request.log.warn(
          { peer },
          'X-Forwarded-For received from a peer not in TRUSTED_PROXIES: ignored, so if this peer ' +
            'is a proxy, every client behind it shares its address for rate limits and the audit ' +
            'log; add it to TRUSTED_PROXIES (said once)',
        );
      }
    });
    await app.register(cors, {
      origin: corsOrigins.length > 0 ? corsOrigins : false,
      methods: ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE'],
      maxAge: 600,
    });
  },
  { name: 'perimeter' },
);
