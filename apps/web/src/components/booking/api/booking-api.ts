// The guest's booking: hold, confirm, view, change, cancel, tickets, manage links. Every call on
// a booking carries its booking token when this tab has one (and the access token, through
// authFetch, when someone is signed in).
import { apiRequest, apiResponse } from '../../../lib/api/api-request';
import { bookingHeaders } from './booking-access';
import type {
  BookingAccess,
  BookingSummary,
  BookingView,
  ConfirmBookingRequest,
  CreateHoldRequest,
  CreateHoldResponse,
  UpdateBookingBody,
} from './types';

const base = (id: string) => `/api/bookings/${encodeURIComponent(id)}`;

export function createHold(body: CreateHoldRequest): Promise<CreateHoldResponse> {
  return apiRequest<CreateHoldResponse>('/api/bookings/holds', { method: 'POST', body });
}

export function confirmBooking(id: string, body: ConfirmBookingRequest): Promise<BookingView> {
  return apiRequest<BookingView>(`${base(id)}/confirm`, {
    method: 'POST',
    body,
    headers: bookingHeaders(id),
  });
}

export function fetchBooking(id: string, signal?: AbortSignal): Promise<BookingView> {
  return apiRequest<BookingView>(base(id), { signal, headers: bookingHeaders(id) });
}

export function updateBooking(id: string, body: UpdateBookingBody): Promise<BookingView> {
  return apiRequest<BookingView>(base(id), {
    method: 'PATCH',
    body,
    headers: bookingHeaders(id),
  });
}

export function cancelBooking(id: string): Promise<BookingView> {
  return apiRequest<BookingView>(`${base(id)}/cancel`, {
    method: 'POST',
    headers: bookingHeaders(id),
  });
}

/** The PDF ticket or the .ics event, as a Blob to save. */
export async function fetchTicketFile(
  id: string,
  kind: 'pdf' | 'ics',
  lang: 'fr' | 'en',
): Promise<Blob> {
  const query = kind === 'pdf' ? `?lang=${lang}` : '';
  const response = await apiResponse(`${base(id)}/ticket.${kind}${query}`, {
    headers: {
      accept: kind === 'pdf' ? 'application/pdf' : 'text/calendar',
      ...bookingHeaders(id),
    },
  });
  return response.blob();
}

export function requestBookingLink(reference: string, email: string): Promise<null> {
  return apiRequest<null>('/api/bookings/link', {
    method: 'POST',
    body: { reference, email },
  });
}

export function exchangeBookingLink(token: string): Promise<BookingAccess> {
  return apiRequest<BookingAccess>('/api/bookings/link/exchange', {
    method: 'POST',
    body: { token },
  });
}

export function fetchMyBookings(signal?: AbortSignal): Promise<{ items: BookingSummary[] }> {
  return apiRequest<{ items: BookingSummary[] }>('/api/account/bookings', { signal });
}
