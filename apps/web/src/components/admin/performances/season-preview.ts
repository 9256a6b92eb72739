// The season form's preview (pure): which local dates and times a season expands to, as the
// server does it (performances-admin.season.ts). Dates are walked as calendar days in UTC, never
// by adding 24 hours to a local instant, so a week that changes to or from summer time keeps
// every evening exactly once and 20:00 stays 20:00.
import type {
  MAX_SEASON_DAYS as CONTRACT_DAYS,
  MAX_SEASON_PERFORMANCES as CONTRACT_MAX,
} from '@ladiva/contract/backoffice-catalogue';

/** The contract's limits (type imports keep zod out of the bundle; the types check they agree). */
export const MAX_SEASON_DAYS = 400 satisfies typeof CONTRACT_DAYS;
export const MAX_SEASON_PERFORMANCES = 2000 satisfies typeof CONTRACT_MAX;

export interface SeasonInput {
  from: string;
  to: string;
  weekdays: readonly number[];
  times: readonly string[];
  exceptions: readonly string[];
}

export interface SeasonPreview {
  /** Local dates and times, in order. */
  performances: { date: string; time: string }[];
  /** Exceptions that fell on a chosen day (and so removed something). */
  exceptionsUsed: number;
  problem: 'dates' | 'order' | 'tooLong' | 'noDay' | 'noTime' | 'tooMany' | null;
}

const DAY_MS = 86_400_000;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
export const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

/** ISO weekday (1 = Monday … 7 = Sunday) of a YYYY-MM-DD date. */
export function isoWeekday(date: string): number {
  const day = new Date(`${date}T00:00:00Z`).getUTCDay();
  return day === 0 ? 7 : day;
}

export function previewSeason(input: SeasonInput): SeasonPreview {
  const none = (problem: SeasonPreview['problem']): SeasonPreview => ({
    performances: [],
    exceptionsUsed: 0,
    problem,
  });
  if (!DATE.test(input.from) || !DATE.test(input.to)) return none('dates');
  const start = Date.parse(`${input.from}T00:00:00Z`);
  const end = Date.parse(`${input.to}T00:00:00Z`);
  if (Number.isNaN(start) || Number.isNaN(end)) return none('dates');
  if (start > end) return none('order');
  if ((end - start) / DAY_MS >= MAX_SEASON_DAYS) return none('tooLong');
  if (input.weekdays.length === 0) return none('noDay');
  const times = [...new Set(input.times.filter((time) => TIME.test(time)))].sort();
  if (times.length === 0) return none('noTime');
  const weekdays = new Set(input.weekdays);
  const exceptions = new Set(input.exceptions);
  const performances: SeasonPreview['performances'] = [];
  let exceptionsUsed = 0;
  for (let day = start; day <= end; day += DAY_MS) {
    const date = new Date(day).toISOString().slice(0, 10);
    if (!weekdays.has(isoWeekday(date))) continue;
    if (exceptions.has(date)) {
      exceptionsUsed += 1;
      continue;
    }
    for (const time of times) performances.push({ date, time });
  }
  return {
    performances,
    exceptionsUsed,
    problem: performances.length > MAX_SEASON_PERFORMANCES ? 'tooMany' : null,
  };
}
