// Opened from the verification email: confirms the address (a new account's, or the new address
// of an existing one) and leads to sign-in. A spent or expired link can be sent again.
import { useEffect, useState } from 'react';
import { useT } from '../../hooks/use-t';
import { useSession } from '../../lib/auth/use-session';
import { resendVerification, verifyEmail } from './api/auth-api';
import { GuestPage } from '../shared/guest-page';
import { errorCode, errorMessage } from '../../lib/api/error-message';
import { useLinkToken } from '../../hooks/use-link-token';
import { once } from '../../lib/once';
import { TextField } from '../shared/field';
import { useEmailRequest } from '../../hooks/use-email-request';
import { Alert } from '../shared/alert';
import { Button, ButtonLink } from '../shared/button';

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
      <GuestPage width="card" title={t('auth.verify.title')} focusKey={state}>
        <p role="status" className="text-center text-mist">
          {t('auth.verify.pending')}
        </p>
      </GuestPage>
    );
  }
  if (state === 'verified') {
    return (
      <GuestPage
        width="card"
        title={t('auth.verify.doneTitle')}
        lead={t('auth.verify.doneText')}
        focusKey={state}
      >
        <ButtonLink variant="primary" to={signedIn ? '/account' : '/sign-in'} className="w-full">
          {signedIn ? t('auth.toAccount') : t('auth.signIn.submit')}
        </ButtonLink>
      </GuestPage>
    );
  }
  if (state === 'failed') {
    return (
      <GuestPage width="card" title={t('auth.verify.title')} focusKey={state}>
        <Alert tone="error" className="mb-5">
          {error}
        </Alert>
        <Button
          variant="primary"
          className="w-full"
          onClick={() => {
            setState('verifying');
            setRound((value) => value + 1);
          }}
        >
          {t('auth.retry')}
        </Button>
      </GuestPage>
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
    <GuestPage
      width="card"
      title={t('auth.link.invalidTitle')}
      lead={t('auth.verify.invalidText')}
      focusKey="invalid"
    >
      <form noValidate onSubmit={submit} className="space-y-5">
        <Alert tone="error">{error}</Alert>
        {!error && <Alert tone="success">{sent ? t('auth.signIn.resent') : null}</Alert>}
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
            <Button type="submit" variant="primary" disabled={pending} className="w-full">
              {t('auth.signIn.resend')}
            </Button>
          </>
        )}
        <ButtonLink to="/sign-in" className="w-full">
          {t('auth.signIn.submit')}
        </ButtonLink>
      </form>
    </GuestPage>
  );
}
