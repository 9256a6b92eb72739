// Requests and responses of the back office's figures (#6): the dashboard, the kitchen sheet, the
// sales and occupancy reports. Amounts are integer cents; days are Europe/Paris calendar days.
import { z } from 'zod';

const id = z.uuid();
const instant = z.iso.datetime({ offset: true });
/** A calendar day at the venue (Europe/Paris), e.g. 2025-03-14. */
export const parisDateSchema = z.iso.date().describe('A calendar day in Europe/Paris (YYYY-MM-DD)');
/**
 * A fresh instance per query field: a schema reused inside one querystring becomes a shared
 * `$ref`, which the OpenAPI generator cannot turn into parameters.
 */
const parisDate = () => z.iso.date().describe('A calendar day in Europe/Paris (YYYY-MM-DD)');

/** `format=csv` (or `Accept: text/csv`) answers the same figures as a CSV download. */
const formatSchema = z
  .enum(['json', 'csv'])
  .optional()
  .describe('csv: a UTF-8 CSV attachment instead of JSON (so does `Accept: text/csv`)');

const pageQuery = {
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).max(100_000).default(0),
};

/** `to` is included; the server refuses a range that ends before it starts or spans > 400 days. */
const dayRange = <T extends z.ZodRawShape>(shape: T) =>
  z.strictObject({
    from: parisDate().optional(),
    to: parisDate().optional(),
    ...shape,
  });

const names = { nameFr: z.string(), nameEn: z.string() };

// ─── Dashboard ──────────────────────────────────────────────────────────────────────────────────
export const dashboardQuerySchema = dayRange({
  ...pageQuery,
  limit: z.coerce.number().int().min(1).max(100).default(20),
  seriesFrom: parisDate().optional(),
  seriesTo: parisDate().optional(),
});
export type DashboardQuery = z.input<typeof dashboardQuerySchema>;

export const zoneFillSchema = z.object({
  zoneId: id,
  code: z.string(),
  ...names,
  capacity: z.int(),
  held: z.int(),
  sold: z.int(),
  /** sold / capacity, 0 when the zone has no capacity. */
  fillRate: z.number(),
});

export const formulaCoversSchema = z.object({
  formulaId: id,
  code: z.string(),
  ...names,
  guests: z.int(),
});

export const dashboardPerformanceSchema = z.object({
  id,
  startsAt: instant,
  status: z.enum(['on_sale', 'sold_out', 'cancelled', 'past']),
  salesClosed: z.boolean(),
  showTitleFr: z.string(),
  showTitleEn: z.string(),
  zones: z.array(zoneFillSchema),
  /** Guests of confirmed and checked-in bookings, per formula. */
  covers: z.array(formulaCoversSchema),
  /** Start minus the formula's arrival time, in 15-minute slots. */
  arrivals: z.array(z.object({ at: instant, guests: z.int(), checkedIn: z.int() })),
  /** Totals of confirmed and checked-in bookings; absent for the door. */
  revenueCents: z.int().optional(),
});

export const dashboardSchema = z
  .object({
    from: parisDateSchema,
    to: parisDateSchema,
    performances: z.array(dashboardPerformanceSchema),
    total: z.int().describe('Performances in the range (the page is limit/offset)'),
    series: z.object({
      from: parisDateSchema,
      to: parisDateSchema,
      /** Per day of booking: confirmed bookings made, and cancellations of confirmed ones. */
      days: z.array(
        z.object({
          date: parisDateSchema,
          bookings: z.int(),
          guests: z.int(),
          cancelled: z.int(),
          revenueCents: z.int().optional(),
        }),
      ),
      bySource: z.array(
        z.object({
          source: z.enum(['web', 'phone', 'admin', 'walk_in']),
          bookings: z.int(),
          guests: z.int(),
        }),
      ),
    }),
  })
  .meta({ id: 'Dashboard' });
export type Dashboard = z.infer<typeof dashboardSchema>;

