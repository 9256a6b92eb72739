// Dates, durations and sizes for the staff pages, through `Intl`. Instants are shown in the
// venue's time zone whatever the staff member's device says: "sent at 21:30" means Paris time.
import { INTL_LOCALE, type Locale } from '../../../lib/i18n/locale';

export const VENUE_TIME_ZONE = 'Europe/Paris';

const dateTimeFormats = new Map<string, Intl.DateTimeFormat>();

function dateTimeFormat(locale: Locale, seconds: boolean): Intl.DateTimeFormat {
  const id = `${locale}:${seconds}`;
  let format = dateTimeFormats.get(id);
  if (!format) {
    format = new Intl.DateTimeFormat(INTL_LOCALE[locale], {
      day: 'numeric',
      month: 'short',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      ...(seconds ? { second: '2-digit' } : {}),
      timeZone: VENUE_TIME_ZONE,
    });
    dateTimeFormats.set(id, format);
  }
  return format;
}

/** "24 nov. 2026, 02:55" in Paris time; `seconds` for the status history. */
export function formatDateTime(locale: Locale, iso: string, seconds = false): string {
  const time = Date.parse(iso);
  return Number.isNaN(time) ? iso : dateTimeFormat(locale, seconds).format(time);
}

/** A duration in its largest sensible unit: "45 s", "12 min", "3 h", "2 j". */
export function formatDuration(locale: Locale, totalSeconds: number): string {
  const steps = [
    ['day', 86_400],
    ['hour', 3_600],
    ['minute', 60],
  ] as const;
  const [unit, size] = steps.find(([, size]) => totalSeconds >= size) ?? ['second', 1];
  return new Intl.NumberFormat(INTL_LOCALE[locale], {
    style: 'unit',
    unit,
    unitDisplay: 'short',
    maximumFractionDigits: 0,
  }).format(Math.floor(totalSeconds / size));
}

/** "12 ko" / "12 kB". */
export function formatBytes(locale: Locale, bytes: number): string {
  const [unit, value] =
    bytes >= 1_000_000
      ? (['megabyte', bytes / 1_000_000] as const)
      : bytes >= 1_000
        ? (['kilobyte', bytes / 1_000] as const)
        : (['byte', bytes] as const);
  return new Intl.NumberFormat(INTL_LOCALE[locale], {
    style: 'unit',
    unit,
    unitDisplay: 'short',
    maximumFractionDigits: 1,
  }).format(value);
}
