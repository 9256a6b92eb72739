// GET /api/admin/dashboard: the performances of a period (paginated on the server) and the
// bookings series. Refreshed every minute while the tab is visible: bookings arrive all evening.
import type { Dashboard } from '@ladiva/contract/reports';
import { useCallback } from 'react';
import { apiRequest, isRecord } from '../../../lib/api/api-request';
import { useApiQuery } from '../api/use-api-query';

export type { Dashboard };
export type DashboardPerformance = Dashboard['performances'][number];

export interface DashboardFilters {
  from: string;
  to: string;
  seriesFrom: string;
  seriesTo: string;
  limit: number;
  offset: number;
}

export const DASHBOARD_KEY = 'reports/dashboard';
const REFRESH_MS = 60_000;

const isDashboard = (value: unknown): value is Dashboard =>
  isRecord(value) &&
  Array.isArray(value.performances) &&
  typeof value.total === 'number' &&
  isRecord(value.series) &&
  Array.isArray(value.series.days) &&
  Array.isArray(value.series.bySource);

export function dashboardPath(filters: DashboardFilters): string {
  const params = new URLSearchParams({
    from: filters.from,
    to: filters.to,
    seriesFrom: filters.seriesFrom,
    seriesTo: filters.seriesTo,
    limit: String(filters.limit),
    offset: String(filters.offset),
  });
  return `/api/admin/dashboard?${params}`;
}

/** `enabled` false: nothing asked (a query that depends on another's answer). */
export function useDashboard(filters: DashboardFilters, { enabled = true } = {}) {
  const path = dashboardPath(filters);
  const fetcher = useCallback(
    (signal: AbortSignal) => apiRequest(path, { signal, guard: isDashboard }),
    [path],
  );
  return useApiQuery(enabled ? `${DASHBOARD_KEY}${path}` : null, fetcher, {
    refreshMs: REFRESH_MS,
  });
}
