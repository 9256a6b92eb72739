// The frame of a guest page below the home page (a show's booking, one's booking, signing in, the
// account): the site's shell, a velvet glow, the centred heading, then the page. `card` puts it
// all on one card (the sign-in and the pages opened from an email).
import type { ReactNode } from 'react';
import { useDocumentTitle } from '../../hooks/use-document-title';
import { useFocusOnChange } from '../../hooks/use-focus-on-change';
import { useT } from '../../hooks/use-t';
import { PageHeading } from './heading';
import { PageShell } from './page-shell';
import { panelClass } from './panel-class';

const WIDTHS = { narrow: 'max-w-2xl', medium: 'max-w-3xl', wide: 'max-w-5xl' } as const;

export interface GuestPageProps {
  title: string;
  eyebrow?: string | undefined;
  /** Under the title (the show and its date, what the form is for). */
  lead?: ReactNode;
  children: ReactNode;
  /** When it changes (a step of a form), the heading takes the focus. */
  focusKey?: string | undefined;
  width?: keyof typeof WIDTHS | 'card';
}

export function GuestPage({
  title,
  eyebrow,
  lead,
  children,
  focusKey,
  width = 'narrow',
}: GuestPageProps) {
  const { t } = useT();
  useDocumentTitle(t('meta.page', { page: title }));
  const heading = useFocusOnChange<HTMLHeadingElement>(focusKey);
  if (width === 'card') {
    return (
      <PageShell>
        <section className="relative isolate flex min-h-[88svh] justify-center overflow-hidden px-4 pt-28 pb-16 sm:px-6 sm:pt-32">
          <div
            aria-hidden="true"
            className="absolute inset-0 -z-10 bg-[radial-gradient(ellipse_70%_45%_at_50%_20%,rgb(122_26_51/0.5),transparent_70%)]"
          />
          <div className={`${panelClass({ tone: 'raised' })} w-full max-w-md self-start`}>
            <PageHeading ref={heading} title={title} lead={lead} align="center" size="medium" />
            <div className="mt-6">{children}</div>
          </div>
        </section>
      </PageShell>
    );
  }
  return (
    <PageShell>
      <div className="relative isolate px-4 pt-28 pb-16 sm:px-6 sm:pt-32">
        <div
          aria-hidden="true"
          className="absolute inset-x-0 top-0 -z-10 h-96 bg-[radial-gradient(ellipse_70%_70%_at_50%_0%,rgb(122_26_51/0.45),transparent_70%)]"
        />
        <div className={`mx-auto ${WIDTHS[width]}`}>
          <PageHeading ref={heading} eyebrow={eyebrow} title={title} lead={lead} align="center" />
          <div className="mt-8">{children}</div>
        </div>
      </div>
    </PageShell>
  );
}
