// SQL of the booking engine, apart from the counters (inventory.ts).
import { sql } from 'kysely';
import type { Tx } from '../../db/request-context.ts';
import type { BookingStatus } from '../../db/schema.ts';
import type { ZoneCount } from './inventory.ts';

/** The performance being sold and the sales rules, in one round trip. */
export function findSaleContext(tx: Tx, performanceId: string) {
  return tx
    .selectFrom('performances as p')
    .innerJoin('salesRules as r', (join) => join.onTrue())
    .select([
      'p.id',
      'r.holdMinutes',
      'r.maxParty',
      // The database's clock decides, as it does for expires_at.
      sql<boolean>`p.status = 'on_sale' and not p.sales_closed
                   and now() < p.starts_at - make_interval(mins => r.cutoff_minutes)`.as(
        'salesOpen',
      ),
    ])
    .where('p.id', '=', performanceId)
    .executeTakeFirst();
}

/** Prices of the given formulas in the zones this performance sells. */
export function findPrices(tx: Tx, performanceId: string, formulaIds: string[], zoneIds: string[]) {
  return tx
    .selectFrom('formulaPrices as fp')
    .innerJoin('performanceZones as pz', 'pz.zoneId', 'fp.zoneId')
    .select(['fp.formulaId', 'fp.zoneId', 'fp.priceCents'])
    .where('pz.performanceId', '=', performanceId)
    .where('fp.formulaId', 'in', formulaIds)
    .where('fp.zoneId', 'in', zoneIds)
    .execute();
}

export function findExtras(tx: Tx, extraIds: string[]) {
  if (extraIds.length === 0) return Promise.resolve([]);
  return tx.selectFrom('extras').select(['id', 'priceCents']).where('id', 'in', extraIds).execute();
}

/** The booking, locked for the rest of the transaction (first in the lock order). */
export function lockBooking(tx: Tx, bookingId: string) {
  return tx
    .selectFrom('bookings as b')
    .innerJoin('performances as p', 'p.id', 'b.performanceId')
    .innerJoin('salesRules as r', (join) => join.onTrue())
    .select([
      'b.id',
      'b.reference',
      'b.status',
      'b.partySize',
      'b.totalCents',
      'b.expiresAt',
      'b.userId',
      'b.performanceId',
      sql<boolean>`p.status <> 'cancelled' and now() < p.starts_at`.as('performanceAhead'),
      sql<boolean>`now() < p.starts_at - make_interval(hours => r.cancellation_deadline_hours)`.as(
        'guestMayCancel',
      ),
      'r.cancellationFeeCents',
    ])
    .where('b.id', '=', bookingId)
    .forUpdate('b')
    .executeTakeFirst();
}

/** Guests per zone of one booking. */
export async function zoneCounts(tx: Tx, bookingId: string): Promise<ZoneCount[]> {
  return tx
    .selectFrom('bookingLines')
    .select(['zoneId', sql<number>`sum(guests)::integer`.as('guests')])
    .where('bookingId', '=', bookingId)
    .groupBy('zoneId')
    .execute();
}

export function setStatus(
  tx: Tx,
  bookingId: string,
  status: BookingStatus,
  contact?: { name: string; email: string; phone?: string | undefined },
  cancellationFeeCents?: number,
) {
  return tx
    .updateTable('bookings')
    .set({
      status,
      updatedAt: sql<Date>`now()`,
      ...(status === 'confirmed' ? { confirmedAt: sql<Date>`now()` } : {}),
      ...(status === 'cancelled' ? { cancelledAt: sql<Date>`now()` } : {}),
      ...(cancellationFeeCents ? { cancellationFeeCents } : {}),
      ...(contact
        ? {
            contactName: contact.name,
            contactEmail: contact.email,
            contactPhone: contact.phone ?? null,
          }
        : {}),
    })
    .where('id', '=', bookingId)
    .execute();
}

/**
 * Marks a batch of holds past their time as expired and returns the guests to give back, per
 * performance and zone. SKIP LOCKED: a hold being confirmed right now is left to its confirmation
 * (which sees it held and in time, or not), and the job never waits.
 */
