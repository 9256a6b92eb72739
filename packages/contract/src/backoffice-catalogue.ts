// Requests and responses of the back office's catalogue (#6 items 2 and 4): shows, formulas and
// their prices, extras, sales rules, the venue layout (zones and tables), and performances —
// one at a time or a whole season. Every list is paginated on the server (limit/offset + total).
// No `meta({ id })` on query and params schemas: @fastify/swagger must inline them.
import { z } from 'zod';
import { text } from './text.ts';
import { USUAL_EVENING } from './venue.ts';

const id = z.uuid();
const datetime = z.iso.datetime({ offset: true });
const shortText = (max: number) => text().trim().min(1).max(max);
const longText = (max: number) => text().trim().max(max);
/** A code staff type once (`dinner-show`), used in URLs and exports. */
const code = text().regex(/^[a-z][a-z0-9_-]{0,39}$/, 'Expected a-z, 0-9, - or _ (max 40)');
const cents = z.int().min(0).max(10_000_000);
const sort = z.int().min(-10_000).max(10_000);

// ─── Pagination ────────────────────────────────────────────────────────────────────────────────

export const MAX_PAGE = 200;

/** A fresh pair per query schema: a shared instance would become a $ref, which querystrings cannot be. */
export const pageQuery = () => ({
  limit: z.coerce.number().int().min(1).max(MAX_PAGE).default(50),
  offset: z.coerce.number().int().min(0).max(100_000).default(0),
});

/** `format=csv` (or `Accept: text/csv`) on a list: every matching row as a CSV file. */
export const listFormat = () =>
  z
    .enum(['json', 'csv'])
    .optional()
    .describe(
      'csv: every row matching the filters (limit and offset ignored, at most 10,000) as a ' +
        'UTF-8 CSV attachment instead of JSON (so does `Accept: text/csv`)',
    );

const page = <T extends z.ZodType>(item: T) =>
  z.object({ items: z.array(item), total: z.int(), limit: z.int(), offset: z.int() });

export const adminIdParamsSchema = z.strictObject({ id });
export const formulaPriceParamsSchema = z.strictObject({ id, zoneId: id });
export const performanceZoneParamsSchema = z.strictObject({ id, zoneId: id });

// ─── Shows ─────────────────────────────────────────────────────────────────────────────────────

/** A key of the storage service, e.g. `posters/2025/revue-1a2b.webp` (no `..`, no leading /). */
export const imagePathSchema = text()
  .max(300)
  .regex(
    /^(?!.*\.\.)[a-z0-9][a-z0-9_-]*(\/[A-Za-z0-9][A-Za-z0-9._-]*)+$/,
    'Expected a storage key such as posters/revue.webp',
  );

export const adminShowSchema = z
  .object({
    id,
    slug: z.string(),
    titleFr: z.string(),
    titleEn: z.string(),
    descriptionFr: z.string(),
    descriptionEn: z.string(),
    durationMinutes: z.int(),
    imagePath: z.string().nullable(),
    createdAt: datetime,
    /** Performances still ahead (any status but past). */
    upcomingPerformances: z.int(),
  })
  .meta({ id: 'AdminShow' });
export type AdminShow = z.infer<typeof adminShowSchema>;
export const adminShowPageSchema = page(adminShowSchema).meta({ id: 'AdminShowPage' });

export const listAdminShowsQuerySchema = z.strictObject({
  /** Matches the slug or either title (case- and accent-sensitive substring). */
  q: text().trim().max(80).optional(),
  ...pageQuery(),
});

const showFields = {
  slug: text()
    .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'Expected lower-case words joined by -')
    .max(80),
  titleFr: shortText(120),
  titleEn: shortText(120),
  descriptionFr: longText(4000),
  descriptionEn: longText(4000),
  durationMinutes: z.int().min(1).max(600),
  imagePath: imagePathSchema.nullable(),
};

export const createShowBodySchema = z
  .strictObject({
    ...showFields,
    descriptionFr: showFields.descriptionFr.default(''),
    descriptionEn: showFields.descriptionEn.default(''),
    imagePath: showFields.imagePath.default(null),
  })
  .meta({ id: 'CreateShow' });
