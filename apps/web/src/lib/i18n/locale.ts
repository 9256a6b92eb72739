export const LOCALES = ['fr', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

/** French first: the venue is in Paris and most guests book in French. */
export const DEFAULT_LOCALE: Locale = 'fr';

/** The BCP 47 tags given to `Intl` (British English: 24-hour clock, day before month). */
export const INTL_LOCALE: Record<Locale, string> = { fr: 'fr-FR', en: 'en-GB' };

const STORAGE_KEY = 'ladiva.locale';

function isLocale(value: unknown): value is Locale {
  return LOCALES.includes(value as Locale);
}

/** The guest's saved choice, if any. Storage can throw (private modes, disabled cookies). */
export function readStoredLocale(): Locale | null {
  try {
    const value = window.localStorage.getItem(STORAGE_KEY);
    return isLocale(value) ? value : null;
  } catch {
    return null;
  }
}

export function storeLocale(locale: Locale): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, locale);
  } catch {
    // Not persisted: the choice still holds for this visit.
  }
}
