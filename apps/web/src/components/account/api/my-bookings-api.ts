// GET /api/account/bookings: the signed-in guest's bookings. The shape mirrors the contract's
// BookingSummary, declared here because the account pages do not import the booking journey.
import { apiRequest, isRecord } from '../../../lib/api/api-request';

export interface MyBooking {
  id: string;
  reference: string;
  status: 'held' | 'confirmed' | 'cancelled' | 'expired' | 'checked_in' | 'no_show';
  startsAt: string;
  showTitleFr: string;
  showTitleEn: string;
  partySize: number;
  totalCents: number;
}

const isList = (value: unknown): value is { items: MyBooking[] } =>
  isRecord(value) && Array.isArray(value.items);

export const listMyBookings = (signal?: AbortSignal) =>
  apiRequest('/api/account/bookings', { signal, guard: isList });
