// The staff area's door: signed-in staff only, and only once their second factor is set up (every
// staff role needs one). Anyone else is sent to sign in, or told kindly that this is not for them.
import { useState, type ReactNode } from 'react';
import { Link, Navigate, useLocation, useNavigate } from 'react-router';
import { useDocumentTitle } from '../../hooks/use-document-title';
import { useStaffT } from './staff-messages';
import { signOut } from '../../lib/auth/session';
import { useSession } from '../../lib/auth/use-session';
import { TotpEnrolment } from '../shared/mfa/totp-enrolment';
import { FanMark } from '../shared/fan-mark';
import { LanguageSwitch } from '../shared/language-switch';
import { RouteFallback } from '../shared/route-fallback';
import { Button, ButtonLink } from '../shared/button';
import { Panel } from '../shared/panel';

export function StaffGate({ children }: { children: ReactNode }) {
  const state = useSession();
  const location = useLocation();
  // Once the enrolment screen has started, it stays until its recovery codes are acknowledged,
  // even though the session turns aal2 as soon as the first code is confirmed.
  const [enrolment, setEnrolment] = useState<'none' | 'active' | 'done'>('none');

  if (state.status === 'unknown') return <RouteFallback />;
  if (state.status === 'signed_out') {
    const next = encodeURIComponent(location.pathname + location.search);
    return <Navigate to={`/sign-in?next=${next}`} replace />;
  }
  const { user, mfaEnrollmentRequired } = state.session;
  if (user.roles.length === 0) return <NotForYou />;
  const mustEnrol = mfaEnrollmentRequired || !user.mfaEnabled;
  if (mustEnrol && enrolment === 'none') setEnrolment('active');
  if (enrolment === 'active' || (mustEnrol && enrolment === 'none')) {
    return <EnrolmentScreen onDone={() => setEnrolment('done')} />;
  }
  if (user.aal !== 'aal2') return <StepUpScreen />;
  return children;
}

function GateFrame({ title, children }: { title: string; children: ReactNode }) {
  const { t } = useStaffT();
  const navigate = useNavigate();
  const leave = () => {
    navigate('/');
    void signOut();
  };
  useDocumentTitle(t('admin.meta.page', { page: title }));
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
          <h1 className="mt-4 font-display text-3xl font-medium text-cream">{title}</h1>
          {children}
        </Panel>
      </main>
      <footer className="px-4 pb-8 text-center text-sm">
        <button
          type="button"
          onClick={leave}
          className="min-h-10 text-mist underline decoration-gold/40 underline-offset-4 hover:text-gold-bright"
        >
          {t('account.signOut')}
        </button>
      </footer>
    </div>
  );
}

function EnrolmentScreen({ onDone }: { onDone: () => void }) {
  const { t } = useStaffT();
  return (
    <GateFrame title={t('admin.gate.enrolTitle')}>
      <p className="mt-2 mb-6 text-sm leading-relaxed text-mist">{t('admin.gate.enrolText')}</p>
      <TotpEnrolment onDone={onDone} />
    </GateFrame>
  );
}

/** Sign out, then back to sign-in with a return to where this person wanted to go. */
function useSignInAgain() {
  const navigate = useNavigate();
  const location = useLocation();
  return () => {
    void signOut();
    navigate(`/sign-in?next=${encodeURIComponent(location.pathname + location.search)}`);
  };
}

function StepUpScreen() {
  const { t } = useStaffT();
  const signInAgain = useSignInAgain();
  return (
    <GateFrame title={t('admin.gate.stepUpTitle')}>
      <p className="mt-2 text-sm leading-relaxed text-mist">{t('admin.gate.stepUpText')}</p>
      <Button variant="primary" onClick={signInAgain} className="mt-6">
        {t('admin.gate.signInAgain')}
      </Button>
    </GateFrame>
  );
}

function NotForYou() {
  const { t } = useStaffT();
  const signInAgain = useSignInAgain();
  return (
    <GateFrame title={t('admin.gate.forbiddenTitle')}>
      <p className="mt-2 text-sm leading-relaxed text-mist">{t('admin.gate.forbiddenText')}</p>
      <div className="mt-6 flex flex-wrap gap-3">
        <ButtonLink variant="primary" to="/account">
          {t('header.account')}
        </ButtonLink>
        <ButtonLink to="/">{t('admin.back')}</ButtonLink>
        <Button onClick={signInAgain}>{t('admin.gate.otherAccount')}</Button>
      </div>
    </GateFrame>
  );
}
