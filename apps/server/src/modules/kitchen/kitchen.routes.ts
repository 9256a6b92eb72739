// The kitchen sheet (#6 item 7) under /api/admin/kitchen: JSON, or (`format=csv` /
// `Accept: text/csv`) a CSV attachment (its columns: reports/report-exports.ts). Who may call it is
// declared in `config.access` and checked again by the database: the kitchen functions' own check.
import { kitchenQuerySchema, kitchenSheetSchema } from '@ladiva/contract/reports';
import { errorResponses } from '@ladiva/contract/errors';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Db } from '../../db/database.ts';
import { staffOnly, userClaims } from '../../plugins/request-claims.ts';
import { sendCsv, wantsCsv } from '../reports/csv.ts';
import { KITCHEN_COLUMNS, kitchenCsvRows } from '../reports/report-exports.ts';
import { kitchenSheet } from './kitchen.service.ts';

const errors = errorResponses(400, 401, 403, 404);
const CSV_NOTE = 'With `format=csv` or `Accept: text/csv`: the whole list as a UTF-8 CSV file.';

export const kitchenRoutes: FastifyPluginAsyncZod<{ db: Db }> = async (app, { db }) => {
  // Listed with the back office's figures in the OpenAPI document, as before the kitchen had a module.
  const tags = ['reports'];

  app.get(
    '/admin/kitchen',
    {
      config: { access: staffOnly('kitchen', 'admin', 'manager', 'box_office') },
      schema: {
        operationId: 'getKitchenSheet',
        summary: 'The kitchen sheet of a performance or a Paris day',
        description: `Covers, dishes per course, extras, dietary notes per table. ${CSV_NOTE}`,
        tags,
        querystring: kitchenQuerySchema,
        response: { 200: kitchenSheetSchema, ...errors },
      },
    },
    async (request, reply) => {
      const { performanceId, date, format } = request.query;
      const target = performanceId ? { performanceId } : { date: date! };
      const sheet = await kitchenSheet(db, userClaims(request), target);
      if (!wantsCsv(format, request.headers.accept)) return sheet;
      const name = date ?? sheet.performances[0]?.startsAt.slice(0, 10) ?? 'performance';
      return sendCsv(reply, `kitchen-${name}`, KITCHEN_COLUMNS, kitchenCsvRows(sheet));
    },
  );
};