export type CreateShowBody = z.input<typeof createShowBodySchema>;

const nonEmpty = (body: object) => Object.keys(body).length > 0;

export const updateShowBodySchema = z
  .strictObject(showFields)
  .partial()
  .refine(nonEmpty, { message: 'Nothing to update' })
  .meta({ id: 'UpdateShow' });
export type UpdateShowBody = z.infer<typeof updateShowBodySchema>;

// ─── Formulas, prices, extras, sales rules ─────────────────────────────────────────────────────

/** One choice of a menu course, e.g. `{ code: 'veggie', fr: 'Végétarien', en: 'Vegetarian' }`. */
export const menuChoiceSchema = z.strictObject({
  code,
  fr: shortText(120),
  en: shortText(120),
});

/** Per-guest choices by course (`starter`, `main`, `dessert`…): each course has its choices. */
export const menuSchema = z
  .record(code, z.array(menuChoiceSchema).min(1).max(20))
  .refine((menu) => Object.keys(menu).length <= 10, { message: 'At most 10 courses' })
  .refine(
    (menu) =>
      Object.values(menu).every(
        (choices) => new Set(choices.map((c) => c.code)).size === choices.length,
      ),
    { message: 'Choice codes must be unique within a course' },
  );
export type Menu = z.infer<typeof menuSchema>;

export const adminFormulaSchema = z
  .object({
    id,
    code: z.string(),
    nameFr: z.string(),
    nameEn: z.string(),
    descriptionFr: z.string(),
    descriptionEn: z.string(),
    arrivalMinutesBefore: z.int(),
    menu: z.record(z.string(), z.unknown()),
    sort: z.int(),
    prices: z.array(z.object({ zoneId: id, priceCents: z.int() })),
  })
  .meta({ id: 'AdminFormula' });
export type AdminFormula = z.infer<typeof adminFormulaSchema>;
export const adminFormulaPageSchema = page(adminFormulaSchema).meta({ id: 'AdminFormulaPage' });
export const listCatalogueQuerySchema = z.strictObject({ ...pageQuery() });

const formulaFields = {
  code,
  nameFr: shortText(80),
  nameEn: shortText(80),
  descriptionFr: longText(2000),
  descriptionEn: longText(2000),
  arrivalMinutesBefore: z.int().min(0).max(300),
  menu: menuSchema,
  sort,
};

export const createFormulaBodySchema = z
  .strictObject({
    ...formulaFields,
    descriptionFr: formulaFields.descriptionFr.default(''),
    descriptionEn: formulaFields.descriptionEn.default(''),
    arrivalMinutesBefore: formulaFields.arrivalMinutesBefore.default(30),
    menu: formulaFields.menu.default({}),
    sort: formulaFields.sort.default(0),
  })
  .meta({ id: 'CreateFormula' });
export type CreateFormulaBody = z.input<typeof createFormulaBodySchema>;

export const updateFormulaBodySchema = z
  .strictObject(formulaFields)
  .partial()
  .refine(nonEmpty, { message: 'Nothing to update' })
  .meta({ id: 'UpdateFormula' });
export type UpdateFormulaBody = z.infer<typeof updateFormulaBodySchema>;

export const setFormulaPriceBodySchema = z
  .strictObject({ priceCents: cents })
  .meta({ id: 'SetFormulaPrice' });

export const adminExtraSchema = z
  .object({
    id,
    code: z.string(),
    nameFr: z.string(),
    nameEn: z.string(),
    priceCents: z.int(),
    sort: z.int(),
  })
  .meta({ id: 'AdminExtra' });
export type AdminExtra = z.infer<typeof adminExtraSchema>;
export const adminExtraPageSchema = page(adminExtraSchema).meta({ id: 'AdminExtraPage' });

const extraFields = { code, nameFr: shortText(80), nameEn: shortText(80), priceCents: cents, sort };
export const createExtraBodySchema = z
  .strictObject({ ...extraFields, sort: sort.default(0) })
  .meta({ id: 'CreateExtra' });
