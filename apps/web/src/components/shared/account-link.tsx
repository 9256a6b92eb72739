import { Link } from 'react-router';
import { useT } from '../../hooks/use-t';
import { useSession } from '../../lib/auth/use-session';
import { KeyIcon, PersonIcon } from './icons';

const pill =
  'inline-flex min-h-11 min-w-11 items-center justify-center gap-2 rounded-full border border-gold/35 bg-night/60 px-3 text-sm font-medium text-cream backdrop-blur-sm transition-colors hover:border-gold hover:text-gold-bright sm:px-4';

/**
 * "Sign in", or "My account" (and the staff area for staff, from tablets up). An icon on a phone,
 * where the header has little room; the label is still the link's accessible name. Hidden, not absent, while a
 * reload's session is being restored (or cannot be, offline): nothing moves when it appears.
 */
export function AccountLink() {
  const { t } = useT();
  const state = useSession();
  const user = state.status === 'signed_in' ? state.session.user : null;
  const label = user ? t('header.account') : t('header.signIn');
  return (
    <div
      className={`flex gap-2 ${state.status === 'unknown' || state.status === 'unreachable' ? 'invisible' : ''}`}
    >
      {/* On a phone there is no room: the account page leads to the staff area. */}
      {user && user.roles.length > 0 && (
        <Link to="/admin" className={`${pill} max-md:hidden`}>
          <KeyIcon className="size-5 shrink-0" />
          <span className="max-lg:sr-only">{t('header.staff')}</span>
        </Link>
      )}
      <Link to={user ? '/account' : '/sign-in'} className={pill}>
        <PersonIcon className="size-5 shrink-0" />
        <span className="max-sm:sr-only">{label}</span>
      </Link>
    </div>
  );
}
