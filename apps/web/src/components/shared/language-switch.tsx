import { useT } from '../../hooks/use-t';
import type { Locale } from '../../lib/i18n/locale';

// Each language is named in itself, and marked with its `lang` for screen readers.
const OPTIONS: readonly { locale: Locale; label: string }[] = [
  { locale: 'fr', label: 'Français' },
  { locale: 'en', label: 'English' },
];

export function LanguageSwitch() {
  const { t, locale, setLocale } = useT();
  return (
    <div
      role="group"
      aria-label={t('header.language')}
      className="flex rounded-full border border-gold/35 bg-night/60 p-1 backdrop-blur-sm"
    >
      {OPTIONS.map((option) => {
        const active = option.locale === locale;
        return (
          <button
            key={option.locale}
            type="button"
            lang={option.locale}
            aria-pressed={active}
            onClick={() => setLocale(option.locale)}
            className={`min-h-9 rounded-full px-2.5 text-sm font-medium transition-colors min-[400px]:px-3.5 sm:px-4 ${
              active ? 'bg-gold text-night' : 'text-cream hover:text-gold-bright'
            }`}
          >
            {option.label}
          </button>
        );
      })}
    </div>
  );
}