export const updateExtraBodySchema = z
  .strictObject(extraFields)
  .partial()
  .refine(nonEmpty, { message: 'Nothing to update' })
  .meta({ id: 'UpdateExtra' });

export const salesRulesSchema = z
  .object({
    holdMinutes: z.int(),
    maxParty: z.int(),
    cutoffMinutes: z.int(),
    cancellationDeadlineHours: z.int(),
    cancellationFeeCents: z.int(),
    updatedAt: datetime,
  })
  .meta({ id: 'SalesRules' });
export type SalesRules = z.infer<typeof salesRulesSchema>;

export const updateSalesRulesBodySchema = z
  .strictObject({
    holdMinutes: z.int().min(1).max(120),
    maxParty: z.int().min(1).max(100),
    cutoffMinutes: z.int().min(0).max(2880),
    cancellationDeadlineHours: z.int().min(0).max(720),
    cancellationFeeCents: cents,
  })
  .partial()
  .refine(nonEmpty, { message: 'Nothing to update' })
  .meta({ id: 'UpdateSalesRules' });
export type UpdateSalesRulesBody = z.infer<typeof updateSalesRulesBodySchema>;

// ─── Venue layout ──────────────────────────────────────────────────────────────────────────────

export const TABLE_SHAPES = ['round', 'square', 'rectangle', 'high'] as const;
/** The floor plan's coordinate space (the editor's units). */
export const PLAN_SIZE = 10_000;

export const venueTableSchema = z
  .object({
    id,
    zoneId: id,
    label: z.string(),
    seats: z.int(),
    shape: z.enum(TABLE_SHAPES),
    x: z.int(),
    y: z.int(),
    shared: z.boolean(),
    /** Tables of the same zone it can be pushed together with (always symmetric). */
    neighbourIds: z.array(id),
  })
  .meta({ id: 'VenueTable' });
export type VenueTable = z.infer<typeof venueTableSchema>;

export const adminZoneSchema = z
  .object({
    id,
    code: z.string(),
    nameFr: z.string(),
    nameEn: z.string(),
    descriptionFr: z.string(),
    descriptionEn: z.string(),
    sort: z.int(),
    /** Sum of its tables' seats: the default capacity of a new performance. */
    seats: z.int(),
    tables: z.array(venueTableSchema),
  })
  .meta({ id: 'AdminZone' });
export type AdminZone = z.infer<typeof adminZoneSchema>;
export const adminZonePageSchema = page(adminZoneSchema).meta({ id: 'AdminZonePage' });

const zoneFields = {
  code,
  nameFr: shortText(80),
  nameEn: shortText(80),
  descriptionFr: longText(1000),
  descriptionEn: longText(1000),
  sort,
};
export const createZoneBodySchema = z
  .strictObject({
    ...zoneFields,
    descriptionFr: zoneFields.descriptionFr.default(''),
    descriptionEn: zoneFields.descriptionEn.default(''),
    sort: sort.default(0),
  })
  .meta({ id: 'CreateZone' });
export const updateZoneBodySchema = z
  .strictObject(zoneFields)
  .partial()
  .refine(nonEmpty, { message: 'Nothing to update' })
  .meta({ id: 'UpdateZone' });

const coordinate = z.int().min(0).max(PLAN_SIZE);
const tableFields = {
  label: shortText(20),
  seats: z.int().min(1).max(20),
  shape: z.enum(TABLE_SHAPES),
  x: coordinate,
  y: coordinate,
  shared: z.boolean(),
  neighbourIds: z.array(id).max(12),
};

export const createVenueTableBodySchema = z
  .strictObject({
    zoneId: id,
    ...tableFields,
    shape: tableFields.shape.default('round'),
    x: coordinate.default(0),
    y: coordinate.default(0),
    shared: z.boolean().default(false),
    neighbourIds: tableFields.neighbourIds.default([]),
  })
  .meta({ id: 'CreateVenueTable' });
