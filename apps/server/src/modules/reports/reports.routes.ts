// The back office's figures (#6 items 1, 9) under /api/admin: the dashboard and the reports, each
// as JSON or (`format=csv` / `Accept: text/csv`) as a CSV attachment. Who may call what is
// declared in `config.access` and checked again by the database (RLS on bookings). The kitchen
// sheet is the kitchen module's (kitchen/kitchen.routes.ts).
import {
  dashboardQuerySchema,
  dashboardSchema,
  occupancyQuerySchema,
  occupancyReportSchema,
  salesQuerySchema,
  salesReportSchema,
} from '@ladiva/contract/reports';
import { errorResponses } from '@ladiva/contract/errors';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Db } from '../../db/database.ts';
import { staffOnly, userClaims } from '../../plugins/request-claims.ts';
import { sendCsv, wantsCsv } from './csv.ts';
import { OCCUPANCY_COLUMNS, SALES_COLUMNS } from './report-exports.ts';
import { dashboard, occupancyReport, salesExport, salesReport } from './reports.service.ts';

const errors = errorResponses(400, 401, 403, 404);
const CSV_NOTE = 'With `format=csv` or `Accept: text/csv`: the whole list as a UTF-8 CSV file.';

export const reportsRoutes: FastifyPluginAsyncZod<{ db: Db }> = async (app, { db }) => {
  const tags = ['reports'];

  app.get(
    '/admin/dashboard',
    {
      // The door sees fill rates and arrivals; the revenue fields are left out for it.
      config: { access: staffOnly('admin', 'manager', 'box_office', 'door') },
      schema: {
        operationId: 'getDashboard',
        summary: "Tonight's and the coming performances, and bookings over time",
        description:
          'Performances from `from` to `to` (Paris days, default the next 7), paginated; the ' +
          'bookings series from `seriesFrom` to `seriesTo` (default the last 30 days). Revenue ' +
          'only for admin, manager and box office.',
        tags,
        querystring: dashboardQuerySchema,
        response: { 200: dashboardSchema, ...errors },
      },
    },
    async (request) => dashboard(db, userClaims(request), request.query),
  );

  const reportAccess = { access: staffOnly('admin', 'manager') };

  app.get(
    '/admin/reports/sales',
    {
      config: reportAccess,
      schema: {
        operationId: 'getSalesReport',
        summary: 'Sales by performance, zone, formula, day, week or month',
        description:
          'Sold bookings (confirmed and checked in) with a date in `from`–`to` (Paris days, ' +
          `default this month): the performance's by default, the confirmation's with ` +
          `\`dateBasis=sale\`. Amounts in cents. ${CSV_NOTE}`,
        tags,
        querystring: salesQuerySchema,
        response: { 200: salesReportSchema, ...errors },
      },
    },
    async (request, reply) => {
      const claims = userClaims(request);
      if (!wantsCsv(request.query.format, request.headers.accept)) {
        return salesReport(db, claims, request.query);
      }
      const { filter, rows } = await salesExport(db, claims, request.query);
      const name = `sales-by-${filter.groupBy}-${filter.from}-${filter.to}`;
      return sendCsv(reply, name, SALES_COLUMNS, rows);
    },
  );

  app.get(
    '/admin/reports/occupancy',
    {
      config: reportAccess,
      schema: {
        operationId: 'getOccupancyReport',
        summary: 'Occupancy per performance: sold against capacity',
        description: `Performances starting in \`from\`–\`to\` (Paris days, default this month). ${CSV_NOTE}`,
        tags,
        querystring: occupancyQuerySchema,
        response: { 200: occupancyReportSchema, ...errors },
      },
    },
    async (request, reply) => {
      const claims = userClaims(request);
      const { format, limit, offset, ...range } = request.query;
      if (!wantsCsv(format, request.headers.accept)) {
        return occupancyReport(db, claims, { ...range, limit, offset });
      }
      const report = await occupancyReport(db, claims, range);
      return sendCsv(
        reply,
        `occupancy-${report.from}-${report.to}`,
        OCCUPANCY_COLUMNS,
        report.items,
      );
    },
  );
};
