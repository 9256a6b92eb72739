// SQL of the guest's view of a booking (getBooking, the ticket, the emails) and of their list.
import { sql } from 'kysely';
import type { Tx } from '../../db/request-context.ts';

/** The booking with its performance, show and the rules' verdicts, by the database's clock. */
export function findBooking(tx: Tx, bookingId: string) {
  return tx
    .selectFrom('bookings as b')
    .innerJoin('performances as p', 'p.id', 'b.performanceId')
    .innerJoin('shows as s', 's.id', 'p.showId')
    .innerJoin('salesRules as r', (join) => join.onTrue())
    .select([
      'b.id',
      'b.reference',
      'b.status',
      'b.partySize',
      'b.totalCents',
      'b.expiresAt',
      'b.createdAt',
      'b.userId',
      'b.performanceId',
      'b.contactName',
      'b.contactEmail',
      'b.contactPhone',
      'b.guestDetails',
      'b.occasion',
      'b.cancellationFeeCents as recordedFeeCents',
      'r.cancellationFeeCents as rulesFeeCents',
      'r.maxParty',
      'p.startsAt',
      'p.doorsAt',
      's.id as showId',
      's.slug as showSlug',
      's.titleFr as showTitleFr',
      's.titleEn as showTitleEn',
      's.durationMinutes',
      sql<boolean>`p.status <> 'cancelled' and now() < p.starts_at`.as('performanceAhead'),
      sql<boolean>`now() < p.starts_at - make_interval(hours => r.cancellation_deadline_hours)`.as(
        'guestMayCancel',
      ),
      sql<boolean>`p.status = 'on_sale' and not p.sales_closed
                   and now() < p.starts_at - make_interval(mins => r.cutoff_minutes)`.as(
        'salesOpen',
      ),
    ])
    .where('b.id', '=', bookingId)
    .executeTakeFirst();
}
export type BookingRow = NonNullable<Awaited<ReturnType<typeof findBooking>>>;

export function findLines(tx: Tx, bookingId: string) {
  return tx
    .selectFrom('bookingLines as l')
    .innerJoin('formulas as f', 'f.id', 'l.formulaId')
    .innerJoin('zones as z', 'z.id', 'l.zoneId')
    .innerJoin('bookings as b', 'b.id', 'l.bookingId')
    .innerJoin('performances as p', 'p.id', 'b.performanceId')
    .select([
      'l.formulaId',
      'f.nameFr as formulaNameFr',
      'f.nameEn as formulaNameEn',
      'l.zoneId',
      'z.nameFr as zoneNameFr',
      'z.nameEn as zoneNameEn',
      'l.guests',
      'l.unitPriceCents',
      sql<Date>`p.starts_at - make_interval(mins => f.arrival_minutes_before)`.as('arrivalTime'),
    ])
    .where('l.bookingId', '=', bookingId)
    .orderBy('z.sort')
    .orderBy('f.sort')
    .orderBy('l.id')
    .execute();
}

export function findExtras(tx: Tx, bookingId: string) {
  return tx
    .selectFrom('bookingExtras as be')
    .innerJoin('extras as e', 'e.id', 'be.extraId')
    .select(['be.extraId', 'e.nameFr', 'e.nameEn', 'be.quantity', 'be.unitPriceCents'])
    .where('be.bookingId', '=', bookingId)
    .orderBy('e.sort')
    .orderBy('be.id')
    .execute();
}

export async function findTableLabels(tx: Tx, bookingId: string): Promise<string[]> {
  const rows = await tx
    .selectFrom('bookingTables as bt')
    .innerJoin('venueTables as vt', 'vt.id', 'bt.tableId')
    .select('vt.label')
    .where('bt.bookingId', '=', bookingId)
    .orderBy('vt.label')
    .execute();
  return rows.map((row) => row.label);
}

export function findVenue(tx: Tx) {
  return tx
    .selectFrom('venueSettings')
    .select(['name', 'address', 'timezone', 'phone', 'email'])
    .executeTakeFirst();
}

/** The caller's bookings, newest evening first; RLS decides which (run as the request's role). */
export function listOwn(tx: Tx, userId: string) {
  return tx
    .selectFrom('bookings as b')
    .innerJoin('performances as p', 'p.id', 'b.performanceId')
    .innerJoin('shows as s', 's.id', 'p.showId')
    .select([
      'b.id',
      'b.reference',
      'b.status',
      'p.startsAt',
      's.titleFr as showTitleFr',
      's.titleEn as showTitleEn',
      'b.partySize',
      'b.totalCents',
    ])
    .where('b.userId', '=', userId)
    .orderBy('p.startsAt', 'desc')
    .limit(200)
    .execute();
}
