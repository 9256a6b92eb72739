// SQL of the guest's view of a booking (getBooking, the ticket, the emails) and of their list.
import { sql } from 'kysely';
import type { Db } from '../../db/database.ts';
import type { Tx } from '../../db/request-context.ts';
import { literal, singleTrip } from '../../db/single-trip.ts';
import type { GuestDetail } from '../../db/schema.ts';

/** Bookings with their performance, show and the rules' verdicts, by the database's clock. */
function bookings(tx: Tx) {
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
    ]);
}

/** The booking with its performance, show and the rules' verdicts, by the database's clock. */
export function findBooking(tx: Tx, bookingId: string) {
  return bookings(tx).where('b.id', '=', bookingId).executeTakeFirst();
}

/** Several bookings, as findBooking reads each (a batch of confirmations' emails). */
export function findBookings(tx: Tx, bookingIds: readonly string[]) {
  return bookings(tx).where('b.id', 'in', bookingIds).execute();
}
export type BookingRow = NonNullable<Awaited<ReturnType<typeof findBooking>>>;

function lines(tx: Tx) {
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
    .orderBy('z.sort')
    .orderBy('f.sort')
    .orderBy('l.id');
}

/** A booking with everything its view shows: the booking row, its lines, extras and tables. */
export interface BookingWithParts extends BookingRow {
  lines: Awaited<ReturnType<typeof findLines>>;
  extras: Awaited<ReturnType<typeof findExtras>>;
  tables: string[];
}

/**
 * The statement that reads a booking and all its parts at once (findBooking, findLines,
 * findExtras and findTableLabels in one; public.booking_with_parts, migration 0020, whose plan
 * each connection keeps): one round trip for a guest's view of their booking.
 */
const bookingWithParts = (bookingId: string) =>
  `select * from public.booking_with_parts(${literal(bookingId)}::uuid)`;

/** The same read for several bookings, as one statement (a batch of confirmations). */
export const bookingsWithParts = (bookingIds: readonly string[]) =>
  `select p.* from unnest(${literal(`{${bookingIds.join(',')}}`)}::uuid[]) as x(id),
          lateral public.booking_with_parts(x.id) as p`;

export type RawParts = Omit<BookingWithParts, 'lines' | 'guestDetails'> & {
  guestDetails: GuestDetail[];
  lines: (Omit<BookingWithParts['lines'][number], 'arrivalTime'> & { arrivalTime: string })[];
};

/** A row of public.booking_with_parts as the guest view takes it (dates as dates). */
export const withDates = (row: RawParts): BookingWithParts => ({
  ...row,
  lines: row.lines.map((line) => ({ ...line, arrivalTime: new Date(line.arrivalTime) })),
});

/** A booking and its parts, in one round trip as the service role (the guest's view). */
export async function readBooking(db: Db, bookingId: string) {
  const [row] = await singleTrip<RawParts>(db, 'service_role', bookingWithParts(bookingId));
  return row && withDates(row);
}

/** The same, inside a transaction already open. */
export async function readBookingIn(tx: Tx, bookingId: string) {
  const { rows } = await sql<RawParts>`${sql.raw(bookingWithParts(bookingId))}`.execute(tx);
  return rows[0] && withDates(rows[0]);
}

export function findLines(tx: Tx, bookingId: string) {
  return lines(tx).where('l.bookingId', '=', bookingId).execute();
}

/** The lines of several bookings, each booking's in findLines's order. */
export async function findLinesOf(tx: Tx, bookingIds: readonly string[]) {
  const rows = await lines(tx)
    .select('l.bookingId')
    .where('l.bookingId', 'in', bookingIds)
    .execute();
  const byBooking = new Map<string, typeof rows>();
  for (const row of rows)
    byBooking.set(row.bookingId, [...(byBooking.get(row.bookingId) ?? []), row]);
  return byBooking;
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
