// GET /api/admin/reports/sales and /occupancy: one page of rows (limit/offset on the server),
// and the same lists as CSV files.
import type { OccupancyReport, SalesReport } from '@ladiva/contract/reports';
import { useCallback } from 'react';
import { apiRequest, isRecord } from '../../../lib/api/api-request';
import { useApiQuery } from '../api/use-api-query';
import { PAGE, type ReportFilters } from './report-filters';

export type { OccupancyReport, SalesReport };

const isPage = (value: unknown): value is { items: unknown[]; total: number } =>
  isRecord(value) && Array.isArray(value.items) && typeof value.total === 'number';
const isSales = (value: unknown): value is SalesReport =>
  isPage(value) && isRecord((value as Record<string, unknown>).totals);
const isOccupancy = (value: unknown): value is OccupancyReport => isPage(value);

export function salesPath(filters: ReportFilters, format?: 'csv'): string {
  const params = new URLSearchParams({
    from: filters.from,
    to: filters.to,
    groupBy: filters.group,
    dateBasis: filters.basis,
  });
  if (format) params.set('format', format);
  else {
    params.set('limit', String(PAGE));
    params.set('offset', String(filters.page * PAGE));
  }
  return `/api/admin/reports/sales?${params}`;
}

export function occupancyPath(filters: ReportFilters, format?: 'csv'): string {
  const params = new URLSearchParams({ from: filters.from, to: filters.to });
  if (format) params.set('format', format);
  else {
    params.set('limit', String(PAGE));
    params.set('offset', String(filters.page * PAGE));
  }
  return `/api/admin/reports/occupancy?${params}`;
}

export function useSalesReport(filters: ReportFilters) {
  const path = salesPath(filters);
  const fetcher = useCallback(
    (signal: AbortSignal) => apiRequest(path, { signal, guard: isSales }),
    [path],
  );
  return useApiQuery(`reports${path}`, fetcher);
}

export function useOccupancyReport(filters: ReportFilters) {
  const path = occupancyPath(filters);
  const fetcher = useCallback(
    (signal: AbortSignal) => apiRequest(path, { signal, guard: isOccupancy }),
    [path],
  );
  return useApiQuery(`reports${path}`, fetcher);
}
