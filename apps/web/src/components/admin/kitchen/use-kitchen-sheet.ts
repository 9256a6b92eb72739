// GET /api/admin/kitchen: the sheet of one performance or of a Paris day (and its CSV).
import type { KitchenSheet } from '@ladiva/contract/reports';
import { useCallback } from 'react';
import { apiRequest, isRecord } from '../../../lib/api/api-request';
import { useApiQuery } from '../api/use-api-query';

export type { KitchenSheet };
export type KitchenPerformance = KitchenSheet['performances'][number];

export type KitchenTarget = { performanceId: string } | { date: string };

const isSheet = (value: unknown): value is KitchenSheet =>
  isRecord(value) && Array.isArray(value.performances);

export function kitchenPath(target: KitchenTarget, format?: 'csv'): string {
  const params = new URLSearchParams(
    'performanceId' in target ? { performanceId: target.performanceId } : { date: target.date },
  );
  if (format) params.set('format', format);
  return `/api/admin/kitchen?${params}`;
}

/** Refreshed every minute: late bookings and menu choices reach the kitchen before service. */
export function useKitchenSheet(target: KitchenTarget) {
  const path = kitchenPath(target);
  const fetcher = useCallback(
    (signal: AbortSignal) => apiRequest(path, { signal, guard: isSheet }),
    [path],
  );
  return useApiQuery(`reports/kitchen${path}`, fetcher, { refreshMs: 60_000 });
}
