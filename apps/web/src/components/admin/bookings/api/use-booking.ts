// GET /api/admin/bookings/:id and what staff do to one booking: notes, changes, cancellation,
// no-shows (also in bulk). Every mutation refreshes the bookings and customers on screen.
import type { AdminBookingDetail } from '@ladiva/contract/backoffice-bookings';
import type { BookingState } from '@ladiva/contract/booking';
import { useCallback } from 'react';
import { apiRequest, isRecord } from '../../../../lib/api/api-request';
import { useApiMutation } from '../../api/use-api-mutation';
import { useApiQuery } from '../../api/use-api-query';
import { BOOKINGS_KEY, isAdminBooking } from './use-bookings';

export type { AdminBookingDetail, BookingState };

const isDetail = (value: unknown): value is AdminBookingDetail =>
  isAdminBooking(value) &&
  Array.isArray((value as Record<string, unknown>).lines) &&
  Array.isArray((value as Record<string, unknown>).history);

const isState = (value: unknown): value is BookingState =>
  isRecord(value) && typeof value.bookingId === 'string' && typeof value.status === 'string';

const INVALIDATES = [BOOKINGS_KEY, 'admin/customers', 'admin/room'] as const;
const path = (id: string) => `/api/admin/bookings/${encodeURIComponent(id)}`;

export function useBooking(id: string | undefined) {
  const fetcher = useCallback(
    (signal: AbortSignal) => apiRequest(path(id!), { signal, guard: isDetail }),
    [id],
  );
  return useApiQuery(id ? `${BOOKINGS_KEY}/${id}` : null, fetcher);
}

const addNote = ({ id, body }: { id: string; body: string }) =>
  apiRequest(`${path(id)}/notes`, { method: 'POST', body: { body }, guard: isDetail });

export function useAddNote() {
  return useApiMutation(addNote, INVALIDATES);
}

export interface ChangeBooking {
  id: string;
  lines?: { formulaId: string; zoneId: string; guests: number }[];
  extras?: { extraId: string; quantity: number }[];
  locale: 'fr' | 'en';
}

const change = ({ id, locale, ...body }: ChangeBooking) =>
  apiRequest(`${path(id)}?locale=${locale}`, { method: 'PATCH', body, guard: isState });

export function useChangeBooking() {
  return useApiMutation(change, INVALIDATES);
}

const cancel = ({ id, locale }: { id: string; locale: 'fr' | 'en' }) =>
  apiRequest(`${path(id)}/cancel?locale=${locale}`, { method: 'POST', guard: isState });

export function useCancelBooking() {
  return useApiMutation(cancel, INVALIDATES);
}

export interface NoShowResult {
  marked: string[];
  skipped: string[];
}

const isNoShowResult = (value: unknown): value is NoShowResult =>
  isRecord(value) && Array.isArray(value.marked) && Array.isArray(value.skipped);

const noShow = (bookingIds: string[]) =>
  apiRequest('/api/admin/bookings/no-show', {
    method: 'POST',
    body: { bookingIds },
    guard: isNoShowResult,
  });

export function useMarkNoShow() {
  return useApiMutation(noShow, INVALIDATES);
}
