// Who acts on a booking, and whether they may: its signed-in guest, the holder of its booking
// token (booking-token.ts), or booking staff with a second factor. Everyone else is told the
// booking does not exist (404), so ids are never confirmed.
import type { BookingState } from '@ladiva/contract/booking';
import type { RequestClaims } from '../../db/request-context.ts';

/** Staff who take bookings and may act on anyone's (with a second factor). */
const BOOKING_STAFF = ['admin', 'manager', 'box_office'] as const;

export const isBookingStaff = (claims: RequestClaims) =>
  claims.role === 'authenticated' &&
  claims.aal === 'aal2' &&
  claims.roles.some((role) => (BOOKING_STAFF as readonly string[]).includes(role));

export const callerId = (claims: RequestClaims) =>
  claims.role === 'authenticated' ? claims.sub : null;

/**
 * Who acts on a booking: the request's claims and, when the request carried a valid booking
 * token (booking-token.ts), the booking it grants.
 */
export interface Caller {
  claims: RequestClaims;
  grantedBookingId?: string | undefined;
}

/** Whether the caller may act on a booking (see above). */
export function mayAccess(caller: Caller, booking: { id: string; userId: string | null }): boolean {
  return (
    caller.grantedBookingId === booking.id ||
    (booking.userId !== null && booking.userId === callerId(caller.claims)) ||
    isBookingStaff(caller.claims)
  );
}

/** A booking's state as the engine answers it. */
export const toState = (row: {
  id: string;
  reference: string;
  status: BookingState['status'];
  partySize: number;
  totalCents: number;
}): BookingState => ({
  bookingId: row.id,
  reference: row.reference,
  status: row.status,
  partySize: row.partySize,
  totalCents: row.totalCents,
});
