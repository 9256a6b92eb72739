import { useMemo } from 'react';
import { translate, type TranslateWith } from '../lib/i18n/catalogue';
import type { I18n } from '../lib/i18n/i18n-context';
import { INTL_LOCALE } from '../lib/i18n/locale';
import { bookingEn } from '../lib/i18n/messages-booking-en';
import { bookingFr } from '../lib/i18n/messages-booking-fr';
import { useT } from './use-t';

export type BookingTranslate = TranslateWith<typeof bookingFr>;

export interface BookingI18n extends I18n {
  /** The booking pages' messages (loaded with their chunks). */
  bt: BookingTranslate;
  /** "89,00 €" from cents. */
  money: (cents: number) => string;
  /** An instant shown in the venue's time zone, with `Intl` options. */
  when: (iso: string, options: Intl.DateTimeFormatOptions) => string;
}

/** `useT()` plus the booking pages' own catalogue and formatters. */
export function useBookingT(): BookingI18n {
  const i18n = useT();
  const { locale } = i18n;
  return useMemo(() => {
    const catalogue = locale === 'fr' ? bookingFr : bookingEn;
    const tag = INTL_LOCALE[locale];
    const euros = new Intl.NumberFormat(tag, { style: 'currency', currency: 'EUR' });
    const bt = ((key: string, params?: Record<string, string | number>) =>
      translate(catalogue, key, params)) as BookingTranslate;
    return {
      ...i18n,
      bt,
      money: (cents) => euros.format(cents / 100),
      when: (iso, options) =>
        new Intl.DateTimeFormat(tag, { timeZone: 'Europe/Paris', ...options }).format(
          Date.parse(iso),
        ),
    };
  }, [i18n, locale]);
}
