import { createContext } from 'react';
import type { Translate } from './catalogue';
import type { Locale } from './locale';

export interface I18n {
  locale: Locale;
  setLocale: (locale: Locale) => void;
  t: Translate;
  formatWeekday: (isoDay: number) => string;
  formatClock: (hours: number, minutes: number) => string;
}

export const I18nContext = createContext<I18n | null>(null);
