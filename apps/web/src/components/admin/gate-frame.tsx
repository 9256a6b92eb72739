// The frame of the staff area's door (sign-in, 2FA set-up, step-up, "not for you", offline): the
// staff header and one card, in the staff look. Signed in, its foot signs out; signed out, it
// leads back to the site.
import type { ReactNode } from 'react';
import { Link, useNavigate } from 'react-router';
import { useDocumentTitle } from '../../hooks/use-document-title';
import { useFocusOnChange } from '../../hooks/use-focus-on-change';
import { signOut } from '../../lib/auth/session';
import { FanMark } from '../shared/fan-mark';
import { LanguageSwitch } from '../shared/language-switch';
import { Panel } from '../shared/panel';
import { useStaffT } from './staff-messages';

const footLink =
  'inline-flex min-h-10 items-center text-mist underline decoration-gold/40 underline-offset-4 hover:text-gold-bright';

export function GateFrame({
  title,
  pageName = title,
  focusKey,
  signedIn = true,
  children,
}: {
  title: string;
  /** In the document's title, when shorter than the heading. */
  pageName?: string;
  /** When it changes (a step of the sign-in), the heading takes the focus. */
  focusKey?: string;
  signedIn?: boolean;
  children: ReactNode;
}) {
  const { t } = useStaffT();
  const navigate = useNavigate();
  const heading = useFocusOnChange<HTMLHeadingElement>(focusKey);
  const leave = () => {
    navigate('/');
    void signOut();
  };
  useDocumentTitle(t('admin.meta.page', { page: pageName }));
  return (
    <div className="flex min-h-svh flex-col bg-night text-cream">
      <header className="border-b border-white/10 bg-ink">
        <div className="mx-auto flex h-14 max-w-screen-2xl items-center gap-3 px-4 sm:px-6">
          <Link to="/" className="flex items-center gap-2 rounded-sm">
            <FanMark className="h-5 w-auto text-gold" />
            <span className="font-display text-lg leading-none font-semibold">La Diva</span>
            <span className="hidden text-sm text-mist sm:inline">· {t('admin.title')}</span>
          </Link>
          <div className="ml-auto">
            <LanguageSwitch />
          </div>
        </div>
      </header>
      <main
        id="admin-main"
        data-density="compact"
        className="flex flex-1 justify-center px-4 py-10 sm:py-16"
      >
        <Panel tone="raised" className="w-full max-w-lg self-start">
          <FanMark className="h-8 w-auto text-gold/80" />
          <h1
            ref={heading}
            tabIndex={-1}
            className="mt-4 font-display text-3xl font-medium text-cream focus:outline-none"
          >
            {title}
          </h1>
          {children}
        </Panel>
      </main>
      <footer className="px-4 pb-8 text-center text-sm">
        {signedIn ? (
          <button type="button" onClick={leave} className={footLink}>
            {t('account.signOut')}
          </button>
        ) : (
          <Link to="/" className={footLink}>
            {t('admin.back')}
          </Link>
        )}
      </footer>
    </div>
  );
}
