// The guest's side of a booking beyond the inventory: reading it (with its ticket and documents),
// the manage links, and the signed-in guest's list. Reads of one booking run as the service role
// AFTER the object-level check (its guest, its booking token, or booking staff: mayAccess); the
// list runs under RLS as the user.
import type { BookingSummary, BookingView } from '@ladiva/contract/booking';
import { withRequestContext, withServiceContext } from '../../db/request-context.ts';
import type { UserClaims } from '../../plugins/request-claims.ts';
import type { Db } from '../../db/database.ts';
import { AppError, notFound } from '../../lib/app-error.ts';
import { sendConfirmation, type BookingMail } from './booking-emails.ts';
import * as views from './booking-view.repository.ts';
import { toBookingView } from './booking-view.ts';
import { isBookingStaff, mayAccess, type Caller } from './callers.ts';
import { findManageLink } from './manage-links.ts';
import {
  renderTicketCalendar,
  renderTicketPdf,
  type Lang,
  type VenueInfo,
} from './ticket-documents.ts';

const DEFAULT_VENUE: VenueInfo = { name: 'La Diva', address: null, timezone: 'Europe/Paris' };

export async function getBooking(
  db: Db,
  mail: Pick<BookingMail, 'tickets'>,
  caller: Caller,
  bookingId: string,
): Promise<BookingView> {
  // One round trip: the booking and its parts, then the access check on what was read.
  const row = await views.readBooking(db, bookingId);
  if (!row || !mayAccess(caller, row)) throw notFound('This booking does not exist.');
  return toBookingView(row, { staff: isBookingStaff(caller.claims), tickets: mail.tickets });
}

async function ticketed(db: Db, mail: Pick<BookingMail, 'tickets'>, caller: Caller, id: string) {
  const view = await getBooking(db, mail, caller, id);
  if (!view.ticket) {
    throw new AppError('CONFLICT', 409, 'Only a confirmed booking has a ticket.');
  }
  const venue = await withServiceContext(db, (tx) => views.findVenue(tx));
  return { view, ticket: view.ticket, venue: venue ?? DEFAULT_VENUE };
}

export async function getTicketPdf(
  db: Db,
  mail: Pick<BookingMail, 'tickets'>,
  caller: Caller,
  bookingId: string,
  lang: Lang,
) {
  const { view, ticket, venue } = await ticketed(db, mail, caller, bookingId);
  return { reference: view.reference, pdf: await renderTicketPdf(view, venue, lang, ticket.token) };
}

export async function getTicketCalendar(
  db: Db,
  mail: Pick<BookingMail, 'tickets'>,
  caller: Caller,
  bookingId: string,
  lang: Lang,
) {
  const { view, venue } = await ticketed(db, mail, caller, bookingId);
  return { reference: view.reference, ics: renderTicketCalendar(view, venue, lang) };
}

/**
 * Emails a manage link (in the booking's language) if the reference and the address match a
 * confirmed booking; says nothing either way (the route answers 202 whatever happens).
 */
export async function requestBookingLink(
  db: Db,
  mail: BookingMail,
  input: { reference: string; email: string },
): Promise<void> {
  await withServiceContext(db, async (tx) => {
    const booking = await tx
      .selectFrom('bookings')
      .select('id')
      .where('reference', '=', input.reference.trim().toUpperCase())
      .where((eb) => eb(eb.fn('lower', ['contactEmail']), '=', input.email.trim().toLowerCase()))
      .where('status', 'in', ['confirmed', 'checked_in'])
      .executeTakeFirst();
    if (booking) await sendConfirmation(tx, mail, booking.id);
  });
}

/** The booking a manage link opens; INVALID_LINK when unknown or expired. */
export async function exchangeBookingLink(db: Db, token: string): Promise<string> {
  const bookingId = await withServiceContext(db, (tx) => findManageLink(tx, token));
  if (!bookingId) {
    throw new AppError('INVALID_LINK', 400, 'This link is not valid any more: ask for a new one.');
  }
  return bookingId;
}

export async function listMyBookings(db: Db, claims: UserClaims): Promise<BookingSummary[]> {
  const rows = await withRequestContext(db, claims, (tx) => views.listOwn(tx, claims.sub));
  return rows.map((row) => ({ ...row, startsAt: row.startsAt.toISOString() }));
}