// ─── Kitchen sheet ──────────────────────────────────────────────────────────────────────────────
export const kitchenQuerySchema = z
  .strictObject({
    performanceId: id.optional(),
    date: parisDate().optional(),
    format: formatSchema,
  })
  .refine((query) => (query.performanceId === undefined) !== (query.date === undefined), {
    message: 'Give either performanceId or date',
    path: ['performanceId'],
  });

export const kitchenDishSchema = z.object({
  formulaId: id,
  /** The menu's course (starter, main, dessert…); null: a choice the menu does not list. */
  course: z.string().nullable(),
  /** The dish's code; for a course, null counts the guests who have not chosen yet. */
  code: z.string().nullable(),
  nameFr: z.string().nullable(),
  nameEn: z.string().nullable(),
  guests: z.int(),
});

/** A party with dietary notes or an occasion: what the kitchen needs, nothing more. */
export const kitchenPartySchema = z.object({
  bookingId: id,
  partyName: z.string().nullable(),
  partySize: z.int(),
  tables: z.array(z.string()),
  dietaryNotes: z.array(z.string()),
  occasion: z.string().nullable(),
});

export const kitchenPerformanceSchema = z.object({
  id,
  startsAt: instant,
  showTitleFr: z.string(),
  showTitleEn: z.string(),
  covers: z.array(formulaCoversSchema),
  dishes: z.array(kitchenDishSchema),
  extras: z.array(z.object({ extraId: id, code: z.string(), ...names, quantity: z.int() })),
  parties: z.array(kitchenPartySchema),
});

export const kitchenSheetSchema = z
  .object({
    date: parisDateSchema.nullable(),
    performances: z.array(kitchenPerformanceSchema),
  })
  .meta({ id: 'KitchenSheet' });
export type KitchenSheet = z.infer<typeof kitchenSheetSchema>;

// ─── Reports ────────────────────────────────────────────────────────────────────────────────────
export const SALES_GROUPS = ['performance', 'zone', 'formula', 'day', 'week', 'month'] as const;

export const salesQuerySchema = dayRange({
  ...pageQuery,
  groupBy: z.enum(SALES_GROUPS).default('performance'),
  dateBasis: z
    .enum(['performance', 'sale'])
    .default('performance')
    .describe("Which date from/to and the periods use: the performance's or the confirmation's"),
  format: formatSchema,
});
export type SalesQuery = z.input<typeof salesQuerySchema>;

const salesFigures = {
  /** Distinct bookings (a booking in two zones counts in both zone rows). */
  bookings: z.int(),
  guests: z.int(),
  ticketsCents: z.int(),
  /** Extras belong to a booking, not to a zone or formula: 0 in those groupings. */
  extrasCents: z.int(),
  revenueCents: z.int(),
};

export const salesReportSchema = z
  .object({
    groupBy: z.enum(SALES_GROUPS),
    from: parisDateSchema,
    to: parisDateSchema,
    items: z.array(z.object({ key: z.string(), label: z.string(), ...salesFigures })),
    total: z.int().describe('Rows in the report (the page is limit/offset)'),
    totals: z.object(salesFigures),
  })
  .meta({ id: 'SalesReport' });
export type SalesReport = z.infer<typeof salesReportSchema>;

export const occupancyQuerySchema = dayRange({ ...pageQuery, format: formatSchema });

export const occupancyReportSchema = z
  .object({
    from: parisDateSchema,
    to: parisDateSchema,
    items: z.array(
      z.object({
        performanceId: id,
        startsAt: instant,
        status: z.enum(['on_sale', 'sold_out', 'cancelled', 'past']),
        showTitleFr: z.string(),
        capacity: z.int(),
        held: z.int(),
        sold: z.int(),
        checkedIn: z.int(),
        noShow: z.int(),
        /** sold / capacity, 0 when there is no capacity. */
        occupancy: z.number(),
      }),
    ),
    total: z.int(),
  })
  .meta({ id: 'OccupancyReport' });
export type OccupancyReport = z.infer<typeof occupancyReportSchema>;