export type CreateVenueTableBody = z.input<typeof createVenueTableBodySchema>;

export const updateVenueTableBodySchema = z
  .strictObject(tableFields)
  .partial()
  .refine(nonEmpty, { message: 'Nothing to update' })
  .meta({ id: 'UpdateVenueTable' });
export type UpdateVenueTableBody = z.infer<typeof updateVenueTableBodySchema>;

/** A client-side name for a table not saved yet, so that neighbours can point at it. */
const tableKey = text().regex(/^new:[A-Za-z0-9_-]{1,40}$/, 'Expected new:<name>');

/**
 * A zone's whole floor plan as the editor has it: tables with an `id` are changed, tables with a
 * `key` are added, and the zone's tables missing from the list are removed (refused with
 * TABLE_IN_USE if a booking ever sat there). Neighbours name tables of the same zone by id or key;
 * a link given on one side is made on both.
 */
export const layoutTableSchema = z
  .strictObject({
    id: id.optional(),
    key: tableKey.optional(),
    label: tableFields.label,
    seats: tableFields.seats,
    shape: tableFields.shape.default('round'),
    x: coordinate.default(0),
    y: coordinate.default(0),
    shared: z.boolean().default(false),
    neighbours: z
      .array(z.union([id, tableKey]))
      .max(12)
      .default([]),
  })
  .refine((t) => (t.id === undefined) !== (t.key === undefined), {
    message: 'Give either the id of a saved table or the key of a new one',
  });

export const saveLayoutBodySchema = z
  .strictObject({
    zones: z
      .array(z.strictObject({ zoneId: id, tables: z.array(layoutTableSchema).max(300) }))
      .min(1)
      .max(20),
  })
  .meta({ id: 'SaveLayout' });
export type SaveLayoutBody = z.input<typeof saveLayoutBodySchema>;

export const saveLayoutResultSchema = z
  .object({
    zones: z.array(adminZoneSchema),
    /** The ids given to the new tables, by their keys. */
    created: z.record(z.string(), id),
    removed: z.int(),
  })
  .meta({ id: 'SaveLayoutResult' });

// ─── Performances ──────────────────────────────────────────────────────────────────────────────

export const ADMIN_PERFORMANCE_STATUSES = ['on_sale', 'sold_out', 'cancelled', 'past'] as const;

export const performanceZoneCountsSchema = z.object({
  zoneId: id,
  code: z.string(),
  nameFr: z.string(),
  nameEn: z.string(),
  capacity: z.int(),
  held: z.int(),
  sold: z.int(),
});

export const adminPerformanceSchema = z
  .object({
    id,
    showId: id,
    showTitleFr: z.string(),
    showTitleEn: z.string(),
    startsAt: datetime,
    doorsAt: datetime,
    status: z.enum(ADMIN_PERFORMANCE_STATUSES),
    salesClosed: z.boolean(),
    /**
     * A manager's choice: sell every place the zones' capacities allow even when the tables cannot
     * seat a party together; such parties wait for the maître d' (the room's proposals).
     */
    sellBeyondPlan: z.boolean(),
    cancelledAt: datetime.nullable(),
    cancellationReason: z.string().nullable(),
    zones: z.array(performanceZoneCountsSchema),
  })
  .meta({ id: 'AdminPerformance' });
export type AdminPerformance = z.infer<typeof adminPerformanceSchema>;
export const adminPerformancePageSchema = page(adminPerformanceSchema).meta({
  id: 'AdminPerformancePage',
});

export const listAdminPerformancesQuerySchema = z.strictObject({
  /** Starts at or after (default: no lower bound). */
  from: datetime.optional(),
  /** Starts before (default: no upper bound). */
  to: datetime.optional(),
  showId: id.optional(),
  status: z.enum(ADMIN_PERFORMANCE_STATUSES).optional(),
  ...pageQuery(),
  format: listFormat(),
});
export type ListAdminPerformancesQuery = z.infer<typeof listAdminPerformancesQuerySchema>;

