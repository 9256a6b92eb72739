// The frame of the signed-in pages: a title, the two tabs (profile, security), the way to the
// staff area for staff, and signing out.
import type { ReactNode } from 'react';
import { useNavigate } from 'react-router';
import { useT } from '../../hooks/use-t';
import { signOut, type Session } from '../../lib/auth/session';
import { Button } from '../shared/button';
import { GuestPage } from '../shared/guest-page';
import { sectionTitleClass } from '../shared/heading-class';
import { Panel } from '../shared/panel';
import { TabNav } from '../shared/tabs';
import { TextLink } from '../shared/text-link';

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
  const { user } = session;
  return (
    <GuestPage
      eyebrow={t('account.eyebrow')}
      title={title}
      width="medium"
      lead={<p className="break-words">{t('account.signedInAs', { email: user.email })}</p>}
    >
      <div className="-mt-2 flex flex-wrap items-center justify-center gap-3">
        <TabNav
          label={t('account.nav')}
          tabs={[
            { to: '/account', label: t('account.nav.profile'), end: true },
            { to: '/account/security', label: t('account.nav.security') },
          ]}
        />
        <Button
          onClick={() => {
            navigate('/');
            void signOut();
          }}
        >
          {t('account.signOut')}
        </Button>
      </div>
      {user.roles.length > 0 && (
        <p className="mt-4 text-center text-sm">
          <TextLink to="/admin">{t('header.staff')}</TextLink>
        </p>
      )}
      <div className="mt-10 space-y-6">{children}</div>
    </GuestPage>
  );
}

/** One section of an account page: a panel with its title. */
export function AccountSection({
  id,
  title,
  lead,
  children,
  tone = 'plain',
}: {
  id: string;
  title: string;
  lead?: ReactNode;
  children: ReactNode;
  tone?: 'plain' | 'danger';
}) {
  return (
    <Panel as="section" tone={tone} padded={false} aria-labelledby={id} className="p-5 sm:p-7">
      <h2 id={id} className={sectionTitleClass}>
        {title}
      </h2>
      {lead && <div className="mt-1.5 text-sm leading-relaxed text-mist">{lead}</div>}
      <div className="mt-5">{children}</div>
    </Panel>
  );
}
