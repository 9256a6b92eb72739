// Sign-in: email and password, then (when the account has one) the second factor. `?next=` says
// where to go afterwards; an unverified email can have its link sent again from here. The steps
// are shared with the staff area's door, which words them for the team (shared/sign-in).
import { useState } from 'react';
import { Navigate, useSearchParams } from 'react-router';
import { useT } from '../../hooks/use-t';
import { useSession } from '../../lib/auth/use-session';
import { resendVerification } from './api/auth-api';
import { GuestPage } from '../shared/guest-page';
import { errorMessage } from '../../lib/api/error-message';
import { destinationAfterSignIn } from './ui/safe-next';
import { CodeStep, PasswordStep } from '../shared/sign-in/sign-in-steps';
import { useSignIn } from '../shared/sign-in/use-sign-in';
import { LinkButton, TextLink } from '../shared/text-link';
import { Alert } from '../shared/alert';

export default function SignInPage() {
  const { t, locale } = useT();
  const [params] = useSearchParams();
  const next = params.get('next');
  const session = useSession();
  // The confirmation email was sent again (until the next attempt).
  const [resent, setResent] = useState(false);
  const [flow, { passwordInput, codeInput }] = useSignIn({ onAttempt: () => setResent(false) });

  if (session.status === 'signed_in') {
    return <Navigate to={destinationAfterSignIn(next, session.session.user)} replace />;
  }

  async function resend() {
    flow.setPending(true);
    try {
      await resendVerification(flow.email.trim(), locale);
      setResent(true);
      flow.setError(null);
    } catch (failure) {
      flow.setError(errorMessage(t, failure));
    } finally {
      flow.setPending(false);
    }
  }

  if (flow.challenge) {
    return (
      <GuestPage width="card" title={t('auth.mfa.title')} lead={t('auth.mfa.lead')} focusKey="mfa">
        <CodeStep flow={flow} inputRef={codeInput} />
      </GuestPage>
    );
  }

  const unverified = flow.failure === 'EMAIL_NOT_VERIFIED';
  return (
    <GuestPage
      width="card"
      title={t('auth.signIn.title')}
      lead={t('auth.signIn.lead')}
      focusKey="password"
    >
      <PasswordStep
        flow={flow}
        inputRef={passwordInput}
        alert={
          flow.error ? (
            <Alert tone="error">
              <p>{flow.error}</p>
              {unverified && !resent && (
                <LinkButton onClick={() => void resend()} disabled={flow.pending}>
                  {t('auth.signIn.resend')}
                </LinkButton>
              )}
            </Alert>
          ) : (
            <Alert tone="success">{resent ? t('auth.signIn.resent') : null}</Alert>
          )
        }
      />
      <p className="mt-6 border-t border-white/10 pt-5 text-center text-sm text-mist">
        {t('auth.signIn.noAccount')} <TextLink to="/sign-up">{t('auth.signIn.signUp')}</TextLink>
      </p>
    </GuestPage>
  );
}
