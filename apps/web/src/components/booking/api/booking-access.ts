// A guest without an account acts on their booking with its short booking token (2 hours, that
// booking only), kept in sessionStorage: it goes with the tab, never into a URL or localStorage.

/** The contract's BOOKING_TOKEN_HEADER, repeated: a value import would bring zod along. */
const BOOKING_TOKEN_HEADER = 'x-booking-token';

const key = (bookingId: string) => `ladiva.booking.${bookingId}`;

export function storeBookingToken(bookingId: string, token: string): void {
  try {
    window.sessionStorage.setItem(key(bookingId), token);
  } catch {
    // Storage refused (private mode): the page still works for this visit through its state.
  }
}

export function readBookingToken(bookingId: string): string | null {
  try {
    return window.sessionStorage.getItem(key(bookingId));
  } catch {
    return null;
  }
}

/** The header that opens the booking to this tab (none: a signed-in guest's token does). */
export function bookingHeaders(bookingId: string): Record<string, string> {
  const token = readBookingToken(bookingId);
  return token ? { [BOOKING_TOKEN_HEADER]: token } : {};
}
