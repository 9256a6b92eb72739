import { Link } from 'react-router';
import { useT } from '../../hooks/use-t';
import { AccountLink } from './account-link';
import { FanMark } from './fan-mark';
import { LanguageSwitch } from './language-switch';

/** Laid over the top of the page (each page's first section provides the backdrop). */
export function SiteHeader() {
  const { t } = useT();
  return (
    <header className="absolute inset-x-0 top-0 z-20">
      <div className="mx-auto flex max-w-6xl items-center justify-between gap-2 px-4 pt-8 pb-4 sm:gap-4 sm:px-8 sm:pt-9">
        <Link
          to="/"
          aria-label={t('header.home')}
          className="group flex shrink-0 items-center gap-2.5 rounded-sm text-cream"
        >
          <FanMark className="h-7 w-auto text-gold transition-colors group-hover:text-gold-bright" />
          <span className="font-display text-2xl leading-none font-semibold tracking-wide whitespace-nowrap max-[400px]:text-xl">
            La Diva
          </span>
        </Link>
        <div className="flex items-center gap-1.5 sm:gap-2">
          <LanguageSwitch />
          <AccountLink />
        </div>
      </div>
    </header>
  );
}
