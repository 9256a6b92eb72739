import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { translate, type Translate } from '../../lib/i18n/catalogue';
import { formatClock, formatWeekday } from '../../lib/i18n/format';
import { I18nContext, type I18n } from '../../lib/i18n/i18n-context';
import { DEFAULT_LOCALE, readStoredLocale, storeLocale, type Locale } from '../../lib/i18n/locale';
import { en } from '../../lib/i18n/messages-en';
import { fr } from '../../lib/i18n/messages-fr';

const CATALOGUES = { fr, en } as const;

export function I18nProvider({ children }: { children: ReactNode }) {
  // Read synchronously so that a returning English guest never sees a flash of French.
  const [locale, setLocaleState] = useState<Locale>(() => readStoredLocale() ?? DEFAULT_LOCALE);

  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);

  const setLocale = useCallback((next: Locale) => {
    setLocaleState(next);
    storeLocale(next);
  }, []);

  const value = useMemo<I18n>(() => {
    const catalogue = CATALOGUES[locale];
    const t = ((key, params?: Record<string, string | number>) =>
      translate(catalogue, key, params)) as Translate;
    return {
      locale,
      setLocale,
      t,
      formatWeekday: (isoDay) => formatWeekday(locale, isoDay),
      formatClock: (hours, minutes) => formatClock(locale, hours, minutes),
    };
  }, [locale, setLocale]);

  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}
