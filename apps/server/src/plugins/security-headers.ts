import fp from 'fastify-plugin';
import helmet from 'helmet';

/**
 * Helmet with a strict Content Security Policy: no inline script anywhere, everything from our own
 * origin. HSTS only when the public URL is HTTPS (it would pin a plain-HTTP development host).
 *
 * Helmet itself, built ONCE: @fastify/helmet rebuilt its middleware — and re-parsed the policy —
 * on every request, a visible cost in an on-sale rush (ADR 0010). We need none of its per-route
 * options nor CSP nonces (no inline script), so the headers go on in one onRequest hook.
 */
export const securityHeaders = fp<{ https: boolean }>(
  async (app, { https }) => {
    const headers = helmet({
      contentSecurityPolicy: {
        useDefaults: false,
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'"],
          styleSrc: ["'self'"],
          imgSrc: ["'self'", 'data:', 'blob:'],
          fontSrc: ["'self'", 'data:'],
          connectSrc: ["'self'"],
          workerSrc: ["'self'"],
          manifestSrc: ["'self'"],
          objectSrc: ["'none'"],
          baseUri: ["'self'"],
          formAction: ["'self'"],
          frameAncestors: ["'none'"],
          ...(https ? { upgradeInsecureRequests: [] } : {}),
        },
      },
      strictTransportSecurity: https ? { maxAge: 63_072_000, includeSubDomains: true } : false,
      crossOriginEmbedderPolicy: false,
    });
    app.addHook('onRequest', (request, reply, done) => {
      headers(request.raw, reply.raw, (error) => done(error as Error | undefined));
    });
  },
  { name: 'security-headers' },
);
