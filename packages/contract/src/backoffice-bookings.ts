// Requests and responses of the back office's bookings and customers (#6, items 5 and 8). Every
// list is paginated on the server (limit + offset, with the total) and filtered by its query.
import { z } from 'zod';
import {
  bookingContactSchema,
  bookingReferenceSchema,
  bookingStateSchema,
  bookingStatusSchema,
  BOOKING_STATUSES,
  guestDetailSchema,
  guestLocaleSchema,
  holdExtrasSchema,
  holdLineSchema,
  phoneNumberSchema,
} from './booking.ts';
import { listFormat } from './backoffice-catalogue.ts';
import { text } from './text.ts';

const id = z.uuid();
const datetime = z.iso.datetime({ offset: true });
const date = z.iso.date().describe('A calendar date (YYYY-MM-DD), in Europe/Paris');

export const BOOKING_SOURCES = ['web', 'phone', 'admin', 'walk_in'] as const;
export const bookingSourceSchema = z.enum(BOOKING_SOURCES);

export const ADMIN_BOOKING_SORTS = [
  'performance_asc',
  'performance_desc',
  'created_asc',
  'created_desc',
  'name_asc',
] as const;

const statusList = text()
  .regex(
    new RegExp(`^(${BOOKING_STATUSES.join('|')})(,(${BOOKING_STATUSES.join('|')}))*$`),
    'Expected statuses separated by commas',
  )
  .describe(
    `Statuses separated by commas, e.g. "confirmed,checked_in" (${BOOKING_STATUSES.join(', ')})`,
  );

const pageQuery = {
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).max(100_000).default(0),
};

export const adminBookingListQuerySchema = z.strictObject({
  from: date.optional().describe('First performance date, inclusive (Europe/Paris)'),
  to: date.optional().describe('Last performance date, inclusive (Europe/Paris)'),
  performanceId: id.optional(),
  status: statusList.optional(),
  source: bookingSourceSchema.optional(),
  q: text()
    .trim()
    .min(2)
    .max(100)
    .optional()
    .describe('Part of the name, email, phone or reference (case-insensitive)'),
  sort: z.enum(ADMIN_BOOKING_SORTS).default('performance_asc'),
  ...pageQuery,
  format: listFormat(),
});
export type AdminBookingListQuery = z.infer<typeof adminBookingListQuerySchema>;

const performanceRef = z.object({
  id,
  startsAt: datetime,
  showTitleFr: z.string(),
  showTitleEn: z.string(),
});

export const adminBookingSchema = z
  .object({
    id,
    reference: bookingReferenceSchema,
    status: bookingStatusSchema,
    source: bookingSourceSchema,
    partySize: z.int(),
    totalCents: z.int(),
    contactName: z.string().nullable(),
    contactEmail: z.string().nullable(),
    contactPhone: z.string().nullable(),
    /** The customer this booking belongs to (null while a hold has no contact yet). */
    customerId: z.string().nullable(),
    hasAccount: z.boolean(),
    occasion: z.string().nullable(),
    performance: performanceRef,
    createdAt: datetime,
    confirmedAt: datetime.nullable(),
    cancelledAt: datetime.nullable(),
  })
  .meta({ id: 'AdminBooking' });
export type AdminBooking = z.infer<typeof adminBookingSchema>;

export const adminBookingPageSchema = z
  .object({
    items: z.array(adminBookingSchema),
    total: z.int(),
    limit: z.int(),
    offset: z.int(),
  })
  .meta({ id: 'AdminBookingPage' });
export type AdminBookingPage = z.infer<typeof adminBookingPageSchema>;

export const BOOKING_EVENT_KINDS = [
  'created',
  'confirmed',
  'changed',
  'cancelled',
  'expired',
  'checked_in',
  'no_show',
  'note',
  'moved',
] as const;

const actorSchema = z
  .object({ id, name: z.string().nullable() })
  .nullable()
  .describe('Who acted: a staff member (named), a guest (name null), or null for the system');

export const bookingEventSchema = z
  .object({
    id: z.string(),
    at: datetime,
    kind: z.enum(BOOKING_EVENT_KINDS),
    actor: actorSchema,
    data: z.record(z.string(), z.unknown()),
    /** The text of a `note` event (null once erased). */
    note: z.string().nullable(),
  })
  .meta({ id: 'BookingEvent' });
export type BookingEvent = z.infer<typeof bookingEventSchema>;

export const adminBookingDetailSchema = adminBookingSchema
  .extend({
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
    tables: z.array(z.object({ tableId: id, label: z.string(), guests: z.int() })),
    guests: z.array(
      z.object({ menuChoice: z.string().nullable(), dietaryNotes: z.string().nullable() }),
    ),
    marketingEmail: z.boolean(),
    history: z.array(bookingEventSchema),
  })
  .meta({ id: 'AdminBookingDetail' });
export type AdminBookingDetail = z.infer<typeof adminBookingDetailSchema>;

export const adminBookingParamsSchema = z.strictObject({ id });

export const addBookingNoteBodySchema = z
  .strictObject({ body: text().trim().min(1).max(2000) })
  .meta({ id: 'AddBookingNote' });

