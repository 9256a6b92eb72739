// The staff app's frame: a slim header, the navigation (a sidebar on wide screens, a scrolling
// row on phones), who is signed in, and the current page. On paper only the page is printed, in
// black on white (the kitchen sheet, the table plan).
import { Link, Outlet, useNavigate } from 'react-router';
import { useStaffT } from './staff-messages';
import { signOut } from '../../lib/auth/session';
import { useSession } from '../../lib/auth/use-session';
import { PersonIcon } from '../shared/icons';
import { FanMark } from '../shared/fan-mark';
import { LanguageSwitch } from '../shared/language-switch';
import { AdminNav } from './admin-nav';

export function AdminShell() {
  const { t } = useStaffT();
  return (
    <div className="flex min-h-svh flex-col bg-night text-cream print:min-h-0 print:bg-white print:text-black">
      <a
        href="#admin-main"
        className="sr-only z-50 rounded-md bg-gold px-4 py-2 font-medium text-night focus:not-sr-only focus:fixed focus:top-2 focus:left-2"
      >
        {t('a11y.skipLink')}
      </a>
      <header className="border-b border-white/10 bg-ink print:hidden">
        <div className="mx-auto flex h-14 max-w-screen-2xl items-center gap-3 px-4 sm:px-6">
          <Link to="/admin" className="flex items-center gap-2 rounded-sm whitespace-nowrap">
            <FanMark className="h-5 w-auto text-gold" />
            <span className="font-display text-lg leading-none font-semibold">La Diva</span>
            <span className="hidden text-sm text-mist sm:inline">· {t('admin.title')}</span>
          </Link>
          <div className="ml-auto flex items-center gap-2">
            <LanguageSwitch />
            <SignedInAs />
          </div>
        </div>
      </header>
      {/* The shared primitives (buttons, fields, panels…) take their denser staff looks here. */}
      <div
        data-density="compact"
        className="mx-auto w-full max-w-screen-2xl flex-1 lg:grid lg:grid-cols-[12rem_minmax(0,1fr)] lg:gap-8 lg:px-6 print:block print:max-w-none print:p-0"
      >
        <div className="contents print:hidden">
          <AdminNav />
        </div>
        <main
          id="admin-main"
          tabIndex={-1}
          className="min-w-0 px-4 pt-4 pb-12 focus:outline-none sm:px-6 lg:px-0 lg:pt-6 print:p-0"
        >
          <Outlet />
        </main>
      </div>
    </div>
  );
}

/** The staff member's account (name on wide screens) and signing out. */
function SignedInAs() {
  const { t } = useStaffT();
  const navigate = useNavigate();
  const state = useSession();
  if (state.status !== 'signed_in') return null;
  const { user } = state.session;
  return (
    <>
      <Link
        to="/account"
        className="flex min-h-10 items-center gap-1.5 rounded-md px-2 text-sm text-mist hover:text-gold-bright"
      >
        <PersonIcon className="size-5" />
        {/* The name from a laptop up: on a tablet held upright it squeezed the header onto two
            lines (an email address is long). */}
        <span className="max-lg:sr-only">{user.displayName ?? user.email}</span>
        <span className="sr-only"> · {t('header.account')}</span>
      </Link>
      <button
        type="button"
        onClick={() => {
          navigate('/');
          void signOut();
        }}
        className="min-h-10 rounded-md px-2 text-sm whitespace-nowrap text-mist hover:text-gold-bright max-sm:hidden"
      >
        {t('account.signOut')}
      </button>
    </>
  );
}
