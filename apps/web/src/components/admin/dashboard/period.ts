// The dashboard's period, kept in the address (shareable; the back button undoes a change):
// `period` tonight | week | month | custom (with `from` and `to`), `series` 7 | 30 | 90 days. With
// none, it opens on tonight: what the team opens it for (issue #14).
import { addDays, isDay, parisDay } from '../ui/paris-day';

export const PERIODS = ['tonight', 'week', 'month', 'custom'] as const;
export type Period = (typeof PERIODS)[number];
export const SERIES_DAYS = [7, 30, 90] as const;
export type SeriesDays = (typeof SERIES_DAYS)[number];

export interface DashboardRange {
  period: Period;
  from: string;
  to: string;
  seriesDays: SeriesDays;
  seriesFrom: string;
  seriesTo: string;
  page: number;
}

const isPeriod = (value: string | null): value is Period =>
  (PERIODS as readonly (string | null)[]).includes(value);

export function readRange(params: URLSearchParams, today = parisDay()): DashboardRange {
  const raw = params.get('period');
  let period: Period = isPeriod(raw) ? raw : 'tonight';
  let from = today;
  let to = addDays(today, 6);
  if (period === 'tonight') to = today;
  if (period === 'month') to = addDays(today, 29);
  if (period === 'custom') {
    const rawFrom = params.get('from');
    const rawTo = params.get('to');
    if (isDay(rawFrom) && isDay(rawTo) && rawFrom <= rawTo) [from, to] = [rawFrom, rawTo];
    else period = 'week';
  }
  const series = Number(params.get('series'));
  const seriesDays = (SERIES_DAYS as readonly number[]).includes(series)
    ? (series as SeriesDays)
    : 30;
  const page = Math.max(0, Math.floor(Number(params.get('page')) || 0));
  return {
    period,
    from,
    to,
    seriesDays,
    seriesFrom: addDays(today, 1 - seriesDays),
    seriesTo: today,
    page,
  };
}
