import { errorResponseSchema } from '@ladiva/contract/errors';
import {
  pushPublicKeySchema,
  pushSubscriptionBodySchema,
  pushUnsubscribeBodySchema,
} from '@ladiva/contract/notifications';
import { sql } from 'kysely';
import { PUBLIC } from '../../plugins/request-claims.ts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Db } from '../../db/database.ts';
import { withRequestContext } from '../../db/request-context.ts';
import { rateLimit } from '../perimeter/rate-limit.ts';

/** Web Push: the browser asks for our VAPID key, subscribes, and may unsubscribe. */
export const pushRoutes: FastifyPluginAsyncZod<{ db: Db; vapidPublicKey: string }> = async (
  app,
  { db, vapidPublicKey },
) => {
  app.get(
    '/push/public-key',
    {
      config: { access: PUBLIC },
      schema: {
        operationId: 'getPushPublicKey',
        summary: 'The VAPID public key to subscribe with (applicationServerKey)',
        tags: ['notifications'],
        response: { 200: pushPublicKeySchema },
      },
    },
    async (_request, reply) => {
      reply.header('cache-control', 'public, max-age=3600');
      return { publicKey: vapidPublicKey };
    },
  );

  app.post(
    '/push/subscriptions',
    {
      config: { access: PUBLIC },
      schema: {
        operationId: 'subscribePush',
        summary: "Register this device's push subscription",
        tags: ['notifications'],
        body: pushSubscriptionBodySchema,
        response: { 204: z.null(), 400: errorResponseSchema, 429: errorResponseSchema },
      },
      // Each registration is a row: one address may not fill the table.
      preHandler: rateLimit({
        db,
        scope: 'push.subscribe',
        limit: 30,
        windowSeconds: 3600,
        key: (request) => request.clientIp,
      }),
    },
    async (request, reply) => {
      const { endpoint, keys, locale } = request.body;
      await withRequestContext(db, request.claims, (tx) =>
        sql`select public.register_push_subscription(
              ${endpoint}, ${keys.p256dh}, ${keys.auth}, ${locale})`.execute(tx),
      );
      return reply.status(204).send(null);
    },
  );

  app.delete(
    '/push/subscriptions',
    {
      config: { access: PUBLIC },
      schema: {
        operationId: 'unsubscribePush',
        summary: "Forget this device's push subscription",
        tags: ['notifications'],
        body: pushUnsubscribeBodySchema,
        response: { 204: z.null(), 400: errorResponseSchema },
      },
    },
    async (request, reply) => {
      await withRequestContext(db, request.claims, (tx) =>
        sql`select public.remove_push_subscription(${request.body.endpoint})`.execute(tx),
      );
      return reply.status(204).send(null);
    },
  );
};
