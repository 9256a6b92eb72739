// Builds the Fastify app. Order matters and is fixed: external plugins (headers, compression,
// OpenAPI — which must see every route registered after it), then our own plugins (claims, errors),
// then the API routes under /api, and last the web app with its catch-all.
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import compress from '@fastify/compress';
import cookie from '@fastify/cookie';
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
import { TICKET_ATTACHMENTS, ticketAttachments } from './modules/booking/booking-emails.ts';
import { bookingRoutes } from './modules/booking/booking.routes.ts';
import { catalogueAdminRoutes } from './modules/backoffice/catalogue-admin.routes.ts';
import { performancesAdminRoutes } from './modules/backoffice/performances-admin.routes.ts';
import { bookingsAdminRoutes } from './modules/backoffice/bookings-admin.routes.ts';
import { BookingsAdminService } from './modules/backoffice/bookings-admin.service.ts';
import { customersAdminRoutes } from './modules/backoffice/customers-admin.routes.ts';
import { CustomersAdminService } from './modules/backoffice/customers-admin.service.ts';
import { roomAdminRoutes } from './modules/backoffice/room-admin.routes.ts';
import { RoomAdminService } from './modules/backoffice/room-admin.service.ts';
import { catalogueRoutes } from './modules/booking/catalogue.routes.ts';
import { healthRoutes } from './modules/health/health.routes.ts';
import { mailboxRoutes } from './modules/notifications/mailbox.routes.ts';
import { MailboxService } from './modules/notifications/mailbox.service.ts';
import { notificationRoutes } from './modules/notifications/notifications.routes.ts';
import { pushRoutes } from './modules/push/push.routes.ts';
import { reportsRoutes } from './modules/reports/reports.routes.ts';
import { staffRoutes } from './modules/staff/staff.routes.ts';
import { StaffService } from './modules/staff/staff.service.ts';
import { createStorageDriver } from './modules/storage/create-storage.ts';
import { storageRoutes } from './modules/storage/storage.routes.ts';
import { StorageService } from './modules/storage/storage.service.ts';
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

  // Posters and exports: DATA_DIR/storage or S3, behind one interface (ADR 0012).
  const storage = new StorageService(db, createStorageDriver(config), app.log);

  await app.register(
    async (api) => {
      await api.register(healthRoutes, { pool });
      await api.register(venueRoutes, { db });
      await api.register(catalogueRoutes, { db });
      await api.register(bookingRoutes, {
        db,
        keys: identity.keys,
        issuer: identity.issuer,
        audience: identity.audience,
        mail: {
          notifications,
          tickets: { keys: identity.keys, issuer: identity.issuer },
          publicUrl: config.publicUrl,
        },
      });
      await api.register(pushRoutes, { db, vapidPublicKey: notifications.channels.vapidPublicKey });
      await api.register(notificationRoutes, { notifications, viewLink: identity.viewLink });
      await api.register(mailboxRoutes, {
        mailbox: new MailboxService(notifications.mailbox, db, serviceDb),
        viewLink: identity.viewLink,
      });
      await api.register(authRoutes, { db, identity });
      await api.register(accountRoutes, { identity });
      await api.register(staffRoutes, {
        db,
        staff: new StaffService(db, identity.invitations),
      });
      await api.register(storageRoutes, { storage });
      await api.register(catalogueAdminRoutes, { db });
      await api.register(performancesAdminRoutes, {
        db,
        mail: {
          notifications,
          tickets: { keys: identity.keys, issuer: identity.issuer },
          publicUrl: config.publicUrl,
        },
      });
      await api.register(reportsRoutes, { db });
      // Bookings and customers of the back office (#6 items 5 and 8), through the booking engine.
      await api.register(bookingsAdminRoutes, {
        bookings: new BookingsAdminService(db, {
          notifications,
          tickets: { keys: identity.keys, issuer: identity.issuer },
          publicUrl: config.publicUrl,
        }),
      });
      await api.register(customersAdminRoutes, { customers: new CustomersAdminService(db) });
      // Tonight's room (#6 item 6): the floor plan and the maître d's moves.
      await api.register(roomAdminRoutes, { room: new RoomAdminService(db) });
    },
    { prefix: '/api' },
  );

  await app.register(webApp, { distDir: config.webDistDir });
  return app;
}
