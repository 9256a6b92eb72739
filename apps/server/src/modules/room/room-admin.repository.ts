// The SQL of tonight's room (#6, item 6): a performance's tables and seated parties, and the
// rows a move rewrites. Reads run as the request's role (RLS decides what the caller sees).
import { sql } from 'kysely';
import type { Tx } from '../../db/request-context.ts';

export function findPerformance(tx: Tx, performanceId: string) {
  return tx
    .selectFrom('performances as p')
    .innerJoin('shows as s', 's.id', 'p.showId')
    .select([
      'p.id',
      'p.startsAt',
      'p.doorsAt',
      'p.status',
      'p.sellBeyondPlan',
      's.titleFr',
      's.titleEn',
    ])
    .where('p.id', '=', performanceId)
    .executeTakeFirst();
}

/** The performances of the same calendar day in Paris, in order. */
export function sameDay(tx: Tx, startsAt: Date) {
  return tx
    .selectFrom('performances as p')
    .innerJoin('shows as s', 's.id', 'p.showId')
    .select(['p.id', 'p.startsAt', 's.titleFr', 's.titleEn'])
    .where(
      sql<boolean>`(p.starts_at at time zone 'Europe/Paris')::date
                   = (${startsAt}::timestamptz at time zone 'Europe/Paris')::date`,
    )
    .orderBy('p.startsAt')
    .execute();
}

/** The zones this performance sells (those with a capacity), in the venue's order. */
export function zones(tx: Tx, performanceId: string) {
  return tx
    .selectFrom('performanceZones as pz')
    .innerJoin('zones as z', 'z.id', 'pz.zoneId')
    .select([
      'z.id',
      'z.nameFr',
      'z.nameEn',
      sql<number>`greatest(pz.capacity - pz.held - pz.sold, 0)::int`.as('seatsLeft'),
    ])
    .where('pz.performanceId', '=', performanceId)
    .orderBy('z.sort')
    .orderBy('z.code')
    .execute();
}

/** The formulas sold in each zone, at today's prices. */
export function zoneFormulas(tx: Tx, zoneIds: readonly string[]) {
  if (zoneIds.length === 0) return Promise.resolve([]);
  return tx
    .selectFrom('formulaPrices as fp')
    .innerJoin('formulas as f', 'f.id', 'fp.formulaId')
    .select(['fp.zoneId', 'fp.formulaId', 'f.nameFr', 'f.nameEn', 'fp.priceCents'])
    .where('fp.zoneId', 'in', zoneIds)
    .orderBy('fp.priceCents')
    .orderBy('f.sort')
    .execute();
}

export function tables(tx: Tx, zoneIds: readonly string[]) {
  if (zoneIds.length === 0) return Promise.resolve([]);
  return tx
    .selectFrom('venueTables')
    .select(['id', 'zoneId', 'label', 'seats', 'shape', 'x', 'y', 'shared', 'neighbourIds'])
    .where('zoneId', 'in', zoneIds)
    .orderBy('label')
    .execute();
}

/** Confirmed and checked-in parties of the performance. */
export function parties(tx: Tx, performanceId: string) {
  return tx
    .selectFrom('bookings')
    .select([
      'id',
      'reference',
      'status',
      'source',
      'contactName',
      'contactPhone',
      'partySize',
      'occasion',
      'guestDetails',
    ])
    .where('performanceId', '=', performanceId)
    .where('status', 'in', ['confirmed', 'checked_in'])
    .orderBy('contactName')
    .orderBy('reference')
    .execute();
}

export function partyLines(tx: Tx, bookingIds: readonly string[]) {
  if (bookingIds.length === 0) return Promise.resolve([]);
  return tx
    .selectFrom('bookingLines as l')
    .innerJoin('formulas as f', 'f.id', 'l.formulaId')
    .select([
      'l.bookingId',
      'l.formulaId',
      'l.zoneId',
      'l.guests',
      'f.nameFr',
      'f.nameEn',
      'f.arrivalMinutesBefore',
    ])
    .where('l.bookingId', 'in', bookingIds)
    .orderBy('f.sort')
    .execute();
}

/** Who sits where: confirmed and checked-in parties, and holds kept for guests still choosing. */
export function seating(tx: Tx, performanceId: string) {
  return tx
    .selectFrom('bookingTables as bt')
    .innerJoin('bookings as b', 'b.id', 'bt.bookingId')
    .innerJoin('venueTables as vt', 'vt.id', 'bt.tableId')
    .select(['bt.bookingId', 'bt.tableId', 'bt.guests', 'vt.zoneId', 'b.status'])
    .where('bt.performanceId', '=', performanceId)
    .execute();
}

// ─── Moves (service role) ──────────────────────────────────────────────────────────────────────

/** The booking, its row locked (the engine's lock order: booking row first). */
export function lockBooking(tx: Tx, bookingId: string) {
  return tx
    .selectFrom('bookings')
    .select(['id', 'performanceId', 'status'])
    .where('id', '=', bookingId)
    .forUpdate()
    .executeTakeFirst();
}

