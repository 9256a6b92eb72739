// POST /api/admin/bookings/phone: a booking taken on the phone, confirmed at once, paid at the venue.
import type { PhoneBookingBody } from '@ladiva/contract/backoffice-bookings';
import type { BookingState } from '@ladiva/contract/booking';
import { apiRequest, isRecord } from '../../../../lib/api/api-request';
import { useApiMutation } from '../../api/use-api-mutation';
import { BOOKINGS_KEY } from './use-bookings';
import { AVAILABILITY_KEY } from './use-catalogue';

export type { PhoneBookingBody };

const isState = (value: unknown): value is BookingState =>
  isRecord(value) && typeof value.bookingId === 'string' && typeof value.reference === 'string';

const create = (body: PhoneBookingBody) =>
  apiRequest('/api/admin/bookings/phone', { method: 'POST', body, guard: isState });

const INVALIDATES = [BOOKINGS_KEY, AVAILABILITY_KEY, 'admin/customers', 'admin/room'] as const;

export function usePhoneBooking() {
  return useApiMutation(create, INVALIDATES);
}
