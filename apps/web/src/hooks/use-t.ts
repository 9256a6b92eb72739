import { useContext } from 'react';
import { I18nContext, type I18n } from '../lib/i18n/i18n-context';

/** The current language, its messages (`t`) and its `Intl` formatters. */
export function useT(): I18n {
  const i18n = useContext(I18nContext);
  if (!i18n) throw new Error('useT() must be used inside <I18nProvider>');
  return i18n;
}
