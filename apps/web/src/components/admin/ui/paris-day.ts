// Calendar days at the venue (Europe/Paris) as the API takes them: "2026-11-24". A day string is
// handled as a plain date (UTC arithmetic on the date alone), so no device time zone slips in.
import { VENUE_TIME_ZONE } from './format';

const dayFormat = new Intl.DateTimeFormat('en-CA', {
  timeZone: VENUE_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The Paris day of an instant (default: now). */
export function parisDay(at: Date | string = new Date()): string {
  return dayFormat.format(typeof at === 'string' ? Date.parse(at) : at);
}

export function addDays(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** The first day of the month of `day`, `months` months later (negative: earlier). */
export function monthStart(day: string, months = 0): string {
  const date = new Date(`${day.slice(0, 7)}-01T00:00:00Z`);
  date.setUTCMonth(date.getUTCMonth() + months);
  return date.toISOString().slice(0, 10);
}

/** The last day of the month of `day`. */
export function monthEnd(day: string): string {
  return addDays(monthStart(day, 1), -1);
}

export const isDay = (value: string | null): value is string =>
  value !== null && /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(value));
