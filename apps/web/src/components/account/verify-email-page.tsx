// Opened from the verification email: confirms the address (a new account's, or the new address
// of an existing one) and leads to sign-in. A spent or expired link can be sent again.
import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { useT } from '../../hooks/use-t';
import { useSession } from '../../lib/auth/use-session';
import { resendVerification, verifyEmail } from './api/auth-api';
import { AuthLayout } from './ui/auth-layout';
import { buttonPrimary, buttonSecondary } from './ui/classes';
import { errorCode, errorMessage } from './ui/error-message';
import { FormAlert } from './ui/form-alert';
import { once, useLinkToken } from './ui/link-token';
import { TextField } from './ui/text-field';
import { useEmailRequest } from './ui/use-email-request';

type State = 'verifying' | 'verified' | 'invalid' | 'failed';

export default function VerifyEmailPage() {
  const { t } = useT();
  const token = useLinkToken();
  const signedIn = useSession().status === 'signed_in';
  const [state, setState] = useState<State>(token ? 'verifying' : 'invalid');
  const [error, setError] = useState<string | null>(null);
  const [round, setRound] = useState(0);

  useEffect(() => {
    if (!token) return;
    let live = true;
    once(`verify:${token}:${round}`, () => verifyEmail(token)).then(
      () => live && setState('verified'),
      (failure: unknown) => {
        if (!live) return;
        if (errorCode(failure) === 'INVALID_LINK') setState('invalid');
        else {
          setError(errorMessage(t, failure));
          setState('failed');
        }
      },
    );
    return () => {
      live = false;
    };
  }, [token, round, t]);

  if (state === 'verifying') {
    return (
      <AuthLayout title={t('auth.verify.title')} step={state}>
        <p role="status" className="text-center text-mist">
          {t('auth.verify.pending')}
        </p>
      </AuthLayout>
    );
  }
  if (state === 'verified') {
    return (
      <AuthLayout title={t('auth.verify.doneTitle')} lead={t('auth.verify.doneText')} step={state}>
        <Link to={signedIn ? '/account' : '/sign-in'} className={`${buttonPrimary} w-full`}>
          {signedIn ? t('auth.toAccount') : t('auth.signIn.submit')}
        </Link>
      </AuthLayout>
    );
  }
  if (state === 'failed') {
    return (
      <AuthLayout title={t('auth.verify.title')} step={state}>
        <FormAlert error={error} className="mb-5" />
        <button
          type="button"
          className={`${buttonPrimary} w-full`}
          onClick={() => {
            setState('verifying');
            setRound((value) => value + 1);
          }}
        >
          {t('auth.retry')}
        </button>
      </AuthLayout>
    );
  }
  return <InvalidLink />;
}

/** The link was used, has expired or was mangled: send a fresh one. */
function InvalidLink() {
  const { t, locale } = useT();
  const { email, setEmail, fieldError, error, sentTo, pending, submit } = useEmailRequest(
    (address) => resendVerification(address, locale),
  );
  const sent = sentTo !== null;

  return (
    <AuthLayout
      title={t('auth.link.invalidTitle')}
      lead={t('auth.verify.invalidText')}
      step="invalid"
    >
      <form noValidate onSubmit={submit} className="space-y-5">
        <FormAlert error={error} success={sent ? t('auth.signIn.resent') : null} />
        {!sent && (
          <>
            <TextField
              label={t('auth.email')}
              type="email"
              autoComplete="email"
              inputMode="email"
              autoCapitalize="none"
              required
              error={fieldError}
              value={email}
              onChange={(event) => setEmail(event.target.value)}
            />
            <button type="submit" disabled={pending} className={`${buttonPrimary} w-full`}>
              {t('auth.signIn.resend')}
            </button>
          </>
        )}
        <Link to="/sign-in" className={`${buttonSecondary} w-full`}>
          {t('auth.signIn.submit')}
        </Link>
      </form>
    </AuthLayout>
  );
}
