// The guest's booking API (#5): hold, confirm, read, change, cancel, documents, manage links and
// the signed-in guest's list. The guard lets everyone through (PUBLIC); the object-level check is
// the service's (mayAccess), which answers 404 to anyone who may not see the booking.
import { acceptedSchema } from '@ladiva/contract/auth';
import {
  BOOKING_TOKEN_HEADER,
  bookingAccessSchema,
  bookingParamsSchema,
  bookingSummaryListSchema,
  bookingViewSchema,
  confirmBookingRequestSchema,
  createHoldBodySchema,
  createHoldResponseSchema,
  exchangeBookingLinkBodySchema,
  requestBookingLinkBodySchema,
  ticketPdfQuerySchema,
  updateBookingBodySchema,
} from '@ladiva/contract/booking';
import { errorResponseSchema, errorResponses } from '@ladiva/contract/errors';
import { text } from '@ladiva/contract/text';
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Db } from '../../db/database.ts';
import { noStore } from '../../plugins/no-store.ts';
import { PUBLIC, SIGNED_IN, userClaims } from '../../plugins/request-claims.ts';
import { rateLimit } from '../perimeter/rate-limit.ts';
import type { SigningKeys } from '../auth/signing-keys.ts';
import * as access from './booking-access.service.ts';
import type { BookingMail } from './booking-emails.ts';
import { issueBookingToken, verifyBookingToken } from './booking-token.ts';
import * as engine from './booking.service.ts';
import { toBookingView } from './booking-view.ts';
import { isBookingStaff, type Caller } from './callers.ts';
import type { Lang } from './ticket-documents.ts';

export interface BookingRoutesOptions {
  db: Db;
  mail: BookingMail;
  keys: SigningKeys;
  issuer: string;
  audience: string;
}

const errors = errorResponses(400, 404, 409, 429, 503);
const tags = ['bookings'];
const tokenHeader = z.object({ [BOOKING_TOKEN_HEADER]: text().max(2048).optional() });

/** A guest who did not say their language: the browser's, French unless it prefers English. */
const localeOf = (request: FastifyRequest): Lang =>
  /^en\b/i.test(request.headers['accept-language'] ?? '') ? 'en' : 'fr';

