// Dates, times, durations, money and counts in the venue's words. Every instant is shown in
// Europe/Paris, whatever the server's zone, and composed from Intl parts so the wording is the
// venue's house style (« samedi 1er décembre à 21 h 30 », "Saturday 1 December at 9:30 pm")
// rather than whatever the ICU version in use happens to print.
import type { Formatter, Locale, Style } from './types.ts';

export const VENUE_TIME_ZONE = 'Europe/Paris';
const NBSP = '\u00a0';
const TAGS: Record<Locale, string> = { fr: 'fr-FR', en: 'en-GB' };

const cache = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();
function cached<T extends Intl.DateTimeFormat | Intl.NumberFormat>(key: string, make: () => T): T {
  let formatter = cache.get(key);
  if (!formatter) cache.set(key, (formatter = make()));
  return formatter as T;
}

interface Parts {
  weekday: string;
  day: number;
  month: string;
  year: string;
  hour: number;
  minute: number;
}

function partsOf(iso: string, locale: Locale, style: Style): Parts {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) throw new RangeError(`Not a date: ${iso}`);
  const intl = cached(
    `dt:${locale}:${style}`,
    () =>
      new Intl.DateTimeFormat(TAGS[locale], {
        timeZone: VENUE_TIME_ZONE,
        weekday: style,
        day: 'numeric',
        month: style,
        year: 'numeric',
        hour: 'numeric',
        minute: '2-digit',
        hourCycle: 'h23',
      }),
  );
  const get = (type: Intl.DateTimeFormatPartTypes) =>
    intl.formatToParts(date).find((part) => part.type === type)?.value ?? '';
  return {
    weekday: get('weekday'),
    day: Number(get('day')),
    month: get('month'),
    year: get('year'),
    hour: Number(get('hour')),
    minute: Number(get('minute')),
  };
}

function formatDate(parts: Parts, locale: Locale, year: boolean): string {
  // French writes the first of the month as an ordinal: « samedi 1er mars ».
  const day = locale === 'fr' && parts.day === 1 ? '1er' : String(parts.day);
  return `${parts.weekday} ${day} ${parts.month}${year ? ` ${parts.year}` : ''}`;
}

function formatTime(parts: Parts, locale: Locale): string {
  const minutes = String(parts.minute).padStart(2, '0');
  if (locale === 'fr') {
    return parts.minute === 0 ? `${parts.hour}${NBSP}h` : `${parts.hour}${NBSP}h${NBSP}${minutes}`;
  }
  const hour12 = parts.hour % 12 === 0 ? 12 : parts.hour % 12;
  const suffix = parts.hour < 12 ? 'am' : 'pm';
  return parts.minute === 0 ? `${hour12}${NBSP}${suffix}` : `${hour12}:${minutes}${NBSP}${suffix}`;
}

export function createFormatter(locale: Locale): Formatter {
  const tag = TAGS[locale];
  const plural = new Intl.PluralRules(tag);
  return {
    locale,
    date: (iso, { style = 'long', year = false } = {}) =>
      formatDate(partsOf(iso, locale, style), locale, year),
    time: (iso) => formatTime(partsOf(iso, locale, 'long'), locale),
    dateTime(iso, { style = 'long', year = false } = {}) {
      const parts = partsOf(iso, locale, style);
      const at = locale === 'fr' ? 'à' : 'at';
      return `${formatDate(parts, locale, year)} ${at} ${formatTime(parts, locale)}`;
    },
    money(cents) {
      // Whole amounts read better without ",00"; other amounts keep their cents.
      const whole = cents % 100 === 0;
      const intl = cached(
        `money:${locale}:${whole}`,
        () =>
          new Intl.NumberFormat(tag, {
            style: 'currency',
            currency: 'EUR',
            minimumFractionDigits: whole ? 0 : 2,
            maximumFractionDigits: whole ? 0 : 2,
          }),
      );
      return intl.format(cents / 100);
    },
    duration(minutes) {
      const unit = minutes % 1440 === 0 ? 'day' : minutes % 60 === 0 ? 'hour' : ('minute' as const);
      const value = unit === 'day' ? minutes / 1440 : unit === 'hour' ? minutes / 60 : minutes;
      const intl = cached(
        `unit:${locale}:${unit}`,
        () => new Intl.NumberFormat(tag, { style: 'unit', unit, unitDisplay: 'long' }),
      );
      return intl.format(value);
    },
    guests(count) {
      const one = plural.select(count) === 'one';
      if (locale === 'fr') return `${count}${NBSP}${one ? 'personne' : 'personnes'}`;
      return `${count}${NBSP}${one ? 'guest' : 'guests'}`;
    },
    labelled: (label, value) =>
      locale === 'fr' ? `${label}${NBSP}: ${value}` : `${label}: ${value}`,
    list: (items) => new Intl.ListFormat(tag, { type: 'conjunction' }).format(items),
  };
}

/**
 * Text for channels that are not HTML (plain-text email part, SMS, push, subject): markup a guest
 * typed into a field is dropped rather than passed on, and line breaks cannot sneak into headers.
 */
export function stripMarkup(value: string): string {
  return value.replace(/<[^>]*>/g, '').replace(/[<>]/g, '');
}

/** One line of plain text; no-break spaces survive (they keep « 21 h 30 » together). */
export const oneLine = (value: string) =>
  stripMarkup(value)
    .replace(/[^\S\u00a0\u202f]+/g, ' ')
    .trim();

export const capitalise = (value: string) => value.charAt(0).toUpperCase() + value.slice(1);
