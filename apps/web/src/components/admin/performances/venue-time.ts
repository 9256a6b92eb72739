// Local dates and times of the venue (Europe/Paris) ⇄ instants, whatever the device's time zone:
// "20:00 on 28 March" is 19:00Z in winter and 18:00Z the day after the clocks go forward.
import { VENUE_TIME_ZONE } from '../ui/format';

const parts = new Intl.DateTimeFormat('en-US', {
  timeZone: VENUE_TIME_ZONE,
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

/** The venue's offset from UTC at an instant, in milliseconds. */
function offsetAt(instant: number): number {
  const p = Object.fromEntries(
    parts.formatToParts(new Date(instant)).map((x) => [x.type, x.value]),
  );
  const asUtc = Date.UTC(+p.year!, +p.month! - 1, +p.day!, +p.hour!, +p.minute!, +p.second!);
  return asUtc - Math.floor(instant / 1000) * 1000;
}

/** The instant (ISO, UTC) at which the venue's clock shows `date` `time` (HH:MM). */
export function venueInstant(date: string, time = '00:00'): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const [hh, mm] = time.split(':').map(Number) as [number, number];
  const naive = Date.UTC(y, m - 1, d, hh, mm);
  const first = naive - offsetAt(naive);
  return new Date(naive - offsetAt(first)).toISOString();
}

/** Today's date at the venue, YYYY-MM-DD. */
export function venueToday(now = Date.now()): string {
  return new Date(now + offsetAt(now)).toISOString().slice(0, 10);
}

/** YYYY-MM-DD plus `days`. */
export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}
