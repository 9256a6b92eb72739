// Requests and responses of the booking engine (#5): holds, confirmation, cancellation.
import { z } from 'zod';
import { text } from './text.ts';

const id = z.uuid();

/** One line of a hold: guests of one formula seated in one zone. */
export const holdLineSchema = z.strictObject({
  formulaId: id,
  zoneId: id,
  guests: z.int().min(1).max(100),
});

export const holdExtraSchema = z.strictObject({
  extraId: id,
  quantity: z.int().min(1).max(50),
});

/**
 * A booking's extras: each extra once, with its quantity (the same extra twice would be two rows
 * of one extra, or a quantity above the limit once added up).
 */
export const holdExtrasSchema = z
  .array(holdExtraSchema)
  .max(20)
  .superRefine((extras, context) => {
    const seen = new Set<string>();
    extras.forEach(({ extraId }, index) => {
      if (seen.has(extraId)) {
        context.addIssue({
          code: 'custom',
          path: [index, 'extraId'],
          message: 'This extra is already chosen: change its quantity instead.',
        });
      }
      seen.add(extraId);
    });
  });

export const createHoldBodySchema = z
  .strictObject({
    performanceId: id,
    lines: z.array(holdLineSchema).min(1).max(12),
    extras: holdExtrasSchema.default([]),
    /** The same key retried never makes two bookings (e.g. a UUID made by the client). */
    idempotencyKey: text()
      .regex(/^[A-Za-z0-9_-]{8,100}$/, 'Expected 8–100 letters, digits, - or _')
      .optional()
      .describe(
        'Sent again with the same request: the booking it made. With a different request: 422 IDEMPOTENCY_KEY_REUSED',
      ),
  })
  .meta({ id: 'CreateHold' });
export type CreateHoldBody = z.input<typeof createHoldBodySchema>;

export const BOOKING_STATUSES = [
  'held',
  'confirmed',
  'cancelled',
  'expired',
  'checked_in',
  'no_show',
] as const;
export const bookingStatusSchema = z.enum(BOOKING_STATUSES);
export type BookingStatus = z.infer<typeof bookingStatusSchema>;

/** Short, unambiguous: no 0/O, 1/I/L. */
export const bookingReferenceSchema = z.string().regex(/^[2-9A-HJKMNP-Z]{8}$/);

export const holdSchema = z
  .object({
    bookingId: id,
    reference: bookingReferenceSchema,
    status: bookingStatusSchema,
    expiresAt: z.iso.datetime({ offset: true }),
    partySize: z.int(),
    totalCents: z.int(),
  })
  .meta({ id: 'Hold' });
export type Hold = z.infer<typeof holdSchema>;

export const phoneNumberSchema = text()
  .trim()
  .regex(/^\+?[0-9 ().-]{6,24}$/, 'Expected a phone number');

export const bookingContactSchema = z.strictObject({
  name: text().trim().min(1).max(120),
  email: z.email().max(254),
  phone: phoneNumberSchema.optional(),
});
export type BookingContact = z.infer<typeof bookingContactSchema>;

export const confirmBookingBodySchema = z
  .strictObject({ contact: bookingContactSchema })
  .meta({ id: 'ConfirmBooking' });
export type ConfirmBookingBody = z.infer<typeof confirmBookingBodySchema>;

export const bookingStateSchema = z
  .object({
    bookingId: id,
    reference: bookingReferenceSchema,
    status: bookingStatusSchema,
    partySize: z.int(),
    totalCents: z.int(),
  })
  .meta({ id: 'BookingState' });
export type BookingState = z.infer<typeof bookingStateSchema>;

// ─── The public catalogue: shows, performances, availability ──────────────────────────────────

const datetime = z.iso.datetime({ offset: true });

/**
 * The sales rules as they apply to one performance's bookings, stated before commitment: a guest
 * may change or cancel online until `deadline`, paying `feeCents` (0: free) to cancel a confirmed
 * booking; after it, only the venue can.
 */
const cancellationRulesSchema = z.object({ deadline: datetime, feeCents: z.int() });

export const showSchema = z
  .object({
    id,
    slug: z.string(),
    titleFr: z.string(),
    titleEn: z.string(),
    descriptionFr: z.string(),
    descriptionEn: z.string(),
    durationMinutes: z.int(),
    imagePath: z.string().nullable(),
    /** The next performance still on sale, if any. */
    nextStartsAt: datetime.nullable(),
  })
  .meta({ id: 'Show' });
export type Show = z.infer<typeof showSchema>;
export const showListSchema = z.array(showSchema).meta({ id: 'ShowList' });

export const zoneSchema = z
  .object({
    id,
    code: z.string(),
    nameFr: z.string(),
    nameEn: z.string(),
    descriptionFr: z.string(),
    descriptionEn: z.string(),
  })
  .meta({ id: 'Zone' });