/** Capacity per zone; zones left out get the sum of their tables' seats (zones without tables: none). */
export const zoneCapacitiesSchema = z
  .array(z.strictObject({ zoneId: id, capacity: z.int().min(0).max(10_000) }))
  .max(50)
  .refine((zones) => new Set(zones.map((z) => z.zoneId)).size === zones.length, {
    message: 'One capacity per zone',
  });

/** Doors open this long before the start; left out, the venue's usual evening says. */
const doorsMinutesBefore = z.int().min(0).max(600).default(USUAL_EVENING.doorsMinutesBefore);

export const createPerformanceBodySchema = z
  .strictObject({
    showId: id,
    startsAt: datetime,
    doorsMinutesBefore,
    capacities: zoneCapacitiesSchema.optional(),
  })
  .meta({ id: 'CreatePerformance' });
export type CreatePerformanceBody = z.input<typeof createPerformanceBodySchema>;

const localDate = z.iso.date();
const localTime = text().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Expected HH:MM (24 h)');
export const MAX_SEASON_DAYS = 400;
export const MAX_SEASON_PERFORMANCES = 2000;

/**
 * A season: every chosen weekday between two dates (inclusive), at each of the given times in the
 * venue's time zone, except the given dates. Performances that already exist (same show and
 * start) are skipped, so a season can be run again after a change.
 */
export const createSeasonBodySchema = z
  .strictObject({
    showId: id,
    from: localDate,
    to: localDate,
    /** ISO weekdays: 1 = Monday … 7 = Sunday. */
    weekdays: z.array(z.int().min(1).max(7)).min(1).max(7),
    /** Local start times, e.g. ["20:00"] or ["15:00", "21:00"]. */
    times: z.array(localTime).min(1).max(6),
    doorsMinutesBefore,
    exceptions: z.array(localDate).max(400).default([]),
    capacities: zoneCapacitiesSchema.optional(),
  })
  .refine((s) => s.from <= s.to, { message: '`from` must not be after `to`', path: ['to'] })
  .refine(
    (s) =>
      (Date.parse(`${s.to}T00:00:00Z`) - Date.parse(`${s.from}T00:00:00Z`)) / 86_400_000 <
      MAX_SEASON_DAYS,
    { message: `At most ${MAX_SEASON_DAYS} days`, path: ['to'] },
  )
  .meta({ id: 'CreateSeason' });
export type CreateSeasonBody = z.input<typeof createSeasonBodySchema>;

export const seasonResultSchema = z
  .object({
    /** Performances the season expands to (exceptions left out). */
    planned: z.int(),
    created: z.int(),
    /** Already there (same show and start). */
    skipped: z.int(),
    timezone: z.string(),
    createdIds: z.array(id),
  })
  .meta({ id: 'SeasonResult' });
export type SeasonResult = z.infer<typeof seasonResultSchema>;

export const updatePerformanceBodySchema = z
  .strictObject({
    /** Stop (true) or resume (false) sales without cancelling. */
    salesClosed: z.boolean().optional(),
    /** Sell beyond the table plan (true), or only what the free tables can seat (false). */
    sellBeyondPlan: z.boolean().optional(),
  })
  .refine((body) => body.salesClosed !== undefined || body.sellBeyondPlan !== undefined, {
    message: 'Nothing to change.',
  })
  .meta({ id: 'UpdatePerformance' });

export const setZoneCapacityBodySchema = z
  .strictObject({ capacity: z.int().min(0).max(10_000) })
  .meta({ id: 'SetZoneCapacity' });

export const cancelPerformanceBodySchema = z
  .strictObject({
    reason: text().trim().max(500).optional(),
  })
  .meta({ id: 'CancelPerformance' });
export type CancelPerformanceBody = z.input<typeof cancelPerformanceBodySchema>;

export const cancelPerformanceResultSchema = z
  .object({
    performance: adminPerformanceSchema,
    /** Held and confirmed bookings cancelled now. */
    cancelledBookings: z.int(),
    /** Emails enqueued (one per confirmed booking). */
    notified: z.int(),
  })
  .meta({ id: 'CancelPerformanceResult' });
