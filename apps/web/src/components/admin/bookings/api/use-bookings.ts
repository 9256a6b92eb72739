// GET /api/admin/bookings: one page of bookings, searched and filtered on the server.
import type { AdminBooking, AdminBookingPage } from '@ladiva/contract/backoffice-bookings';
import { useCallback } from 'react';
import { isItemList } from '../../api/api-client';
import { apiRequest, isRecord } from '../../../../lib/api/api-request';
import { useApiQuery } from '../../api/use-api-query';

export type { AdminBooking, AdminBookingPage };

export const BOOKINGS_KEY = 'admin/bookings';

export interface BookingFilters {
  q?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
  performanceId?: string | undefined;
  status?: string | undefined;
  source?: string | undefined;
  offset?: number | undefined;
}

export const PAGE_SIZE = 25;

export const isAdminBooking = (value: unknown): value is AdminBooking =>
  isRecord(value) &&
  typeof value.id === 'string' &&
  typeof value.reference === 'string' &&
  isRecord(value.performance);

const isPage = (value: unknown): value is AdminBookingPage =>
  isItemList(value, isAdminBooking) && isRecord(value) && typeof value.total === 'number';

/** The query string the API takes (empty filters left out). */
export function bookingsQuery(filters: BookingFilters): string {
  const params = new URLSearchParams();
  for (const name of ['q', 'from', 'to', 'performanceId', 'status', 'source'] as const) {
    const value = filters[name];
    if (value) params.set(name, value);
  }
  params.set('limit', String(PAGE_SIZE));
  params.set('offset', String(filters.offset ?? 0));
  return params.toString();
}

/** Every booking matching the filters as CSV (the server ignores the page for an export). */
export function bookingsCsvPath(filters: BookingFilters): string {
  const params = new URLSearchParams(bookingsQuery(filters));
  params.delete('limit');
  params.delete('offset');
  params.set('format', 'csv');
  return `/api/admin/bookings?${params}`;
}

export function useBookings(filters: BookingFilters) {
  const query = bookingsQuery(filters);
  const fetcher = useCallback(
    (signal: AbortSignal) => apiRequest(`/api/admin/bookings?${query}`, { signal, guard: isPage }),
    [query],
  );
  return useApiQuery(`${BOOKINGS_KEY}?${query}`, fetcher);
}
