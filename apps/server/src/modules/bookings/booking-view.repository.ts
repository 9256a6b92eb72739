// SQL of the guest's view of a booking (getBooking, the ticket, the emails) and of their list.
import { sql } from 'kysely';
import type { Db } from '../../db/database.ts';
import type { Tx } from '../../db/request-context.ts';
import { literal, literalArray, singleTrip } from '../../db/single-trip.ts';
import type { BookingSource, BookingStatus, GuestDetail } from '../../db/schema.ts';

/** A booking as its guest view shows it: the row, its performance, show and rules' verdicts. */
export interface BookingRow {
  id: string;
  reference: string;
  status: BookingStatus;
  partySize: number;
  totalCents: number;
  expiresAt: Date;
  createdAt: Date;
  userId: string | null;
  performanceId: string;
  contactName: string | null;
  contactEmail: string | null;
  contactPhone: string | null;
  guestDetails: GuestDetail[];
  occasion: string | null;
  locale: 'fr' | 'en';
  source: BookingSource;
  paymentMethod: 'at_venue' | null;
  recordedFeeCents: number | null;
  rulesFeeCents: number;
  /** The performance's start less the rules' cancellation deadline. */
  cancellationDeadline: Date;
  maxParty: number;
  startsAt: Date;
  doorsAt: Date;
  showId: string;
  showSlug: string;
  showTitleFr: string;
  showTitleEn: string;
  durationMinutes: number;
  /** Not cancelled, and not begun (the database's clock decides). */
  performanceAhead: boolean;
  /** Before the rules' cancellation deadline. */
  guestMayCancel: boolean;
  /** On sale, and before the online cut-off. */
  salesOpen: boolean;
}

/** A booking with everything its view shows: the booking row, its lines, extras and tables. */
export interface BookingWithParts extends BookingRow {
  lines: {
    formulaId: string;
    formulaNameFr: string;
    formulaNameEn: string;
    zoneId: string;
    zoneNameFr: string;
    zoneNameEn: string;
    guests: number;
    unitPriceCents: number;
    arrivalTime: Date;
  }[];
  extras: {
    extraId: string;
    nameFr: string;
    nameEn: string;
    quantity: number;
    unitPriceCents: number;
  }[];
  tables: string[];
}

/**
 * The statement that reads a booking and all its parts at once (public.booking_with_parts,
 * migration 0020, whose plan each connection keeps): one round trip for a guest's view.
 */
const bookingWithParts = (bookingId: string) =>
  `select * from public.booking_with_parts(${literal(bookingId)}::uuid)`;

/** The same read for several bookings, as one statement (a batch of confirmations). */
export const bookingsWithParts = (bookingIds: readonly string[]) =>
  `select p.* from unnest(${literalArray(bookingIds)}::uuid[]) as x(id),
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
