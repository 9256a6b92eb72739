// The public catalogue: listShows, getShow, listPerformances, getPerformanceAvailability.
import { apiRequest } from '../../../lib/api/api-request';
import type { PerformanceAvailability, PerformanceSummary, ShowDetail } from './types';

export const showKey = (idOrSlug: string) => ['show', idOrSlug] as const;

export function fetchShow(idOrSlug: string, signal?: AbortSignal): Promise<ShowDetail> {
  return apiRequest<ShowDetail>(`/api/shows/${encodeURIComponent(idOrSlug)}`, { signal });
}

export function fetchPerformances(
  query: { showId: string; from?: string; to?: string },
  signal?: AbortSignal,
): Promise<PerformanceSummary[]> {
  const params = new URLSearchParams({ showId: query.showId });
  if (query.from) params.set('from', query.from);
  if (query.to) params.set('to', query.to);
  return apiRequest<PerformanceSummary[]>(`/api/performances?${params.toString()}`, { signal });
}

export function fetchAvailability(
  performanceId: string,
  signal?: AbortSignal,
): Promise<PerformanceAvailability> {
  return apiRequest<PerformanceAvailability>(
    `/api/performances/${encodeURIComponent(performanceId)}/availability`,
    { signal },
  );
}