/** Guests per zone of a booking, from its lines. */
export function guestsByZone(tx: Tx, bookingId: string) {
  return tx
    .selectFrom('bookingLines')
    .select(['zoneId', (eb) => eb.fn.sum<string>('guests').as('guests')])
    .where('bookingId', '=', bookingId)
    .groupBy('zoneId')
    .execute();
}

/** The chosen tables with the guests OTHER parties already have at each tonight. */
export function tablesWithOthers(
  tx: Tx,
  performanceId: string,
  bookingId: string,
  tableIds: readonly string[],
) {
  return tx
    .selectFrom('venueTables as t')
    .select([
      't.id',
      't.zoneId',
      't.seats',
      't.shared',
      (eb) =>
        eb
          .selectFrom('bookingTables as bt')
          .select(sql<number>`coalesce(sum(bt.guests), 0)::int`.as('n'))
          .whereRef('bt.tableId', '=', 't.id')
          .where('bt.performanceId', '=', performanceId)
          .where('bt.bookingId', '<>', bookingId)
          .as('othersGuests'),
      (eb) =>
        eb
          .selectFrom('bookingTables as bt')
          .select(sql<number>`count(*)::int`.as('n'))
          .whereRef('bt.tableId', '=', 't.id')
          .where('bt.performanceId', '=', performanceId)
          .where('bt.bookingId', '<>', bookingId)
          .as('otherParties'),
    ])
    .where('t.id', 'in', tableIds)
    .execute();
}

/** Frees the booking's tables in the given zones (its tables elsewhere stay). */
export function freeTablesInZones(tx: Tx, bookingId: string, zoneIds: readonly string[]) {
  return tx
    .deleteFrom('bookingTables')
    .where('bookingId', '=', bookingId)
    .where('tableId', 'in', (eb) =>
      eb.selectFrom('venueTables').select('id').where('zoneId', 'in', zoneIds),
    )
    .execute();
}

export function seat(
  tx: Tx,
  rows: readonly { bookingId: string; performanceId: string; tableId: string; guests: number }[],
) {
  return tx.insertInto('bookingTables').values(rows).execute();
}

/**
 * Moves a booking's lines from one zone to another (a courtesy upgrade: prices kept). Deleted and
 * inserted again, as the engine's changes do: the service role may not update lines (0008).
 */
export async function moveLines(tx: Tx, bookingId: string, fromZoneId: string, toZoneId: string) {
  const moved = await tx
    .deleteFrom('bookingLines')
    .where('bookingId', '=', bookingId)
    .where('zoneId', '=', fromZoneId)
    .returning(['formulaId', 'guests', 'unitPriceCents'])
    .execute();
  if (moved.length === 0) return;
  await tx
    .insertInto('bookingLines')
    .values(moved.map((line) => ({ bookingId, zoneId: toZoneId, ...line })))
    .execute();
}

/** A formula's price in a zone, if it is sold there. */
export function priceIn(tx: Tx, formulaId: string, zoneId: string) {
  return tx
    .selectFrom('formulaPrices')
    .select('priceCents')
    .where('formulaId', '=', formulaId)
    .where('zoneId', '=', zoneId)
    .executeTakeFirst();
}

/** The walk-in an idempotency key already made, if any. */
export function findByKey(tx: Tx, idempotencyKey: string) {
  return tx
    .selectFrom('bookings')
    .select(['id', 'performanceId', 'source'])
    .where('idempotencyKey', '=', idempotencyKey)
    .executeTakeFirst();
}

/** A walk-in party: checked in from the start, no contact, paid at the venue. */
export async function insertWalkIn(
  tx: Tx,
  walkIn: {
    reference: string;
    performanceId: string;
    guests: number;
    formulaId: string;
    zoneId: string;
    unitPriceCents: number;
    idempotencyKey: string | null;
  },
): Promise<string | undefined> {
  const row = await tx
    .insertInto('bookings')
    .values({
      reference: walkIn.reference,
      performanceId: walkIn.performanceId,
      status: 'checked_in',
      partySize: walkIn.guests,
      source: 'walk_in',
      expiresAt: new Date(),
      totalCents: walkIn.guests * walkIn.unitPriceCents,
      idempotencyKey: walkIn.idempotencyKey,
      paymentMethod: 'at_venue',
      confirmedAt: new Date(),
    })
    // A reference drawn twice, or the same key sent twice at once: the caller looks again.
    .onConflict((oc) => oc.doNothing())
    .returning('id')
    .executeTakeFirst();
  if (!row) return undefined;
  await tx
    .insertInto('bookingLines')
    .values({
      bookingId: row.id,
      formulaId: walkIn.formulaId,
      zoneId: walkIn.zoneId,
      guests: walkIn.guests,
      unitPriceCents: walkIn.unitPriceCents,
    })
    .execute();
  return row.id;
}
