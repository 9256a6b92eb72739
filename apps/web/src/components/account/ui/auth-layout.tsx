import type { ReactNode } from 'react';
import { useFocusOnChange } from '../../../hooks/use-focus-on-change';
import { useDocumentTitle } from '../../../hooks/use-document-title';
import { useT } from '../../../hooks/use-t';
import { GoldDivider } from '../../shared/gold-divider';
import { PageShell } from '../../shared/page-shell';
import { card } from './classes';

interface AuthLayoutProps {
  title: string;
  lead?: ReactNode;
  children: ReactNode;
  /** A step inside the page (e.g. the second factor): the heading takes focus when it changes. */
  step?: string;
}

/** A single card on the velvet night: sign-in, sign-up and the pages opened from an email. */
export function AuthLayout({ title, lead, children, step }: AuthLayoutProps) {
  const { t } = useT();
  useDocumentTitle(t('meta.page', { page: title }));
  const heading = useFocusOnChange<HTMLHeadingElement>(step);
  return (
    <PageShell>
      <section className="relative isolate flex min-h-[88svh] justify-center overflow-hidden px-4 pt-28 pb-16 sm:px-6 sm:pt-32">
        <div
          aria-hidden="true"
          className="absolute inset-0 -z-10 bg-[radial-gradient(ellipse_70%_45%_at_50%_20%,rgb(122_26_51/0.5),transparent_70%)]"
        />
        <div className={`${card} w-full max-w-md self-start`}>
          <h1
            ref={heading}
            tabIndex={-1}
            className="text-center font-display text-3xl leading-tight font-medium text-balance text-cream focus:outline-none sm:text-4xl"
          >
            {title}
          </h1>
          <GoldDivider className="mt-4" />
          {lead && <div className="mt-4 text-center text-sm leading-relaxed text-mist">{lead}</div>}
          <div className="mt-6">{children}</div>
        </div>
      </section>
    </PageShell>
  );
}
