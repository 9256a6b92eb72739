// The public catalogue, read by the phone booking form: shows, a show's formulas, zones and
// extras with their prices, its performances, and one performance's places left per zone.
import type {
  PerformanceAvailability,
  PerformanceSummary,
  Show,
  ShowDetail,
} from '@ladiva/contract/booking';
import { useCallback } from 'react';
import { apiRequest, isRecord } from '../../../../lib/api/api-request';
import { useApiQuery } from '../../api/use-api-query';

export type { PerformanceAvailability, PerformanceSummary, Show, ShowDetail };

const isShowList = (value: unknown): value is Show[] =>
  Array.isArray(value) && value.every((show) => isRecord(show) && typeof show.id === 'string');
const isShowDetail = (value: unknown): value is ShowDetail =>
  isRecord(value) && Array.isArray(value.formulas) && Array.isArray(value.zones);
const isPerformanceList = (value: unknown): value is PerformanceSummary[] =>
  Array.isArray(value) && value.every((p) => isRecord(p) && typeof p.startsAt === 'string');
const isAvailability = (value: unknown): value is PerformanceAvailability =>
  isRecord(value) && Array.isArray(value.zones);

export function useShows() {
  const fetcher = useCallback(
    (signal: AbortSignal) => apiRequest('/api/shows', { signal, guard: isShowList }),
    [],
  );
  return useApiQuery('catalogue/shows', fetcher);
}

export function useShow(id: string | null) {
  const fetcher = useCallback(
    (signal: AbortSignal) =>
      apiRequest(`/api/shows/${encodeURIComponent(id!)}`, { signal, guard: isShowDetail }),
    [id],
  );
  return useApiQuery(id ? `catalogue/shows/${id}` : null, fetcher);
}

export function usePerformances(showId: string | null) {
  const fetcher = useCallback(
    (signal: AbortSignal) =>
      apiRequest(`/api/performances?showId=${encodeURIComponent(showId!)}`, {
        signal,
        guard: isPerformanceList,
      }),
    [showId],
  );
  return useApiQuery(showId ? `catalogue/performances?showId=${showId}` : null, fetcher);
}

export const AVAILABILITY_KEY = 'catalogue/availability';

export function useAvailability(performanceId: string | null) {
  const fetcher = useCallback(
    (signal: AbortSignal) =>
      apiRequest(`/api/performances/${encodeURIComponent(performanceId!)}/availability`, {
        signal,
        guard: isAvailability,
      }),
    [performanceId],
  );
  return useApiQuery(performanceId ? `${AVAILABILITY_KEY}/${performanceId}` : null, fetcher);
}
