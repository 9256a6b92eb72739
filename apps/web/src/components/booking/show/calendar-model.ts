// The month grid of the show's calendar: pure date arithmetic in the venue's time zone.
import type { PerformanceSummary } from '../api/types';

export type Availability = 'available' | 'few' | 'soldOut' | 'closed';

/** "Last places" below this share of the capacity, or this many seats. */
const FEW_SHARE = 0.15;
const FEW_SEATS = 20;

export function availabilityOf(performance: PerformanceSummary): Availability {
  if (performance.status === 'sold_out' || performance.seatsLeft <= 0) return 'soldOut';
  if (!performance.salesOpen) return 'closed';
  const few = Math.max(FEW_SEATS, Math.ceil(performance.capacity * FEW_SHARE));
  return performance.seatsLeft <= few ? 'few' : 'available';
}

/** The day of an instant in Paris, as YYYY-MM-DD. */
export function parisDay(iso: string): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Paris',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(Date.parse(iso));
}

/** YYYY-MM of a day. */
export const monthOf = (day: string) => day.slice(0, 7);

export function addMonths(month: string, delta: number): string {
  const [year, m] = month.split('-').map(Number) as [number, number];
  const date = new Date(Date.UTC(year, m - 1 + delta, 1));
  return date.toISOString().slice(0, 7);
}

/** The weeks of a month, Monday first; null pads the days of the neighbouring months. */
export function monthGrid(month: string): (string | null)[][] {
  const [year, m] = month.split('-').map(Number) as [number, number];
  const first = new Date(Date.UTC(year, m - 1, 1));
  const days = new Date(Date.UTC(year, m, 0)).getUTCDate();
  const offset = (first.getUTCDay() + 6) % 7;
  const cells: (string | null)[] = Array.from({ length: offset }, () => null);
  for (let d = 1; d <= days; d++) cells.push(`${month}-${String(d).padStart(2, '0')}`);
  while (cells.length % 7 !== 0) cells.push(null);
  const weeks: (string | null)[][] = [];
  for (let i = 0; i < cells.length; i += 7) weeks.push(cells.slice(i, i + 7));
  return weeks;
}

/** Day ± n days, as YYYY-MM-DD. */
export function addDays(day: string, delta: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + delta);
  return date.toISOString().slice(0, 10);
}

/** Performances grouped by their Paris day, in order. */
export function byDay(
  performances: readonly PerformanceSummary[],
): Map<string, PerformanceSummary[]> {
  const days = new Map<string, PerformanceSummary[]>();
  for (const performance of [...performances].sort((a, b) =>
    a.startsAt.localeCompare(b.startsAt),
  )) {
    const day = parisDay(performance.startsAt);
    days.set(day, [...(days.get(day) ?? []), performance]);
  }
  return days;
}

/** The best a day offers (a day with one place left anywhere is not sold out). */
export function dayAvailability(performances: readonly PerformanceSummary[]): Availability {
  const order: Availability[] = ['available', 'few', 'closed', 'soldOut'];
  return performances
    .map(availabilityOf)
    .reduce((best, next) => (order.indexOf(next) < order.indexOf(best) ? next : best), 'soldOut');
}