export const formulaSchema = z
  .object({
    id,
    code: z.string(),
    nameFr: z.string(),
    nameEn: z.string(),
    descriptionFr: z.string(),
    descriptionEn: z.string(),
    arrivalMinutesBefore: z.int(),
    menu: z.record(z.string(), z.unknown()),
    /** Where it is sold, and at what price per guest; a zone missing here does not sell it. */
    prices: z.array(z.object({ zoneId: id, priceCents: z.int() })),
  })
  .meta({ id: 'Formula' });

export const extraSchema = z
  .object({ id, code: z.string(), nameFr: z.string(), nameEn: z.string(), priceCents: z.int() })
  .meta({ id: 'Extra' });

export const showDetailSchema = showSchema
  .extend({
    zones: z.array(zoneSchema),
    formulas: z.array(formulaSchema),
    extras: z.array(extraSchema),
  })
  .meta({ id: 'ShowDetail' });
export type ShowDetail = z.infer<typeof showDetailSchema>;

/** A show's slug or id. */
export const showParamsSchema = z.strictObject({
  id: z.union([
    z.uuid(),
    text()
      .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/)
      .max(80),
  ]),
});
export const performanceParamsSchema = z.strictObject({ id });

export const PERFORMANCE_STATUSES = ['on_sale', 'sold_out', 'cancelled', 'past'] as const;

// No `meta({ id })` on query and params schemas: @fastify/swagger must inline them.
export const listPerformancesQuerySchema = z.strictObject({
  showId: id.optional(),
  /** Default: now. */
  from: datetime.optional(),
  /** Default and maximum: 92 days after `from`. */
  to: datetime.optional(),
});
export type ListPerformancesQuery = z.infer<typeof listPerformancesQuerySchema>;

const performanceBase = {
  id,
  showId: id,
  startsAt: datetime,
  doorsAt: datetime,
  status: z.enum(PERFORMANCE_STATUSES),
  /** On sale, not closed by staff, and before the booking cut-off. */
  salesOpen: z.boolean(),
};

export const performanceSummarySchema = z
  .object({ ...performanceBase, capacity: z.int(), seatsLeft: z.int() })
  .meta({ id: 'PerformanceSummary' });
export const performanceListSchema = z
  .array(performanceSummarySchema)
  .meta({ id: 'PerformanceList' });
export type PerformanceSummary = z.infer<typeof performanceSummarySchema>;

export const performanceAvailabilitySchema = z
  .object({
    ...performanceBase,
    /** The sales rules' largest party for one booking. */
    maxParty: z.int(),
    /** What a booking of this performance may do: see BookingView's `cancellationRules`. */
    cancellationRules: cancellationRulesSchema,
    zones: z.array(
      z.object({
        zoneId: id,
        code: z.string(),
        nameFr: z.string(),
        nameEn: z.string(),
        capacity: z.int(),
        seatsLeft: z.int(),
        prices: z.array(z.object({ formulaId: id, priceCents: z.int() })),
      }),
    ),
  })
  .meta({ id: 'PerformanceAvailability' });
export type PerformanceAvailability = z.infer<typeof performanceAvailabilitySchema>;

// ─── The guest's booking: confirmation, view, change, manage links (#5 step 2) ────────────────

/** Header carrying the short booking token handed out by createHold and exchangeBookingLink. */
export const BOOKING_TOKEN_HEADER = 'x-booking-token';

export const bookingParamsSchema = z.strictObject({ id });

export const createHoldResponseSchema = z
  .object({
    bookingId: id,
    reference: bookingReferenceSchema,
    expiresAt: datetime,
    totalCents: z.int(),
    /** Send it as `x-booking-token` to act on this booking without an account (2 hours). */
    bookingToken: z.string(),
  })
  .meta({ id: 'CreateHoldResponse' });
export type CreateHoldResponse = z.infer<typeof createHoldResponseSchema>;

export const guestDetailSchema = z.strictObject({
  menuChoice: text().trim().max(80).optional(),
  dietaryNotes: text().trim().max(500).optional(),
});

/** The guest's language: every email and SMS about the booking is written in it. */
export const guestLocaleSchema = z.enum(['fr', 'en']);
export type GuestLocale = z.infer<typeof guestLocaleSchema>;

export const confirmBookingRequestSchema = z
  .strictObject({
    contact: bookingContactSchema,
    /** The language the guest booked in (the UI's); without it, the browser's Accept-Language. */
    locale: guestLocaleSchema.optional(),
    /** One per guest: as many as the party size. */
    guests: z.array(guestDetailSchema).min(1).max(100),
    occasion: text().trim().max(200).optional(),
    marketingEmail: z.boolean().optional(),
    payment: z.literal('at_venue'),
  })
  .meta({ id: 'ConfirmBookingRequest' });
export type ConfirmBookingRequest = z.infer<typeof confirmBookingRequestSchema>;