export const changeBookingBodySchema = z
  .strictObject({
    lines: z.array(holdLineSchema).min(1).max(12).optional(),
    extras: holdExtrasSchema.optional(),
  })
  .refine((body) => body.lines !== undefined || body.extras !== undefined, {
    message: 'Change the lines, the extras, or both',
  })
  .meta({ id: 'ChangeBookingByStaff' });

export const markNoShowBodySchema = z
  .strictObject({ bookingIds: z.array(id).min(1).max(200) })
  .meta({ id: 'MarkNoShow' });

export const markNoShowResultSchema = z
  .object({
    /** Now no-shows (their places stay sold). */
    marked: z.array(id),
    /** Not marked: not confirmed or checked in, unknown, or their performance has not started. */
    skipped: z.array(id),
  })
  .meta({ id: 'MarkNoShowResult' });

/** A booking taken on the phone: held and confirmed at once, paid at the venue. */
export const phoneBookingBodySchema = z
  .strictObject({
    performanceId: id,
    lines: z.array(holdLineSchema).min(1).max(12),
    extras: holdExtrasSchema.default([]),
    /** On the phone: a number to call back is required, an email is not (none: no email sent). */
    contact: bookingContactSchema.extend({
      email: bookingContactSchema.shape.email.optional(),
      phone: phoneNumberSchema,
    }),
    occasion: text().trim().max(200).optional(),
    /** One per guest when given: each guest's menu and diet. */
    guests: z.array(guestDetailSchema).min(1).max(100).optional(),
    locale: guestLocaleSchema
      .default('fr')
      .describe('The guest’s language: every email and SMS about the booking is written in it'),
    idempotencyKey: text()
      .regex(/^[A-Za-z0-9_-]{8,100}$/, 'Expected 8–100 letters, digits, - or _')
      .optional()
      .describe(
        'Sent again with the same request: the booking it made. With a different request: 422 IDEMPOTENCY_KEY_REUSED',
      ),
  })
  .meta({ id: 'PhoneBooking' });
export type PhoneBookingBody = z.input<typeof phoneBookingBodySchema>;

export const adminBookingStateSchema = bookingStateSchema;

// ─── Customers ─────────────────────────────────────────────────────────────────────────────────

/** SHA-256 (hex) of the lowercased contact email: URLs never carry the address (ADR 0013). */
export const customerIdSchema = text().regex(/^[0-9a-f]{64}$/, 'Expected a customer id');
export const customerParamsSchema = z.strictObject({ id: customerIdSchema });

const tagSchema = text()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9-]{1,30}$/, 'Expected a short tag: letters, digits, -');

export const customerListQuerySchema = z.strictObject({
  q: text()
    .trim()
    .min(2)
    .max(100)
    .optional()
    .describe('Part of the name, email or phone (case-insensitive)'),
  tag: tagSchema.optional().describe('Only customers with this tag, e.g. vip'),
  sort: z.enum(['last_visit_desc', 'name_asc', 'bookings_desc']).default('last_visit_desc'),
  ...pageQuery,
  format: listFormat(),
});
export type CustomerListQuery = z.infer<typeof customerListQuerySchema>;

export const customerSummarySchema = z
  .object({
    customerId: customerIdSchema,
    email: z.string(),
    name: z.string().nullable(),
    phone: z.string().nullable(),
    hasAccount: z.boolean(),
    bookingCount: z.int(),
    noShowCount: z.int(),
    lastPerformanceAt: datetime.nullable(),
    tags: z.array(z.string()),
  })
  .meta({ id: 'CustomerSummary' });
export type CustomerSummary = z.infer<typeof customerSummarySchema>;

export const customerPageSchema = z
  .object({
    items: z.array(customerSummarySchema),
    total: z.int(),
    limit: z.int(),
    offset: z.int(),
  })
  .meta({ id: 'CustomerPage' });

export const customerConsentSchema = z.object({
  kind: z.string(),
  granted: z.boolean(),
  wordingVersion: z.string(),
  at: datetime,
});

export const customerProfileSchema = customerSummarySchema
  .extend({
    notes: z.string(),
    cancelledCount: z.int(),
    /** The account's latest consent of each kind (empty without an account). */
    consents: z.array(customerConsentSchema),
    /** What the guest ticked on their latest booking. */
    marketingEmail: z.boolean(),
    /** The latest 200 bookings, newest performance first. */
    bookings: z.array(adminBookingSchema),
  })
  .meta({ id: 'CustomerProfile' });
export type CustomerProfile = z.infer<typeof customerProfileSchema>;

export const updateCustomerBodySchema = z
  .strictObject({
    tags: z.array(tagSchema).max(20).optional(),
    notes: text().max(4000).optional(),
  })
  .meta({ id: 'UpdateCustomer' });

export const customerExportSchema = z
  .object({
    format: z.literal('ladiva-customer-export/1'),
    exportedAt: datetime,
    profile: customerProfileSchema.omit({ bookings: true }),
    bookings: z.array(adminBookingDetailSchema),
  })
  .meta({ id: 'CustomerExport' });