export const bookingRoutes: FastifyPluginAsyncZod<BookingRoutesOptions> = async (
  app,
  { db, mail, keys, issuer, audience },
) => {
  // Bookings, tickets and booking tokens are personal: never stored by a browser or a cache.
  app.addHook('onSend', noStore);
  const bookingEngine: engine.BookingEngine = { db, mail };
  const tokenIssuer = { issuer, audience };
  const perIp = (scope: string, limit: number, windowSeconds: number) =>
    rateLimit({ db, scope, limit, windowSeconds, key: (request) => request.clientIp });

  async function caller(request: FastifyRequest): Promise<Caller> {
    const header = request.headers[BOOKING_TOKEN_HEADER];
    const token = typeof header === 'string' ? header : undefined;
    return {
      claims: request.claims,
      grantedBookingId: await verifyBookingToken(keys, token, tokenIssuer),
    };
  }
  const view = async (request: FastifyRequest, id: string) =>
    access.getBooking(db, mail, await caller(request), id);

  app.post(
    '/bookings/holds',
    {
      config: { access: PUBLIC },
      preHandler: perIp('bookings:hold:ip', 30, 600),
      schema: {
        operationId: 'createHold',
        summary: 'Holds places for a party; returns the booking token that reaches it',
        tags,
        body: createHoldBodySchema,
        response: { 201: createHoldResponseSchema, ...errors, ...errorResponses(422) },
      },
    },
    async (request, reply) => {
      const hold = await engine.createHold(db, request.claims, request.body);
      return reply.status(201).send({
        bookingId: hold.bookingId,
        reference: hold.reference,
        expiresAt: hold.expiresAt,
        totalCents: hold.totalCents,
        bookingToken: issueBookingToken(keys, hold.bookingId, tokenIssuer),
      });
    },
  );

  app.post(
    '/bookings/:id/confirm',
    {
      config: { access: PUBLIC },
      schema: {
        operationId: 'confirmBooking',
        summary: 'Confirms a hold: contact, guests, payment at the venue; tables and email follow',
        tags,
        params: bookingParamsSchema,
        headers: tokenHeader,
        body: confirmBookingRequestSchema,
        response: { 200: bookingViewSchema, ...errors },
      },
    },
    async (request) => {
      const who = await caller(request);
      const { booking } = await engine.confirmAndRead(bookingEngine, who, request.params.id, {
        ...request.body,
        locale: request.body.locale ?? localeOf(request),
      });
      // The batch read the booking as it committed it; a retry of a confirmation reads it now.
      return booking
        ? toBookingView(booking, { staff: isBookingStaff(who.claims), tickets: mail.tickets })
        : access.getBooking(db, mail, who, request.params.id);
    },
  );

  app.get(
    '/bookings/:id',
    {
      config: { access: PUBLIC },
      schema: {
        operationId: 'getBooking',
        summary: 'A booking, with its ticket once confirmed',
        tags,
        params: bookingParamsSchema,
        headers: tokenHeader,
        response: { 200: bookingViewSchema, ...errors },
      },
    },
    async (request) => {
      return view(request, request.params.id);
    },
  );

  app.patch(
    '/bookings/:id',
    {
      config: { access: PUBLIC },
      schema: {
        operationId: 'updateBooking',
        summary: 'Changes the lines (and so the party size) or the extras of a booking',
        tags,
        params: bookingParamsSchema,
        headers: tokenHeader,
        body: updateBookingBodySchema,
        response: { 200: bookingViewSchema, ...errors },
      },
    },
    async (request) => {
      await engine.updateBooking(
        bookingEngine,
        await caller(request),
        request.params.id,
        request.body,
      );
      return view(request, request.params.id);
    },
  );

  app.post(
    '/bookings/:id/cancel',
    {
      config: { access: PUBLIC },
      schema: {
        operationId: 'cancelBooking',
        summary: 'Cancels a booking (guests: before the deadline)',
        tags,
        params: bookingParamsSchema,
        headers: tokenHeader,
        response: { 200: bookingViewSchema, ...errors },
      },
    },
    async (request) => {
      await engine.cancelBooking(bookingEngine, await caller(request), request.params.id);
      return view(request, request.params.id);
    },
  );

  app.get(
    '/bookings/:id/ticket.pdf',
    {
      config: { access: PUBLIC },
      schema: {
        operationId: 'getTicketPdf',
        summary: 'The PDF ticket of a confirmed booking (French unless lang=en)',
        tags,
        params: bookingParamsSchema,
        querystring: ticketPdfQuerySchema,
        headers: tokenHeader,
        produces: ['application/pdf'],
        response: {
          200: z.any().describe('application/pdf'),
          ...errors,
        },
      },
    },
    async (request, reply) => {
      const { reference, pdf } = await access.getTicketPdf(
        db,
        mail,
        await caller(request),
        request.params.id,
        request.query.lang ?? 'fr',
      );
      return reply
        .header('content-type', 'application/pdf')
        .header('content-disposition', `attachment; filename="la-diva-${reference}.pdf"`)
        .send(Buffer.from(pdf));
    },
  );

  app.get(
    '/bookings/:id/ticket.ics',
    {
      config: { access: PUBLIC },
      schema: {
        operationId: 'getTicketCalendar',
        summary: 'The calendar event of a confirmed booking',
        tags,
        params: bookingParamsSchema,
        querystring: ticketPdfQuerySchema,
        headers: tokenHeader,
        produces: ['text/calendar'],
        response: { 200: z.any().describe('text/calendar'), ...errors },
      },
    },
    async (request, reply) => {
      const { reference, ics } = await access.getTicketCalendar(
        db,
        mail,
        await caller(request),
        request.params.id,
        request.query.lang ?? 'fr',
      );
      return reply
        .header('content-type', 'text/calendar; charset=utf-8')
        .header('content-disposition', `attachment; filename="la-diva-${reference}.ics"`)
        .send(ics);
    },
  );

  const perReference = rateLimit({
    db,
    scope: 'bookings:link:reference',
    limit: 5,
    windowSeconds: 3600,
    key: (request) =>
      String((request.body as { reference?: unknown } | undefined)?.reference ?? '').toUpperCase(),
  });
  app.post(
    '/bookings/link',
    {
      config: { access: PUBLIC },
      preHandler: [perIp('bookings:link:ip', 10, 600), perReference],
      schema: {
        operationId: 'requestBookingLink',
        summary: 'Emails a manage link for a confirmed booking',
        description:
          'Answers 202 whether or not the reference and address match a booking, so that it cannot be used to find out who booked.',
        tags,
        body: requestBookingLinkBodySchema,
        response: { 202: acceptedSchema, 400: errorResponseSchema, 429: errorResponseSchema },
      },
    },
    async (request, reply) => {
      await access.requestBookingLink(db, mail, request.body);
      return reply.status(202).send({ status: 'accepted' });
    },
  );

  app.post(
    '/bookings/link/exchange',
    {
      config: { access: PUBLIC },
      preHandler: perIp('bookings:exchange:ip', 30, 600),
      schema: {
        operationId: 'exchangeBookingLink',
        summary: 'Exchanges a manage link for a short booking token',
        tags,
        body: exchangeBookingLinkBodySchema,
        response: { 200: bookingAccessSchema, 400: errorResponseSchema, 429: errorResponseSchema },
      },
    },
    async (request) => {
      const bookingId = await access.exchangeBookingLink(db, request.body.token);
      return {
        bookingId,
        bookingToken: issueBookingToken(keys, bookingId, tokenIssuer),
      };
    },
  );

  app.get(
    '/account/bookings',
    {
      config: { access: SIGNED_IN },
      schema: {
        operationId: 'listMyBookings',
        summary: "The signed-in guest's bookings, newest evening first",
        tags,
        response: {
          200: bookingSummaryListSchema,
          401: errorResponseSchema,
          503: errorResponseSchema,
        },
      },
    },
    async (request) => ({ items: await access.listMyBookings(db, userClaims(request)) }),
  );
};
