// Which performance the room shows: `?performance=<id>`, or else the first one of `?day=` (by
// default today, in Paris).
import { useSearchParams } from 'react-router';
import { addDays, isDay, parisDay } from '../ui/paris-day';
import { usePerformancesBetween } from './api/use-room';

/** The performance to show, and whether the address or the day's list chose it. */
export function useChosenPerformance() {
  const [params, setParams] = useSearchParams();
  const requested = params.get('performance');
  const dayParam = params.get('day');
  const day = isDay(dayParam) ? dayParam : parisDay();
  // A day in Paris lies within these two UTC midnights; the list is then cut to the day.
  const list = usePerformancesBetween(
    `${addDays(day, -1)}T00:00:00Z`,
    `${addDays(day, 2)}T00:00:00Z`,
    requested === null,
  );
  const ofDay = (list.data ?? []).filter(
    (p) => parisDay(p.startsAt) === day && p.status !== 'cancelled',
  );
  const performanceId = requested ?? ofDay[0]?.id ?? null;
  return {
    day,
    performanceId,
    loading: !requested && list.loading,
    error: requested ? null : list.error,
    choose: (next: { performance?: string; day?: string }) => {
      const merged = new URLSearchParams();
      if (next.day) merged.set('day', next.day);
      if (next.performance) merged.set('performance', next.performance);
      setParams(merged);
    },
  };
}
