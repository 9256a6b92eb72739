// The frame of the booking pages: the site's shell, a velvet glow, an eyebrow and the title.
import type { ReactNode } from 'react';
import { useFocusOnChange } from '../../../hooks/use-focus-on-change';
import { useDocumentTitle } from '../../../hooks/use-document-title';
import { useT } from '../../../hooks/use-t';
import { GoldDivider } from '../../shared/gold-divider';
import { PageShell } from '../../shared/page-shell';

interface BookingLayoutProps {
  eyebrow?: string;
  title: string;
  /** Under the title (e.g. the show and the date). */
  lead?: ReactNode;
  children: ReactNode;
  /** When it changes (a step of the flow), the heading takes the focus. */
  focusKey?: string;
  width?: 'narrow' | 'wide';
}

export function BookingLayout(props: BookingLayoutProps) {
  const { eyebrow, title, lead, children, focusKey, width = 'narrow' } = props;
  const { t } = useT();
  useDocumentTitle(t('meta.page', { page: title }));
  const heading = useFocusOnChange<HTMLHeadingElement>(focusKey);
  return (
    <PageShell>
      <div className="relative isolate px-4 pt-28 pb-16 sm:px-6 sm:pt-32">
        <div
          aria-hidden="true"
          className="absolute inset-x-0 top-0 -z-10 h-96 bg-[radial-gradient(ellipse_70%_70%_at_50%_0%,rgb(122_26_51/0.45),transparent_70%)]"
        />
        <div className={`mx-auto ${width === 'wide' ? 'max-w-5xl' : 'max-w-2xl'}`}>
          {eyebrow && (
            <p className="text-center text-xs font-semibold tracking-[0.32em] text-gold uppercase">
              {eyebrow}
            </p>
          )}
          <h1
            ref={heading}
            tabIndex={-1}
            className="mt-3 text-center font-display text-4xl leading-tight font-medium text-balance text-cream focus:outline-none sm:text-5xl"
          >
            {title}
          </h1>
          <GoldDivider className="mt-4" />
          {lead && <div className="mt-4 text-center text-sm text-mist">{lead}</div>}
          <div className="mt-8">{children}</div>
        </div>
      </div>
    </PageShell>
  );
}
