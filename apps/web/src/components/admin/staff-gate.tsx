// The staff area's door: signed-in staff only, and only once their second factor is set up (every
// staff role needs one). A signed-out visitor signs in right here, in the staff area's own words;
// a guest is told kindly that this is not for them. A page reloaded offline, whose session could
// not be checked, says so and retries: it never shows the sign-in, as if signed out.
import { useState, type ReactNode } from 'react';
import { useStaffT } from './staff-messages';
import { signOut } from '../../lib/auth/session';
import { useSession } from '../../lib/auth/use-session';
import { TotpEnrolment } from '../shared/mfa/totp-enrolment';
import { RouteFallback } from '../shared/route-fallback';
import { SessionUnreachable } from '../shared/session-unreachable';
import { Button, ButtonLink } from '../shared/button';
import { GateFrame } from './gate-frame';
import { StaffSignIn } from './staff-sign-in';

export function StaffGate({ children }: { children: ReactNode }) {
  const state = useSession();
  // Once the enrolment screen has started, it stays until its recovery codes are acknowledged,
  // even though the session turns aal2 as soon as the first code is confirmed.
  const [enrolment, setEnrolment] = useState<'none' | 'active' | 'done'>('none');

  if (state.status === 'unknown') return <RouteFallback />;
  if (state.status === 'unreachable') {
    return (
      <SessionUnreachable
        frame={(title, body) => (
          <GateFrame title={title} signedIn={false}>
            {body}
          </GateFrame>
        )}
      />
    );
  }
  if (state.status === 'signed_out') return <StaffSignIn />;
  const { user, mfaEnrollmentRequired } = state.session;
  if (user.roles.length === 0) return <NotForYou />;
  const mustEnrol = mfaEnrollmentRequired || !user.mfaEnabled;
  if (mustEnrol && enrolment === 'none') setEnrolment('active');
  if (enrolment === 'active' || (mustEnrol && enrolment === 'none')) {
    return (
      <EnrolmentScreen
        onDone={() => {
          // The staff app opens at its top, not where the codes' button was (low on a phone).
          window.scrollTo(0, 0);
          setEnrolment('done');
        }}
      />
    );
  }
  if (user.aal !== 'aal2') return <StepUpScreen />;
  return children;
}

function EnrolmentScreen({ onDone }: { onDone: () => void }) {
  const { t } = useStaffT();
  return (
    <GateFrame title={t('admin.gate.enrolTitle')}>
      <p className="mt-2 mb-6 text-sm leading-relaxed text-mist">{t('admin.gate.enrolText')}</p>
      {/* Mostly right after signing in: the password just typed is not asked again. */}
      <TotpEnrolment onDone={onDone} afterSignIn />
    </GateFrame>
  );
}

/** Signs out: the door then asks to sign in, here, with the address kept. */
const signInAgain = () => void signOut();

function StepUpScreen() {
  const { t } = useStaffT();
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