export async function expireBatch(tx: Tx, limit: number) {
  const { rows } = await sql<{
    performanceId: string;
    zoneId: string;
    guests: number;
    expiredBookings: number;
  }>`
    with due as (
      select id from public.bookings
       where status = 'held' and expires_at <= now()
       order by expires_at
       limit ${limit}::integer
         for update skip locked
    ), expired as (
      update public.bookings b set status = 'expired', updated_at = now()
        from due where b.id = due.id
      returning b.id, b.performance_id
    ), freed as (
      -- Their tables go back to the floor with their places.
      delete from public.booking_tables bt using expired e where bt.booking_id = e.id
    )
    select e.performance_id, l.zone_id, sum(l.guests)::integer as guests,
           (select count(*) from expired)::integer as expired_bookings
      from expired e join public.booking_lines l on l.booking_id = e.id
     group by e.performance_id, l.zone_id
     order by e.performance_id, l.zone_id`.execute(tx);
  return rows;
}

export function setGuestDetails(
  tx: Tx,
  bookingId: string,
  details: {
    guests: { menuChoice: string | null; dietaryNotes: string | null }[];
    occasion: string | null;
    marketingEmail: boolean;
    paymentMethod: 'at_venue';
  },
) {
  return tx
    .updateTable('bookings')
    .set({
      guestDetails: JSON.stringify(details.guests),
      occasion: details.occasion,
      marketingEmail: details.marketingEmail,
      paymentMethod: details.paymentMethod,
    })
    .where('id', '=', bookingId)
    .execute();
}

/** A change of the guests' menus and diets (one per guest) or of the occasion. */
export function setDetails(
  tx: Tx,
  bookingId: string,
  details: {
    guests?: { menuChoice: string | null; dietaryNotes: string | null }[] | undefined;
    occasion?: string | null | undefined;
  },
) {
  return tx
    .updateTable('bookings')
    .set({
      ...(details.guests ? { guestDetails: JSON.stringify(details.guests) } : {}),
      ...(details.occasion !== undefined ? { occasion: details.occasion } : {}),
    })
    .where('id', '=', bookingId)
    .execute();
}

/** A booking's lines and extras as they stand, with their prices. */
export async function currentLines(tx: Tx, bookingId: string) {
  const [lines, extras] = await Promise.all([
    tx
      .selectFrom('bookingLines')
      .select(['formulaId', 'zoneId', 'guests', 'unitPriceCents'])
      .where('bookingId', '=', bookingId)
      .orderBy('id')
      .execute(),
    tx
      .selectFrom('bookingExtras')
      .select(['extraId', 'quantity', 'unitPriceCents'])
      .where('bookingId', '=', bookingId)
      .orderBy('id')
      .execute(),
  ]);
  return { lines, extras };
}

/**
 * Replaces the lines and extras of a booking and its party size and total; the guests' details
 * follow the party size (kept in order, cut or padded with empty entries).
 */
export async function replaceLines(
  tx: Tx,
  bookingId: string,
  lines: { formulaId: string; zoneId: string; guests: number; unitPriceCents: number }[],
  extras: { extraId: string; quantity: number; unitPriceCents: number }[],
  totals: { partySize: number; totalCents: number },
) {
  await tx.deleteFrom('bookingLines').where('bookingId', '=', bookingId).execute();
  await tx.deleteFrom('bookingExtras').where('bookingId', '=', bookingId).execute();
  await tx
    .insertInto('bookingLines')
    .values(lines.map((line) => ({ bookingId, ...line })))
    .execute();
  if (extras.length > 0) {
    await tx
      .insertInto('bookingExtras')
      .values(extras.map((extra) => ({ bookingId, ...extra })))
      .execute();
  }
  await sql`
    update public.bookings
       set party_size = ${totals.partySize}::integer,
           total_cents = ${totals.totalCents}::integer,
           updated_at = now(),
           guest_details = case when jsonb_array_length(guest_details) = 0 then guest_details else
             coalesce((select jsonb_agg(coalesce(guest_details -> (i - 1),
                                                 '{"menuChoice": null, "dietaryNotes": null}'::jsonb)
                                        order by i)
                         from generate_series(1, ${totals.partySize}::integer) as i), '[]') end
     where id = ${bookingId}`.execute(tx);
}
