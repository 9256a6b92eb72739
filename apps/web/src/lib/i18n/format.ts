// Dates and times through `Intl`, so each language gets its own names and clock.
import { INTL_LOCALE, type Locale } from './locale';

const DAY_MS = 86_400_000;
/** 1 January 2024 was a Monday: a fixed reference to name the days of the week. */
const A_MONDAY = Date.UTC(2024, 0, 1);

/** The name of a day of the week, ISO numbered (1 = Monday … 7 = Sunday). */
export function formatWeekday(locale: Locale, isoDay: number): string {
  return new Intl.DateTimeFormat(INTL_LOCALE[locale], { weekday: 'long', timeZone: 'UTC' }).format(
    A_MONDAY + (isoDay - 1) * DAY_MS,
  );
}

/** A wall-clock time of the venue, e.g. 19:30 (not an instant: no time-zone conversion). */
export function formatClock(locale: Locale, hours: number, minutes: number): string {
  return new Intl.DateTimeFormat(INTL_LOCALE[locale], {
    hour: 'numeric',
    minute: '2-digit',
    timeZone: 'UTC',
  }).format(A_MONDAY + (hours * 60 + minutes) * 60_000);
}
