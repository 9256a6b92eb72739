// Tonight's room (#6, item 6): a performance's floor plan with each seated party, and the moves
// the maître d' makes between tables. The door reads the plan too, without contact details.
import { z } from 'zod';
import { bookingReferenceSchema } from './booking.ts';

const id = z.uuid();
const datetime = z.iso.datetime({ offset: true });

// `id` is the performance's id (the access-matrix test knows `:id`).
export const roomParamsSchema = z.strictObject({ id });

export const TABLE_SHAPES = ['round', 'square', 'rectangle', 'high'] as const;

export const roomTableSchema = z.object({
  id,
  zoneId: id,
  label: z.string(),
  seats: z.int(),
  shape: z.enum(TABLE_SHAPES),
  /** Position on the floor plan (the layout editor's units). */
  x: z.int(),
  y: z.int(),
  /** A shared table seats several parties; a private one, one party. */
  shared: z.boolean(),
  /** Guests of confirmed or checked-in parties seated here tonight. */
  seated: z.int(),
  /** Guests of parties still choosing (a hold, not confirmed yet) kept here for them. */
  held: z.int(),
});
export type RoomTable = z.infer<typeof roomTableSchema>;

export const roomPartySchema = z.object({
  bookingId: id,
  reference: bookingReferenceSchema,
  status: z.enum(['confirmed', 'checked_in']),
  name: z.string().nullable(),
  partySize: z.int(),
  formulas: z.array(
    z.object({ formulaId: id, nameFr: z.string(), nameEn: z.string(), guests: z.int() }),
  ),
  /** The zones the party booked: it may only be moved to tables of these zones. */
  zoneIds: z.array(id),
  occasion: z.string().nullable(),
  /** The guests' dietary notes, as written (one entry per guest who gave one). */
  dietary: z.array(z.string()),
  /** When the party is expected: the start minus its formulas' longest arrival lead. */
  arrivalAt: datetime,
  /** Its tables tonight (empty: not placed yet). */
  tables: z.array(z.object({ tableId: id, guests: z.int() })),
  /**
   * For a party without a table in a zone that has tables (sold beyond the plan): where to seat
   * it. `together`: these free tables seat it as the rules do (one table, or tables pushed
   * together); otherwise free tables that take its guests once chairs are moved. Null: seated, or
   * no free seats left in its zone. Applied with a move.
   */
  proposal: z.object({ tableIds: z.array(id), together: z.boolean() }).nullable(),
  /** For booking staff only (null for the door, which works without contact details). */
  contactPhone: z.string().nullable(),
});
export type RoomParty = z.infer<typeof roomPartySchema>;

export const roomSchema = z
  .object({
    performance: z.object({
      id,
      startsAt: datetime,
      doorsAt: datetime,
      status: z.string(),
      showTitleFr: z.string(),
      showTitleEn: z.string(),
    }),
    /** The other performances of the same day (Europe/Paris), for switching between them. */
    sameDay: z.array(
      z.object({ id, startsAt: datetime, showTitleFr: z.string(), showTitleEn: z.string() }),
    ),
    zones: z.array(z.object({ id, nameFr: z.string(), nameEn: z.string() })),
    /** The performance sells beyond its table plan (a manager's choice). */
    sellBeyondPlan: z.boolean(),
    tables: z.array(roomTableSchema),
    parties: z.array(roomPartySchema),
  })
  .meta({ id: 'Room' });
export type Room = z.infer<typeof roomSchema>;

export const moveRoomPartyBodySchema = z
  .strictObject({
    bookingId: id,
    /** The tables the party sits at after the move; its guests are split over them by seats. */
    tableIds: z
      .array(id)
      .min(1)
      .max(12)
      .refine((ids) => new Set(ids).size === ids.length, 'Each table at most once'),
  })
  .meta({ id: 'MoveRoomParty' });
export type MoveRoomPartyBody = z.infer<typeof moveRoomPartyBodySchema>;
