// The back office's customers over HTTP (#6, item 8; ADR 0013). Booking staff (admin, manager,
// box office) read customers and keep their tags and notes; the GDPR export is for admins and
// managers; erasure is for admins alone. RLS and the database's functions check the same roles.
import {
  customerExportSchema,
  customerListQuerySchema,
  customerPageSchema,
  customerParamsSchema,
  customerProfileSchema,
  updateCustomerBodySchema,
} from '@ladiva/contract/backoffice-bookings';
import { errorResponses } from '@ladiva/contract/errors';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Db } from '../../db/database.ts';
import { staffOnly, userClaims } from '../../plugins/request-claims.ts';
import { requestMeta } from '../auth/request-meta.ts';
import { sendCsv, wantsCsv } from '../reports/csv.ts';
import { BOOKING_STAFF_ACCESS } from '../bookings/bookings-admin.access.ts';
import { CustomersAdminService } from './customers-admin.service.ts';
import {
  CSV_NOTE,
  CUSTOMER_COLUMNS,
  exportDay,
  LIST_EXPORT_LIMIT,
} from '../reports/list-exports.ts';

const errors = errorResponses(400, 401, 403, 404, 409);
const tags = ['admin: customers'];

export const customersAdminRoutes: FastifyPluginAsyncZod<{ db: Db }> = async (app, { db }) => {
  const customers = new CustomersAdminService(db);
  app.get(
    '/admin/customers',
    {
      config: { access: BOOKING_STAFF_ACCESS },
      schema: {
        operationId: 'listCustomers',
        summary: 'Customers (guests grouped by contact email), searched, one page at a time',
        description: CSV_NOTE,
        tags,
        querystring: customerListQuerySchema,
        response: { 200: customerPageSchema, ...errors },
      },
    },
    async (request, reply) => {
      const claims = userClaims(request);
      const { format, ...query } = request.query;
      if (!wantsCsv(format, request.headers.accept)) return customers.list(claims, query);
      const page = await customers.list(claims, { ...query, limit: LIST_EXPORT_LIMIT, offset: 0 });
      reply.header('x-total-count', String(page.total));
      return sendCsv(reply, `customers-${exportDay()}`, CUSTOMER_COLUMNS, page.items);
    },
  );

  app.get(
    '/admin/customers/:id',
    {
      config: { access: BOOKING_STAFF_ACCESS },
      schema: {
        operationId: 'getCustomer',
        summary: 'A customer’s profile: bookings, no-shows, tags, notes, consents',
        tags,
        params: customerParamsSchema,
        response: { 200: customerProfileSchema, ...errors },
      },
    },
    async (request) => customers.profile(userClaims(request), request.params.id),
  );

  app.patch(
    '/admin/customers/:id',
    {
      config: { access: BOOKING_STAFF_ACCESS },
      schema: {
        operationId: 'updateCustomer',
        summary: 'Sets a customer’s tags (e.g. vip) or notes',
        tags,
        params: customerParamsSchema,
        body: updateCustomerBodySchema,
        response: { 200: customerProfileSchema, ...errors },
      },
    },
    async (request) => customers.update(userClaims(request), request.params.id, request.body),
  );

  app.get(
    '/admin/customers/:id/export',
    {
      config: { access: staffOnly('admin', 'manager') },
      schema: {
        operationId: 'exportCustomer',
        summary: 'Everything held about a customer, as JSON (GDPR access and portability)',
        tags,
        params: customerParamsSchema,
        response: { 200: customerExportSchema, ...errors },
      },
    },
    async (request) =>
      customers.export(userClaims(request), request.params.id, requestMeta(request)),
  );

  app.post(
    '/admin/customers/:id/erase',
    {
      config: { access: staffOnly('admin') },
      schema: {
        operationId: 'eraseCustomer',
        summary: 'Erases a customer (GDPR): accounts become tombstones, bookings lose the contact',
        tags,
        params: customerParamsSchema,
        response: { 204: z.null(), ...errors },
      },
    },
    async (request, reply) => {
      await customers.erase(userClaims(request), request.params.id, requestMeta(request));
      return reply.status(204).send(null);
    },
  );
};
