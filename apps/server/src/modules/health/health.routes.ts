import { errorResponseSchema } from '@ladiva/contract/errors';
import { healthResponseSchema, type HealthResponse } from '@ladiva/contract/health';
import { PUBLIC } from '../../plugins/request-claims.ts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type pg from 'pg';
import { VERSION } from '../../lib/version.ts';

const DATABASE_CHECK_TIMEOUT_MS = 2_000;

async function pingDatabase(pool: pg.Pool): Promise<HealthResponse['database']> {
  const started = performance.now();
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      pool.query('select 1'),
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error('timeout')), DATABASE_CHECK_TIMEOUT_MS);
      }),
    ]);
    return { status: 'up', latencyMs: Math.round((performance.now() - started) * 10) / 10 };
  } catch {
    return { status: 'down', latencyMs: null };
  } finally {
    clearTimeout(timer);
  }
}

export const healthRoutes: FastifyPluginAsyncZod<{ pool: pg.Pool }> = async (app, { pool }) => {
  app.get(
    '/health',
    {
      config: { access: PUBLIC },
      schema: {
        operationId: 'getHealth',
        summary: 'Liveness and database state, for load balancers and monitors',
        tags: ['operations'],
        response: {
          200: healthResponseSchema,
          503: healthResponseSchema,
          500: errorResponseSchema,
        },
      },
    },
    async (_request, reply) => {
      const database = await pingDatabase(pool);
      const up = database.status === 'up';
      reply.header('cache-control', 'no-store');
      return reply.status(up ? 200 : 503).send({
        status: up ? 'ok' : 'unavailable',
        version: VERSION,
        uptimeSeconds: Math.floor(process.uptime()),
        database,
      });
    },
  );
};
