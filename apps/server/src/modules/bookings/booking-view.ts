// The guest's view of a booking (BookingView), from one service-role read of the booking and its
// parts (views.readBooking) after the access check, and the signed ticket of a confirmed booking.
import type { BookingView } from '@ladiva/contract/booking';
import type { SigningKeys } from '../auth/signing-keys.ts';
import type * as views from './booking-view.repository.ts';
import { issueTicketToken } from './ticket-token.ts';

export interface TicketSigner {
  keys: SigningKeys;
  issuer: string;
}

const iso = (date: Date) => date.toISOString();
const TICKETED = new Set(['confirmed', 'checked_in']);

/** What the ticket says of the zone: the zones' French names, short enough for the QR code. */
export const ticketZone = (view: Pick<BookingView, 'lines'>) =>
  [...new Set(view.lines.map((line) => line.zoneNameFr))].join(', ').slice(0, 48) || '-';

/** The view of a booking read with its parts (views.readBooking), signed ticket included. */
export async function toBookingView(
  row: views.BookingWithParts,
  { staff, tickets }: { staff: boolean; tickets: TicketSigner | undefined },
): Promise<BookingView> {
  const { lines, extras, tables } = row;
  const live = row.status === 'held' || row.status === 'confirmed';
  const view: BookingView = {
    id: row.id,
    reference: row.reference,
    status: row.status,
    partySize: row.partySize,
    totalCents: row.totalCents,
    expiresAt: iso(row.expiresAt),
    createdAt: iso(row.createdAt),
    performance: {
      id: row.performanceId,
      startsAt: iso(row.startsAt),
      doorsAt: iso(row.doorsAt),
      show: {
        id: row.showId,
        slug: row.showSlug,
        titleFr: row.showTitleFr,
        titleEn: row.showTitleEn,
        durationMinutes: row.durationMinutes,
      },
    },
    lines: lines.map((line) => ({ ...line, arrivalTime: iso(line.arrivalTime) })),
    extras,
    contact: row.contactName
      ? { name: row.contactName, email: row.contactEmail, phone: row.contactPhone }
      : null,
    locale: row.locale,
    guests: row.guestDetails.map((guest) => ({
      menuChoice: guest.menuChoice ?? null,
      dietaryNotes: guest.dietaryNotes ?? null,
    })),
    occasion: row.occasion,
    tables,
    // Guests: before the cancellation deadline (a hold, any time); staff: until the evening.
    cancellable:
      live && row.performanceAhead && (staff || row.status === 'held' || row.guestMayCancel),
    // Guests: while the performance is on sale and before the cancellation deadline.
    changeable: live && row.performanceAhead && (staff || (row.salesOpen && row.guestMayCancel)),
    maxParty: row.maxParty,
    // Cancelled: what the guest owes; live: what cancelling now would cost this caller.
    cancellationFeeCents:
      row.status === 'cancelled'
        ? (row.recordedFeeCents ?? 0)
        : row.status === 'confirmed' && !staff
          ? row.rulesFeeCents
          : 0,
    cancellationRules: { deadline: iso(row.cancellationDeadline), feeCents: row.rulesFeeCents },
    paymentMethod: row.paymentMethod,
    ticket: null,
  };
  if (tickets && TICKETED.has(row.status)) {
    const token = await issueTicketToken(
      tickets.keys,
      {
        bookingId: row.id,
        reference: row.reference,
        performanceId: row.performanceId,
        startsAt: row.startsAt,
        guests: row.partySize,
        zone: ticketZone(view),
      },
      { issuer: tickets.issuer },
    );
    // The device draws the QR code from the token (ticket-qr.tsx): no image per request.
    view.ticket = { token };
  }
  return view;
}
