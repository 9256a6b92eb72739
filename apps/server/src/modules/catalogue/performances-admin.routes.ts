// Performances in the back office under /api/admin: the staff list with each zone's counters,
// one performance or a season, capacities, stopping sales, cancelling. Box office staff read;
// admins and managers change.
import {
  adminIdParamsSchema,
  adminPerformancePageSchema,
  adminPerformanceSchema,
  cancelPerformanceBodySchema,
  cancelPerformanceResultSchema,
  createPerformanceBodySchema,
  createSeasonBodySchema,
  listAdminPerformancesQuerySchema,
  performanceZoneParamsSchema,
  seasonResultSchema,
  setZoneCapacityBodySchema,
  updatePerformanceBodySchema,
} from '@ladiva/contract/backoffice-catalogue';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Db } from '../../db/database.ts';
import { userClaims } from '../../plugins/request-claims.ts';
import type { BookingMail } from '../bookings/booking-emails.ts';
import { sendCsv, wantsCsv } from '../reports/csv.ts';
import { adminErrors, CATALOGUE_READERS, CATALOGUE_WRITERS } from './catalogue-admin.routes.ts';
import {
  CSV_NOTE,
  exportDay,
  LIST_EXPORT_LIMIT,
  performanceColumns,
} from '../reports/list-exports.ts';
import * as service from './performances-admin.service.ts';

export const performancesAdminRoutes: FastifyPluginAsyncZod<{
  db: Db;
  /** The guests' emails (absent in tests that do not look at them). */
  mail?: BookingMail | undefined;
}> = async (app, { db, mail }) => {
  const read = { access: CATALOGUE_READERS };
  const write = { access: CATALOGUE_WRITERS };
  const tags = ['backoffice-performances'];
  const errors = adminErrors;

  app.get(
    '/admin/performances',
    {
      config: read,
      schema: {
        operationId: 'listAdminPerformances',
        summary:
          'Performances by date range, show and status, with capacity, held and sold per zone',
        description: CSV_NOTE,
        tags,
        querystring: listAdminPerformancesQuerySchema,
        response: { 200: adminPerformancePageSchema, ...errors },
      },
    },
    async (request, reply) => {
      const claims = userClaims(request);
      const { format, ...query } = request.query;
      if (!wantsCsv(format, request.headers.accept)) {
        return service.listPerformances(db, claims, query);
      }
      const page = await service.listPerformances(db, claims, {
        ...query,
        limit: LIST_EXPORT_LIMIT,
        offset: 0,
      });
      reply.header('x-total-count', String(page.total));
      const name = `performances-${exportDay()}`;
      return sendCsv(reply, name, performanceColumns(page.items), page.items);
    },
  );

  app.get(
    '/admin/performances/:id',
    {
      config: read,
      schema: {
        operationId: 'getAdminPerformance',
        summary: 'A performance with capacity, held and sold per zone',
        tags,
        params: adminIdParamsSchema,
        response: { 200: adminPerformanceSchema, ...errors },
      },
    },
    async (request) => service.getPerformance(db, userClaims(request), request.params.id),
  );

  app.post(
    '/admin/performances',
    {
      config: write,
      schema: {
        operationId: 'createPerformance',
        summary: "Add one performance (capacities default to each zone's table seats)",
        tags,
        body: createPerformanceBodySchema,
        response: { 201: adminPerformanceSchema, ...errors },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await service.createPerformance(db, userClaims(request), request.body)),
  );

  app.post(
    '/admin/performances/season',
    {
      config: write,
      schema: {
        operationId: 'createSeason',
        summary:
          'Add a season at once: weekdays × local times over a date range, minus exceptions; existing starts are skipped',
        tags,
        body: createSeasonBodySchema,
        response: { 200: seasonResultSchema, ...errors },
      },
    },
    async (request) => service.createSeason(db, userClaims(request), request.body),
  );

  app.patch(
    '/admin/performances/:id',
    {
      config: write,
      schema: {
        operationId: 'updatePerformance',
        summary: 'Stop or resume sales; sell beyond the table plan or not (both audited)',
        tags,
        params: adminIdParamsSchema,
        body: updatePerformanceBodySchema,
        response: { 200: adminPerformanceSchema, ...errors },
      },
    },
    async (request) =>
      service.updatePerformance(db, userClaims(request), request.params.id, request.body),
  );

  app.put(
    '/admin/performances/:id/zones/:zoneId',
    {
      config: write,
      schema: {
        operationId: 'setPerformanceZoneCapacity',
        summary:
          'Set a zone’s capacity (or add the zone); never below held + sold (CAPACITY_BELOW_BOOKED, with the minimum)',
        tags,
        params: performanceZoneParamsSchema,
        body: setZoneCapacityBodySchema,
        response: { 200: adminPerformanceSchema, ...errors },
      },
    },
    async (request) =>
      service.setZoneCapacity(
        db,
        userClaims(request),
        request.params.id,
        request.params.zoneId,
        request.body.capacity,
      ),
  );

  app.post(
    '/admin/performances/:id/cancel',
    {
      config: write,
      schema: {
        operationId: 'cancelPerformance',
        summary:
          'Cancel a performance: its bookings are cancelled, places released, and every confirmed guest emailed',
        tags,
        params: adminIdParamsSchema,
        body: cancelPerformanceBodySchema,
        response: { 200: cancelPerformanceResultSchema, ...errors },
      },
    },
    async (request) =>
      service.cancelPerformance(db, mail, userClaims(request), request.params.id, request.body),
  );
};
