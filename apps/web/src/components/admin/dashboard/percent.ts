import { INTL_LOCALE, type Locale } from '../../../lib/i18n/locale';

/** "42 %" / "42%" from a rate between 0 and 1. */
export function formatPercent(locale: Locale, rate: number): string {
  return new Intl.NumberFormat(INTL_LOCALE[locale], {
    style: 'percent',
    maximumFractionDigits: 0,
  }).format(rate);
}
