// The coming performances, to pick a kitchen sheet: the public programme (GET /api/performances
// and /api/shows), which every staff role can read, the kitchen included.
import { useCallback } from 'react';
import { apiRequest, isRecord } from '../../../lib/api/api-request';
import { useApiQuery } from '../api/use-api-query';

// The fields read here of the contract's PerformanceSummary and Show (contract/booking.ts; the
// lint rule keeping the staff app away from the booking journey also matches that file's name).
interface PerformanceSummary {
  id: string;
  showId: string;
  startsAt: string;
  status: 'on_sale' | 'sold_out' | 'cancelled' | 'past';
}
interface Show {
  id: string;
  titleFr: string;
  titleEn: string;
}

export interface UpcomingPerformance {
  id: string;
  startsAt: string;
  status: PerformanceSummary['status'];
  titleFr: string;
  titleEn: string;
}

const isArrayOf =
  <T>(keys: readonly string[]) =>
  (value: unknown): value is T[] =>
    Array.isArray(value) &&
    value.every((item) => isRecord(item) && keys.every((key) => typeof item[key] === 'string'));

const isPerformances = isArrayOf<PerformanceSummary>(['id', 'showId', 'startsAt', 'status']);
const isShows = isArrayOf<Show>(['id', 'titleFr', 'titleEn']);

async function fetchUpcoming(signal: AbortSignal): Promise<UpcomingPerformance[]> {
  const [performances, shows] = await Promise.all([
    apiRequest('/api/performances', { signal, guard: isPerformances }),
    apiRequest('/api/shows', { signal, guard: isShows }),
  ]);
  const byId = new Map(shows.map((show) => [show.id, show]));
  return performances
    .filter((performance) => performance.status !== 'cancelled')
    .map((performance) => ({
      id: performance.id,
      startsAt: performance.startsAt,
      status: performance.status,
      titleFr: byId.get(performance.showId)?.titleFr ?? '',
      titleEn: byId.get(performance.showId)?.titleEn ?? '',
    }))
    .sort((a, b) => a.startsAt.localeCompare(b.startsAt));
}

export function useUpcomingPerformances() {
  const fetcher = useCallback((signal: AbortSignal) => fetchUpcoming(signal), []);
  return useApiQuery('kitchen/upcoming', fetcher);
}
