// The venue's calendar: reports and the kitchen sheet speak in Europe/Paris days. Turning a day
// into instants is left to PostgreSQL (`day::timestamp at time zone 'Europe/Paris'`), which
// knows the daylight-saving changes; here we only name today and step between days.
import { sql } from 'kysely';

export const VENUE_TIME_ZONE = 'Europe/Paris';

const dayFormat = new Intl.DateTimeFormat('en-CA', {
  timeZone: VENUE_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The venue's calendar day at this instant, as YYYY-MM-DD. */
export function parisDay(at: Date = new Date()): string {
  return dayFormat.format(at);
}

/** The day `days` after (or before) a YYYY-MM-DD day. */
export function addDays(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** Days from `from` to `to`, both included. */
export function daysBetween(from: string, to: string): number {
  return (
    Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000) + 1
  );
}

/** The instant a Paris day starts (SQL). */
export const dayStart = (day: string) =>
  sql<Date>`(${day}::date)::timestamp at time zone ${VENUE_TIME_ZONE}`;

/** The instant after a Paris day ends: the next day's start (SQL). */
export const dayEnd = (day: string) =>
  sql<Date>`(${day}::date + 1)::timestamp at time zone ${VENUE_TIME_ZONE}`;
