import fp from 'fastify-plugin';
import helmet from 'helmet';

/**
 * Helmet with a strict Content Security Policy: no inline script anywhere, everything from our own
 * origin. HSTS only when the public URL is HTTPS (it would pin a plain-HTTP development host).
 *
 * Helmet itself, run ONCE: @fastify/helmet rebuilt its middleware — and re-parsed the policy —
 * on every request, a visible cost in an on-sale rush (ADR 0010). With no per-route options nor
 * CSP nonces (no inline script) its headers are the same for every response, so they are recorded
 * at start-up and set in one onRequest hook, without running its fifteen middlewares each time.
 */
/** The headers a helmet middleware sets, read off a response that records them. */
function recordHeaders(
  middleware: (req: never, res: never, next: (error?: unknown) => void) => void,
): [string, string][] {
  const recorded = new Map<string, string>();
  const response = {
    setHeader: (name: string, value: string | number | readonly string[]) =>
      recorded.set(name, String(value)),
    removeHeader: (name: string) => recorded.delete(name),
  };
  let failed: unknown;
  middleware({} as never, response as never, (error) => (failed = error));
  if (failed) throw failed instanceof Error ? failed : new Error(String(failed));
  return [...recorded];
}

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
    const recorded = recordHeaders(headers);
    app.addHook('onRequest', (_request, reply, done) => {
      for (const [name, value] of recorded) reply.raw.setHeader(name, value);
      done();
    });
  },
  { name: 'security-headers' },
);
