// Performances in the back office: the list (date range, show, status; paginated on the server),
// one performance, and every change on them (create, season, sales, capacity, cancel).
import type {
  AdminPerformance,
  CancelPerformanceBody,
  CreatePerformanceBody,
  CreateSeasonBody,
  SeasonResult,
} from '@ladiva/contract/backoffice-catalogue';
import { useCallback } from 'react';
import { apiRequest, isRecord } from '../../../../lib/api/api-request';
import { useApiMutation } from '../../api/use-api-mutation';
import { useApiQuery } from '../../api/use-api-query';
import { SHOWS_KEY } from '../../catalogue/api/use-shows';
import { isPage, queryString, type Page } from '../../catalogue/api/page';

export type { AdminPerformance, SeasonResult };
export type PerformanceStatus = AdminPerformance['status'];

export const PERFORMANCES_KEY = 'admin/performances';
const INVALIDATES = [PERFORMANCES_KEY, SHOWS_KEY] as const;

const isPerformance = (value: unknown): value is AdminPerformance =>
  isRecord(value) && typeof value.id === 'string' && Array.isArray(value.zones);
const isPerformancePage = (value: unknown): value is Page<AdminPerformance> =>
  isPage<AdminPerformance>(value) && value.items.every(isPerformance);
const isSeasonResult = (value: unknown): value is SeasonResult =>
  isRecord(value) && typeof value.created === 'number' && typeof value.skipped === 'number';
const isCancelResult = (
  value: unknown,
): value is { performance: AdminPerformance; cancelledBookings: number; notified: number } =>
  isRecord(value) && isPerformance(value.performance) && typeof value.notified === 'number';

export interface PerformanceFilters {
  from?: string | undefined;
  to?: string | undefined;
  showId?: string | undefined;
  status?: PerformanceStatus | undefined;
  limit: number;
  offset: number;
}

/** Every performance matching the filters as CSV (the server ignores the page for an export). */
export function performancesCsvPath({
  limit: _limit,
  offset: _offset,
  ...filters
}: PerformanceFilters) {
  return `/api/admin/performances${queryString({ ...filters, format: 'csv' })}`;
}

export function usePerformances(filters: PerformanceFilters) {
  const path = `/api/admin/performances${queryString({ ...filters })}`;
  const fetcher = useCallback(
    (signal: AbortSignal) => apiRequest(path, { signal, guard: isPerformancePage }),
    [path],
  );
  return useApiQuery(`${PERFORMANCES_KEY}${path}`, fetcher);
}

export function usePerformance(id: string) {
  const path = `/api/admin/performances/${encodeURIComponent(id)}`;
  const fetcher = useCallback(
    (signal: AbortSignal) => apiRequest(path, { signal, guard: isPerformance }),
    [path],
  );
  return useApiQuery(`${PERFORMANCES_KEY}/one${path}`, fetcher);
}

const one = (id: string) => `/api/admin/performances/${encodeURIComponent(id)}`;

const create = (body: CreatePerformanceBody) =>
  apiRequest('/api/admin/performances', { method: 'POST', body, guard: isPerformance });
const season = (body: CreateSeasonBody) =>
  apiRequest('/api/admin/performances/season', { method: 'POST', body, guard: isSeasonResult });
const sales = ({ id, salesClosed }: { id: string; salesClosed: boolean }) =>
  apiRequest(one(id), { method: 'PATCH', body: { salesClosed }, guard: isPerformance });
const plan = ({ id, sellBeyondPlan }: { id: string; sellBeyondPlan: boolean }) =>
  apiRequest(one(id), { method: 'PATCH', body: { sellBeyondPlan }, guard: isPerformance });
const capacity = ({ id, zoneId, capacity }: { id: string; zoneId: string; capacity: number }) =>
  apiRequest(`${one(id)}/zones/${encodeURIComponent(zoneId)}`, {
    method: 'PUT',
    body: { capacity },
    guard: isPerformance,
  });
const cancel = ({ id, ...body }: CancelPerformanceBody & { id: string }) =>
  apiRequest(`${one(id)}/cancel`, { method: 'POST', body, guard: isCancelResult });

export const useCreatePerformance = () => useApiMutation(create, INVALIDATES);
export const useCreateSeason = () => useApiMutation(season, INVALIDATES);
export const useSetSales = () => useApiMutation(sales, INVALIDATES);
export const useSetPlan = () => useApiMutation(plan, INVALIDATES);
export const useSetCapacity = () => useApiMutation(capacity, INVALIDATES);
export const useCancelPerformance = () => useApiMutation(cancel, INVALIDATES);
