// A staff area's own message catalogue (ADR 0011, applied to the staff app): each area of the
// back office (dashboard, bookings, floor plan…) keeps its French and English messages beside its
// pages, so they travel in that area's lazy chunk and never in the guest's entry.
import { useMemo } from 'react';
import { useT } from '../../hooks/use-t';
import { translate, type TranslateWith } from './catalogue';
import type { I18n } from './i18n-context';
import { INTL_LOCALE } from './locale';

export interface AreaI18n<M> extends I18n {
  /** This area's messages, typed from its French catalogue. */
  at: TranslateWith<M>;
  /** "89,00 €" from cents. */
  money: (cents: number) => string;
  /** An instant shown in the venue's time zone, with `Intl` options. */
  when: (iso: string, options: Intl.DateTimeFormatOptions) => string;
  /** A number in the current language ("1 234"). */
  num: (value: number) => string;
}

/**
 * Makes the `useXxxT()` hook of an area from its two catalogues (English must have exactly the
 * French keys: declare it `as const satisfies { readonly [K in keyof typeof fr]: string }`).
 */
export function createAreaT<M extends Readonly<Record<string, string>>>(
  fr: M,
  en: { readonly [K in keyof M]: string },
): () => AreaI18n<M> {
  return function useAreaT() {
    const i18n = useT();
    const { locale } = i18n;
    return useMemo(() => {
      const catalogue = locale === 'fr' ? fr : en;
      const tag = INTL_LOCALE[locale];
      const euros = new Intl.NumberFormat(tag, { style: 'currency', currency: 'EUR' });
      const numbers = new Intl.NumberFormat(tag);
      const at = ((key: string, params?: Record<string, string | number>) =>
        translate(catalogue as Readonly<Record<string, string>>, key, params)) as TranslateWith<M>;
      return {
        ...i18n,
        at,
        money: (cents: number) => euros.format(cents / 100),
        num: (value: number) => numbers.format(value),
        when: (iso: string, options: Intl.DateTimeFormatOptions) =>
          new Intl.DateTimeFormat(tag, { timeZone: 'Europe/Paris', ...options }).format(
            Date.parse(iso),
          ),
      };
    }, [i18n, locale]);
  };
}
