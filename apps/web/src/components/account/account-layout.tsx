// The frame of the signed-in pages: a title, the two tabs (profile, security), the way to the
// staff area for staff, and signing out.
import type { ReactNode } from 'react';
import { Link, NavLink, useNavigate } from 'react-router';
import { useDocumentTitle } from '../../hooks/use-document-title';
import { useT } from '../../hooks/use-t';
import { signOut, type Session } from '../../lib/auth/session';
import { GoldDivider } from '../shared/gold-divider';
import { PageShell } from '../shared/page-shell';
import { buttonSecondary, textLink } from './ui/classes';

const tab = ({ isActive }: { isActive: boolean }) =>
  `inline-flex min-h-11 items-center rounded-full px-5 text-sm font-medium transition-colors ${
    isActive ? 'bg-gold text-night' : 'text-cream hover:text-gold-bright'
  }`;

export function AccountLayout({
  session,
  title,
  children,
}: {
  session: Session;
  title: string;
  children: ReactNode;
}) {
  const { t } = useT();
  const navigate = useNavigate();
  useDocumentTitle(t('meta.page', { page: title }));
  const { user } = session;
  return (
    <PageShell>
      <div className="relative isolate px-4 pt-28 pb-16 sm:px-6 sm:pt-32">
        <div
          aria-hidden="true"
          className="absolute inset-x-0 top-0 -z-10 h-96 bg-[radial-gradient(ellipse_70%_70%_at_50%_0%,rgb(122_26_51/0.45),transparent_70%)]"
        />
        <div className="mx-auto max-w-3xl">
          <p className="text-center text-xs font-semibold tracking-[0.32em] text-gold uppercase">
            {t('account.eyebrow')}
          </p>
          <h1 className="mt-3 text-center font-display text-4xl font-medium text-cream sm:text-5xl">
            {title}
          </h1>
          <GoldDivider className="mt-4" />
          <p className="mt-4 text-center text-sm break-words text-mist">
            {t('account.signedInAs', { email: user.email })}
          </p>
          <div className="mt-6 flex flex-wrap items-center justify-center gap-3">
            <nav
              aria-label={t('account.nav')}
              className="flex rounded-full border border-gold/30 bg-night/60 p-1"
            >
              <NavLink to="/account" end className={tab}>
                {t('account.nav.profile')}
              </NavLink>
              <NavLink to="/account/security" className={tab}>
                {t('account.nav.security')}
              </NavLink>
            </nav>
            <button
              type="button"
              className={buttonSecondary}
              onClick={() => {
                navigate('/');
                void signOut();
              }}
            >
              {t('account.signOut')}
            </button>
          </div>
          {user.roles.length > 0 && (
            <p className="mt-4 text-center text-sm">
              <Link to="/admin" className={textLink}>
                {t('header.staff')}
              </Link>
            </p>
          )}
          <div className="mt-10 space-y-6">{children}</div>
        </div>
      </div>
    </PageShell>
  );
}

/** One section of an account page: a panel with its title. */
export function AccountSection({
  id,
  title,
  lead,
  children,
  tone = 'default',
}: {
  id: string;
  title: string;
  lead?: ReactNode;
  children: ReactNode;
  tone?: 'default' | 'danger';
}) {
  return (
    <section
      aria-labelledby={id}
      className={`rounded-2xl border p-5 sm:p-7 ${
        tone === 'danger' ? 'border-rose-400/25 bg-rose-950/15' : 'border-white/10 bg-ink/80'
      }`}
    >
      <h2 id={id} className="font-display text-2xl font-medium text-cream">
        {title}
      </h2>
      {lead && <div className="mt-1.5 text-sm leading-relaxed text-mist">{lead}</div>}
      <div className="mt-5">{children}</div>
    </section>
  );
}
