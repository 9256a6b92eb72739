// Tonight's room (#6, item 6): a performance's floor plan with each seated party, and the moves
// the maître d' makes between tables. The door reads the plan too, without contact details.
import { z } from 'zod';
import { bookingReferenceSchema } from './booking.ts';
import { text } from './text.ts';

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
  /** "walk_in": seated tonight without a booking (no contact). */
  walkIn: z.boolean(),
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
    zones: z.array(
      z.object({
        id,
        nameFr: z.string(),
        nameEn: z.string(),
        /** Places left tonight (capacity − held − sold): an upgrade or a walk-in needs some. */
        seatsLeft: z.int(),
        /** The formulas sold in this zone, at today's price (a walk-in's choice). */
        formulas: z.array(
          z.object({ formulaId: id, nameFr: z.string(), nameEn: z.string(), priceCents: z.int() }),
        ),
      }),
    ),
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
    /**
     * A courtesy upgrade: the tables are in another zone, and the party (booked in one zone) moves
     * there — its places taken in that zone within its capacity, its formulas and price kept.
     */
    changeZone: z.boolean().optional(),
  })
  .meta({ id: 'MoveRoomParty' });
export type MoveRoomPartyBody = z.infer<typeof moveRoomPartyBodySchema>;

/** A party seated tonight without a booking: a "walk_in" booking, checked in at once. */
export const seatWalkInBodySchema = z
  .strictObject({
    tableId: id,
    guests: z.int().min(1).max(100),
    /** A formula sold in the table's zone; its price today is the party's. */
    formulaId: id,
    /** Sent again (a double tap, a lost answer): the same walk-in, not a second one. */
    idempotencyKey: text()
      .regex(/^[A-Za-z0-9_-]{8,100}$/, 'Expected 8–100 letters, digits, - or _')
      .optional(),
  })
  .meta({ id: 'SeatWalkIn' });
export type SeatWalkInBody = z.infer<typeof seatWalkInBodySchema>;
