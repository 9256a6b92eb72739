import { existsSync } from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import fp from 'fastify-plugin';
import { AppError } from '../lib/app-error.ts';

const IMMUTABLE = 'public, max-age=31536000, immutable';
const REVALIDATE = 'no-cache';
const API_PREFIXES = ['/api/', '/functions/'];

/**
 * Serves the built web app: hashed assets cached for a year, pre-compressed (.br/.gz written at
 * build time), and index.html, the service worker and the manifest always revalidated so a deploy
 * is picked up. Any other GET that accepts HTML gets index.html (client-side routes).
 */
export const webApp = fp<{ distDir: string }>(
  async (app, { distDir }) => {
    const built = existsSync(path.join(distDir, 'index.html'));
    if (built) {
      await app.register(fastifyStatic, {
        root: distDir,
        preCompressed: true,
        wildcard: true,
        cacheControl: false,
        // Build metadata (.vite/manifest.json, .build-stamp) is not for the public.
        dotfiles: 'ignore',
        setHeaders(res, filePath) {
          const relative = path.relative(distDir, filePath);
          res.setHeader(
            'cache-control',
            relative.startsWith(`assets${path.sep}`) ? IMMUTABLE : REVALIDATE,
          );
        },
      });
    } else {
      app.log.warn({ distDir }, 'the web app is not built: run `npm run build`');
    }

    app.setNotFoundHandler((request, reply) => {
      const url = request.url.split('?')[0] ?? '/';
      const wantsPage =
        (request.method === 'GET' || request.method === 'HEAD') &&
        !API_PREFIXES.some((prefix) => url.startsWith(prefix)) &&
        (request.headers.accept ?? '').includes('text/html');
      if (wantsPage && built) {
        return reply.header('cache-control', REVALIDATE).sendFile('index.html');
      }
      throw new AppError('NOT_FOUND', 404, `No route for ${request.method} ${url}.`);
    });
  },
  { name: 'web-app' },
);
