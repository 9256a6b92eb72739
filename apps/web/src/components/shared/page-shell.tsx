import type { ReactNode } from 'react';
import { useT } from '../../hooks/use-t';
import type { VenueContact } from '../../types/venue';
import { SiteFooter } from './site-footer';
import { SiteHeader } from './site-header';

interface PageShellProps {
  children: ReactNode;
  /** The venue's contact details for the footer, when the page has them. */
  contact?: VenueContact | null | undefined;
}

/** Skip link, header, the page's <main>, footer: the landmarks every page shares. */
export function PageShell({ children, contact }: PageShellProps) {
  const { t } = useT();
  return (
    <div className="relative flex min-h-svh flex-col">
      <a
        href="#main"
        className="sr-only z-50 rounded-full bg-gold px-5 py-2.5 font-medium text-night focus:not-sr-only focus:fixed focus:top-3 focus:left-3"
      >
        {t('a11y.skipLink')}
      </a>
      <SiteHeader />
      <main id="main" tabIndex={-1} className="flex-1 focus:outline-none">
        {children}
      </main>
      <SiteFooter contact={contact} />
    </div>
  );
}
