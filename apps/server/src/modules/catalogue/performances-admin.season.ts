// A season's recurrence, expanded (pure): every chosen weekday between two local dates, at each
// local start time in the venue's time zone, minus the exceptions. Local wall-clock times become
// UTC instants with the zone's offset ON THAT DATE, so 20:00 stays 20:00 across the changes of
// summer time (Europe/Paris: UTC+2 in summer, UTC+1 in winter).

export interface SeasonSpec {
  /** Local dates, YYYY-MM-DD, both included. */
  from: string;
  to: string;
  /** ISO weekdays: 1 = Monday … 7 = Sunday. */
  weekdays: readonly number[];
  /** Local times, HH:MM. */
  times: readonly string[];
  /** Local dates to leave out. */
  exceptions?: readonly string[];
  doorsMinutesBefore: number;
  /** IANA time zone of the venue, e.g. Europe/Paris. */
  timeZone: string;
}

export interface PlannedPerformance {
  localDate: string;
  localTime: string;
  startsAt: Date;
  doorsAt: Date;
}

const DAY_MS = 86_400_000;
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let format = formatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, format);
  }
  return format;
}

/** The zone's offset from UTC at an instant, in milliseconds (Paris in summer: +7 200 000). */
export function offsetAt(instant: number, timeZone: string): number {
  const parts = Object.fromEntries(
    formatter(timeZone)
      .formatToParts(new Date(instant))
      .map((part) => [part.type, part.value]),
  );
  const asUtc = Date.UTC(
    Number(parts.year),
    Number(parts.month) - 1,
    Number(parts.day),
    Number(parts.hour),
    Number(parts.minute),
    Number(parts.second),
  );
  return asUtc - Math.floor(instant / 1000) * 1000;
}

/**
 * The instant at which the wall clock of `timeZone` shows this date and time. A time that does
 * not exist (skipped when the clocks go forward) moves forward by the gap; one that exists twice
 * (when they go back) is the later one. A cabaret's evening times are never either.
 */
export function zonedTimeToUtc(date: string, time: string, timeZone: string): Date {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const [hh, mm] = time.split(':').map(Number) as [number, number];
  const naive = Date.UTC(y, m - 1, d, hh, mm);
  const first = naive - offsetAt(naive, timeZone);
  const second = naive - offsetAt(first, timeZone);
  return new Date(second);
}

/** ISO weekday (1 = Monday … 7 = Sunday) of a YYYY-MM-DD date. */
export function isoWeekday(date: string): number {
  const day = new Date(`${date}T00:00:00Z`).getUTCDay();
  return day === 0 ? 7 : day;
}

/** Every performance of the season, in chronological order, without duplicates. */
export function expandSeason(spec: SeasonSpec): PlannedPerformance[] {
  const weekdays = new Set(spec.weekdays);
  const exceptions = new Set(spec.exceptions ?? []);
  const times = [...new Set(spec.times)].sort();
  const start = Date.parse(`${spec.from}T00:00:00Z`);
  const end = Date.parse(`${spec.to}T00:00:00Z`);
  const planned: PlannedPerformance[] = [];
  for (let day = start; day <= end; day += DAY_MS) {
    const localDate = new Date(day).toISOString().slice(0, 10);
    if (!weekdays.has(isoWeekday(localDate)) || exceptions.has(localDate)) continue;
    for (const localTime of times) {
      const startsAt = zonedTimeToUtc(localDate, localTime, spec.timeZone);
      planned.push({
        localDate,
        localTime,
        startsAt,
        doorsAt: new Date(startsAt.getTime() - spec.doorsMinutesBefore * 60_000),
      });
    }
  }
  return planned;
}
