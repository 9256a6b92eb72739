// Builds the Fastify app. Order matters and is fixed: external plugins (headers, compression,
// OpenAPI — which must see every route registered after it), then our own plugins (claims, errors),
// then the API routes under /api, and last the web app with its catch-all.
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import compress from '@fastify/compress';
import cookie from '@fastify/cookie';
import websocket from '@fastify/websocket';
import { MAX_FRAME_BYTES } from '@ladiva/contract/realtime';
import Fastify, {
  type FastifyBaseLogger,
  type FastifyInstance,
  type RawServerDefault,
} from 'fastify';
import {
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import type pg from 'pg';
import type { Logger } from 'pino';
import type { Config } from './config.ts';
import type { Db } from './db/database.ts';
import { accountRoutes } from './modules/auth/account.routes.ts';
import { authRoutes } from './modules/auth/auth.routes.ts';
import type { Identity } from './modules/auth/identity.ts';
import {
  TICKET_ATTACHMENTS,
  ticketAttachments,
  type BookingMail,
} from './modules/bookings/booking-emails.ts';
import { bookingRoutes } from './modules/bookings/booking.routes.ts';
import { bookingsAdminRoutes } from './modules/bookings/bookings-admin.routes.ts';
import { catalogueAdminRoutes } from './modules/catalogue/catalogue-admin.routes.ts';
import { catalogueRoutes } from './modules/catalogue/catalogue.routes.ts';
import { performancesAdminRoutes } from './modules/catalogue/performances-admin.routes.ts';
import { customersAdminRoutes } from './modules/customers/customers-admin.routes.ts';
import { healthRoutes } from './modules/health/health.routes.ts';
import { kitchenRoutes } from './modules/kitchen/kitchen.routes.ts';
import { mailboxRoutes } from './modules/notifications/mailbox.routes.ts';
import { notificationRoutes } from './modules/notifications/notifications.routes.ts';
import { pushRoutes } from './modules/notifications/push.routes.ts';
import { reportsRoutes } from './modules/reports/reports.routes.ts';
import { RealtimeHub } from './modules/realtime/realtime-hub.ts';
import { realtimeRoutes } from './modules/realtime/realtime.routes.ts';
import { roomAdminRoutes } from './modules/room/room-admin.routes.ts';
import { staffRoutes } from './modules/staff/staff.routes.ts';
import { createStorageDriver } from './modules/storage/create-storage.ts';
import { storageRoutes } from './modules/storage/storage.routes.ts';
import { venueRoutes } from './modules/venue/venue.routes.ts';
import { registerErrorHandlers } from './plugins/error-handler.ts';
import { openApi } from './plugins/openapi.ts';
import { perimeter } from './plugins/perimeter.ts';
import { requestClaims, type Access } from './plugins/request-claims.ts';
import { securityHeaders } from './plugins/security-headers.ts';
import { webApp } from './plugins/web-app.ts';
import type { NotificationService } from './services/notifications/notification-service.ts';

export interface AppDependencies {
  config: Pick<Config, 'publicUrl' | 'webDistDir' | 'env' | 'trustedProxies' | 'corsOrigins'> &
    // Stored files (ADR 0012); without them, a temporary folder (tests).
    Partial<Pick<Config, 'dataDir' | 'storage'>>;
  db: Db;
  /** Service-role sessions, for the few reads that need no user (the session check). */
  serviceDb: Db;
  pool: pg.Pool;
  notifications: NotificationService;
  identity: Identity;
  logger: Logger;
}

export type App = FastifyInstance<
  RawServerDefault,
  IncomingMessage,
  ServerResponse,
  FastifyBaseLogger,
  ZodTypeProvider
>;

declare module 'fastify' {
  interface FastifyInstance {
    registeredRoutes: readonly RegisteredRoute[];
  }
}

export interface RegisteredRoute {
  method: string;
  url: string;
  hidden: boolean;
  /** Who may call it (request-claims.ts); undefined for routes outside the API. */
  access: Access | undefined;
}

const REQUEST_ID = /^[A-Za-z0-9._:-]{1,64}$/;

export async function buildApp({
  config,
  db,
  serviceDb,
  pool,
  notifications,
  identity,
  logger,
}: AppDependencies): Promise<App> {
  const app = Fastify({
    loggerInstance: logger as FastifyBaseLogger,
    // Keep a well-formed id from the load balancer, so one request is traceable end to end.
    genReqId: (req) => {
      const incoming = req.headers['x-request-id'];
      return typeof incoming === 'string' && REQUEST_ID.test(incoming) ? incoming : randomUUID();
    },
    bodyLimit: 64 * 1024,
    routerOptions: { ignoreTrailingSlash: true },
    return503OnClosing: true,
  }).withTypeProvider<ZodTypeProvider>();

  // Every route, as registered: the OpenAPI test proves each /api route is documented.
  const routes: RegisteredRoute[] = [];
  app.decorate('registeredRoutes', routes);
  app.addHook('onRoute', (route) => {
    for (const method of [route.method].flat()) {
      routes.push({
        method,
        url: route.url,
        hidden: Boolean(route.schema?.hide),
        access: route.config?.access,
      });
    }
  });

  // The API speaks JSON only: any other body type is a clear 415, not a string to validate.
  app.removeContentTypeParser('text/plain');
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.addHook('onRequest', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });

  await app.register(securityHeaders, { https: config.publicUrl.startsWith('https:') });
  await app.register(perimeter, {
    trustedProxies: config.trustedProxies,
    corsOrigins: config.corsOrigins,
  });
  await app.register(compress, { threshold: 1024, encodings: ['br', 'gzip'] });
  await app.register(cookie);
  // Before the OpenAPI plugin: it adds each route's security requirement as the route is added.
  await app.register(requestClaims, {
    serviceDb,
    keys: identity.keys,
    issuer: identity.issuer,
    audience: identity.audience,
  });
  await app.register(openApi, { publicUrl: config.publicUrl });

  registerErrorHandlers(app);

  // The worker of this process draws ticket PDFs when it sends confirmations (booking-emails.ts).
  notifications.registerAttachmentProvider(
    TICKET_ATTACHMENTS,
    ticketAttachments(serviceDb, { keys: identity.keys, issuer: identity.issuer }),
  );

  // Dependency injection, one style (ADR 0020): each module's routes plugin receives the shared
  // parts it needs — the database handles, the process's services (identity, notifications), and
  // the few values below — always under the same names, and builds its own services from them.
  // app.ts builds no module's service.
  /** What the booking engine needs to send its emails (booking-emails.ts). */
  const mail: BookingMail = {
    notifications,
    tickets: { keys: identity.keys, issuer: identity.issuer },
    publicUrl: config.publicUrl,
  };
  const tokens = { keys: identity.keys, issuer: identity.issuer, audience: identity.audience };
  // Realtime: this instance's reader of the change feed, started with the app, stopped with it.
  const hub = new RealtimeHub({ connection: pool.options, serviceDb, db, logger });
  app.addHook('onReady', () => hub.start());
  app.addHook('onClose', () => hub.stop());
  // Frames beyond 4 KB close the socket (1009); closing the app closes every socket (1001).
  await app.register(websocket, { options: { maxPayload: MAX_FRAME_BYTES } });

  await app.register(
    async (api) => {
      await api.register(healthRoutes, { pool });
      await api.register(venueRoutes, { db });
      // Catalogue: the guest's shows and dates, the staff's shows, formulas, zones and tables,
      // performances and seasons.
      await api.register(catalogueRoutes, { db });
      await api.register(catalogueAdminRoutes, { db });
      await api.register(performancesAdminRoutes, { db, mail });
      // Bookings: the engine's guest routes (holds, confirmations, tickets, manage links) and the
      // back office's bookings.
      await api.register(bookingRoutes, { db, ...tokens, mail });
      await api.register(bookingsAdminRoutes, { db, mail });
      await api.register(customersAdminRoutes, { db });
      // Tonight's room: the floor plan and the maître d's moves.
      await api.register(roomAdminRoutes, { db });
      await api.register(realtimeRoutes, {
        db,
        serviceDb,
        hub,
        ...tokens,
        origins: [new URL(config.publicUrl).origin, ...config.corsOrigins],
      });
      await api.register(kitchenRoutes, { db });
      await api.register(reportsRoutes, { db });
      await api.register(pushRoutes, { db, vapidPublicKey: notifications.channels.vapidPublicKey });
      await api.register(notificationRoutes, { notifications, viewLink: identity.viewLink });
      await api.register(mailboxRoutes, {
        db,
        serviceDb,
        notifications,
        viewLink: identity.viewLink,
      });
      await api.register(authRoutes, { db, identity });
      await api.register(accountRoutes, { identity });
      await api.register(staffRoutes, { db, identity });
      // Posters and exports: DATA_DIR/storage or S3, behind one interface (ADR 0012).
      await api.register(storageRoutes, { db, driver: createStorageDriver(config) });
    },
    { prefix: '/api' },
  );

  await app.register(webApp, { distDir: config.webDistDir });
  return app;
}
