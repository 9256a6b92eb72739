// The back office's bookings over HTTP (#6, item 5), for the staff who take and run bookings:
// admins, managers and the box office, each with a second factor. The door works from the
// evening's arrivals list and the kitchen from its sheet (other modules); neither reaches these.
import { bookingStateSchema } from '@ladiva/contract/booking';
import {
  addBookingNoteBodySchema,
  adminBookingDetailSchema,
  adminBookingListQuerySchema,
  adminBookingPageSchema,
  adminBookingParamsSchema,
  changeBookingBodySchema,
  markNoShowBodySchema,
  markNoShowResultSchema,
  phoneBookingBodySchema,
} from '@ladiva/contract/backoffice-bookings';
import { errorResponses } from '@ladiva/contract/errors';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Db } from '../../db/database.ts';
import { userClaims } from '../../plugins/request-claims.ts';
import { sendCsv, wantsCsv } from '../reports/csv.ts';
import {
  BOOKING_COLUMNS,
  CSV_NOTE,
  exportDay,
  LIST_EXPORT_LIMIT,
} from '../reports/list-exports.ts';
import { BOOKING_STAFF_ACCESS } from './bookings-admin.access.ts';
import type { BookingMail } from './booking-emails.ts';
import { BookingsAdminService } from './bookings-admin.service.ts';

const errors = errorResponses(400, 401, 403, 404, 409, 503);
const tags = ['admin: bookings'];

/** The guest's email in the language their browser would have chosen: French by default. */

export const bookingsAdminRoutes: FastifyPluginAsyncZod<{ db: Db; mail: BookingMail }> = async (
  app,
  { db, mail },
) => {
  const bookings = new BookingsAdminService(db, mail);
  const config = { access: BOOKING_STAFF_ACCESS };

  app.get(
    '/admin/bookings',
    {
      config,
      schema: {
        operationId: 'listAdminBookings',
        summary: 'Bookings, searched and filtered, one page at a time (with the total)',
        description: CSV_NOTE,
        tags,
        querystring: adminBookingListQuerySchema,
        response: { 200: adminBookingPageSchema, ...errors },
      },
    },
    async (request, reply) => {
      const claims = userClaims(request);
      const { format, ...query } = request.query;
      if (!wantsCsv(format, request.headers.accept)) return bookings.list(claims, query);
      const page = await bookings.list(claims, { ...query, limit: LIST_EXPORT_LIMIT, offset: 0 });
      reply.header('x-total-count', String(page.total));
      return sendCsv(reply, `bookings-${exportDay()}`, BOOKING_COLUMNS, page.items);
    },
  );

  app.post(
    '/admin/bookings/phone',
    {
      config,
      schema: {
        operationId: 'createPhoneBooking',
        summary: 'Takes a booking on the phone: held and confirmed at once, paid at the venue',
        tags,
        body: phoneBookingBodySchema,
        response: { 201: bookingStateSchema, ...errors, ...errorResponses(422) },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await bookings.phoneBooking(userClaims(request), request.body)),
  );

  app.post(
    '/admin/bookings/no-show',
    {
      config,
      schema: {
        operationId: 'markBookingsNoShow',
        summary: 'Marks bookings of a started performance as no-shows (their places stay sold)',
        tags,
        body: markNoShowBodySchema,
        response: { 200: markNoShowResultSchema, ...errors },
      },
    },
    async (request) => bookings.markNoShow(userClaims(request), request.body.bookingIds),
  );

  app.get(
    '/admin/bookings/:id',
    {
      config,
      schema: {
        operationId: 'getAdminBooking',
        summary: 'A booking with its lines, tables, guests and history',
        tags,
        params: adminBookingParamsSchema,
        response: { 200: adminBookingDetailSchema, ...errors },
      },
    },
    async (request) => bookings.detail(userClaims(request), request.params.id),
  );

  app.post(
    '/admin/bookings/:id/notes',
    {
      config,
      schema: {
        operationId: 'addBookingNote',
        summary: 'Adds a staff note to a booking (it joins the history)',
        tags,
        params: adminBookingParamsSchema,
        body: addBookingNoteBodySchema,
        response: { 201: adminBookingDetailSchema, ...errors },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await bookings.addNote(userClaims(request), request.params.id, request.body.body)),
  );

  app.patch(
    '/admin/bookings/:id',
    {
      config,
      schema: {
        operationId: 'changeAdminBooking',
        summary: 'Changes a booking’s formulas, zones, party size or extras (until the show)',
        tags,
        params: adminBookingParamsSchema,
        body: changeBookingBodySchema,
        response: { 200: bookingStateSchema, ...errors },
      },
    },
    async (request) =>
      bookings.change(userClaims(request), request.params.id, {
        lines: request.body.lines,
        extras: request.body.extras,
      }),
  );

  app.post(
    '/admin/bookings/:id/cancel',
    {
      config,
      schema: {
        operationId: 'cancelAdminBooking',
        summary: 'Cancels a booking for the venue: its places are released, the guest is told',
        tags,
        params: adminBookingParamsSchema,
        response: { 200: bookingStateSchema, ...errors },
      },
    },
    async (request) => bookings.cancel(userClaims(request), request.params.id),
  );
};