export const updateBookingBodySchema = z
  .strictObject({
    lines: z.array(holdLineSchema).min(1).max(12).optional(),
    extras: holdExtrasSchema.optional(),
    /** One per guest of the booking as changed: menus and diets (an added guest's too). */
    guests: z.array(guestDetailSchema).min(1).max(100).optional(),
    /** The occasion (a birthday…); an empty string clears it. */
    occasion: text().trim().max(200).optional(),
  })
  .meta({ id: 'UpdateBooking' });
export type UpdateBookingBody = z.infer<typeof updateBookingBodySchema>;

export const bookingViewSchema = z
  .object({
    id,
    reference: bookingReferenceSchema,
    status: bookingStatusSchema,
    partySize: z.int(),
    totalCents: z.int(),
    expiresAt: datetime,
    createdAt: datetime,
    performance: z.object({
      id,
      startsAt: datetime,
      doorsAt: datetime,
      show: z.object({
        id,
        slug: z.string(),
        titleFr: z.string(),
        titleEn: z.string(),
        durationMinutes: z.int(),
      }),
    }),
    lines: z.array(
      z.object({
        formulaId: id,
        formulaNameFr: z.string(),
        formulaNameEn: z.string(),
        zoneId: id,
        zoneNameFr: z.string(),
        zoneNameEn: z.string(),
        guests: z.int(),
        unitPriceCents: z.int(),
        /** When guests of this formula are expected (before the show: dinner first). */
        arrivalTime: datetime,
      }),
    ),
    extras: z.array(
      z.object({
        extraId: id,
        nameFr: z.string(),
        nameEn: z.string(),
        quantity: z.int(),
        unitPriceCents: z.int(),
      }),
    ),
    /** Null for a hold not yet confirmed and for a walk-in; a phone booking may have no email. */
    contact: z
      .object({ name: z.string(), email: z.string().nullable(), phone: z.string().nullable() })
      .nullable(),
    /** The language of the booking's emails and SMS. */
    locale: guestLocaleSchema,
    guests: z.array(
      z.object({ menuChoice: z.string().nullable(), dietaryNotes: z.string().nullable() }),
    ),
    occasion: z.string().nullable(),
    /** Labels of the tables the party sits at (confirmed bookings). */
    tables: z.array(z.string()),
    cancellable: z.boolean(),
    changeable: z.boolean(),
    /**
     * A cancelled booking: the fee the guest owes (paid at the venue). A live one: what cancelling
     * it now would cost the caller under the sales rules (0 for a hold, and for staff).
     */
    cancellationFeeCents: z.int(),
    /**
     * The sales rules as they apply to this booking, to be stated before commitment: a guest may
     * change or cancel it online until `deadline`, paying `feeCents` (0: free) for a cancelled
     * confirmed booking; after it, only the venue can.
     */
    cancellationRules: cancellationRulesSchema,
    /** How it is paid: null while held (not chosen yet); today always at the venue. */
    paymentMethod: z.enum(['at_venue']).nullable(),
    /** The sales rules' largest party for one booking (a change stays within it). */
    maxParty: z.int(),
    /** Confirmed bookings only: the signed ticket and its QR code (SVG data URL). */
    ticket: z.object({ token: z.string() }).nullable(),
  })
  .meta({ id: 'BookingView' });
export type BookingView = z.infer<typeof bookingViewSchema>;

export const ticketPdfQuerySchema = z.strictObject({ lang: z.enum(['fr', 'en']).optional() });

export const requestBookingLinkBodySchema = z
  .strictObject({
    reference: text().trim().toUpperCase().max(20),
    email: text().trim().max(254),
  })
  .meta({ id: 'RequestBookingLink' });
export type RequestBookingLinkBody = z.infer<typeof requestBookingLinkBodySchema>;

export const exchangeBookingLinkBodySchema = z
  .strictObject({ token: text().regex(/^[A-Za-z0-9_-]{43}$/, 'Expected a link token') })
  .meta({ id: 'ExchangeBookingLink' });
export type ExchangeBookingLinkBody = z.infer<typeof exchangeBookingLinkBodySchema>;

export const bookingAccessSchema = z
  .object({ bookingId: id, bookingToken: z.string() })
  .meta({ id: 'BookingAccess' });
export type BookingAccess = z.infer<typeof bookingAccessSchema>;

export const bookingSummarySchema = z
  .object({
    id,
    reference: bookingReferenceSchema,
    status: bookingStatusSchema,
    startsAt: datetime,
    showTitleFr: z.string(),
    showTitleEn: z.string(),
    partySize: z.int(),
    totalCents: z.int(),
  })
  .meta({ id: 'BookingSummary' });
export type BookingSummary = z.infer<typeof bookingSummarySchema>;

export const bookingSummaryListSchema = z
  .object({ items: z.array(bookingSummarySchema) })
  .meta({ id: 'BookingSummaryList' });
