// Sign-in: email and password, then (when the account has one) the second factor. `?next=` says
// where to go afterwards; an unverified email can have its link sent again from here.
import type { MfaChallenge } from '@ladiva/contract/auth';
import { useRef, useState, type FormEvent } from 'react';
import { Navigate, useSearchParams } from 'react-router';
import { useT } from '../../hooks/use-t';
import { setSession } from '../../lib/auth/session';
import { useSession } from '../../lib/auth/use-session';
import { resendVerification, signIn, verifyMfa } from './api/auth-api';
import { GuestPage } from '../shared/guest-page';
import { errorCode, errorMessage } from '../../lib/api/error-message';
import { destinationAfterSignIn } from './ui/safe-next';
import { SecondFactorField } from '../shared/mfa/second-factor-field';
import { toSecondFactor, type FactorMode } from '../../lib/auth/second-factor';
import { EmailField } from '../shared/field';
import { CurrentPasswordField } from '../shared/password-field';
import { LinkButton, TextLink } from '../shared/text-link';
import { Button } from '../shared/button';
import { Alert } from '../shared/alert';

export default function SignInPage() {
  const { t, locale } = useT();
  const [params] = useSearchParams();
  const next = params.get('next');
  const session = useSession();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [challenge, setChallenge] = useState<MfaChallenge | null>(null);
  const [mode, setMode] = useState<FactorMode>('totp');
  const [code, setCode] = useState('');
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [unverified, setUnverified] = useState(false);
  const [resent, setResent] = useState(false);
  const passwordInput = useRef<HTMLInputElement>(null);
  const codeInput = useRef<HTMLInputElement>(null);

  if (session.status === 'signed_in') {
    return <Navigate to={destinationAfterSignIn(next, session.session.user)} replace />;
  }

  async function submitPassword(event: FormEvent) {
    event.preventDefault();
    if (!email.trim() || !password) {
      setError(t('auth.signIn.missing'));
      return;
    }
    setError(null);
    setUnverified(false);
    setResent(false);
    setPending(true);
    try {
      const answer = await signIn(email.trim(), password);
      if (answer.status === 'signed_in') setSession(answer);
      else {
        setChallenge(answer);
        setMode(answer.methods.includes('totp') ? 'totp' : 'recovery');
        setCode('');
      }
    } catch (failure) {
      setError(errorMessage(t, failure));
      if (errorCode(failure) === 'EMAIL_NOT_VERIFIED') setUnverified(true);
      if (errorCode(failure) === 'INVALID_CREDENTIALS') passwordInput.current?.select();
    } finally {
      setPending(false);
    }
  }

  async function submitCode(event: FormEvent) {
    event.preventDefault();
    if (!challenge) return;
    setError(null);
    const factor = toSecondFactor(mode, code);
    if (!factor) {
      setFieldError(mode === 'totp' ? t('auth.mfa.codeInvalid') : t('auth.mfa.recoveryInvalid'));
      codeInput.current?.focus();
      return;
    }
    setFieldError(null);
    setPending(true);
    try {
      setSession(await verifyMfa(challenge.mfaToken, factor));
    } catch (failure) {
      if (errorCode(failure) === 'UNAUTHENTICATED') {
        // The challenge expired: start again from the password.
        setChallenge(null);
        setPassword('');
        setError(t('auth.mfa.expired'));
      } else {
        setError(errorMessage(t, failure));
        setCode('');
        codeInput.current?.focus();
      }
    } finally {
      setPending(false);
    }
  }

  async function resend() {
    setPending(true);
    try {
      await resendVerification(email.trim(), locale);
      setResent(true);
      setError(null);
    } catch (failure) {
      setError(errorMessage(t, failure));
    } finally {
      setPending(false);
    }
  }

  if (challenge) {
    return (
      <GuestPage width="card" title={t('auth.mfa.title')} lead={t('auth.mfa.lead')} focusKey="mfa">
        <form noValidate onSubmit={submitCode} className="space-y-5">
          <Alert tone="error">{error}</Alert>
          <SecondFactorField
            ref={codeInput}
            mode={mode}
            value={code}
            onChange={setCode}
            onModeChange={challenge.methods.length > 1 ? setMode : undefined}
            error={fieldError}
          />
          <Button type="submit" variant="primary" disabled={pending} className="w-full">
            {pending ? t('auth.pending') : t('auth.mfa.submit')}
          </Button>
          <LinkButton
            onClick={() => {
              setChallenge(null);
              setError(null);
              setPassword('');
            }}
          >
            {t('auth.mfa.back')}
          </LinkButton>
        </form>
      </GuestPage>
    );
  }

  return (
    <GuestPage
      width="card"
      title={t('auth.signIn.title')}
      lead={t('auth.signIn.lead')}
      focusKey="password"
    >
      <form noValidate onSubmit={submitPassword} className="space-y-5">
        {error ? (
          <Alert tone="error">
            <p>{error}</p>
            {unverified && !resent && (
              <LinkButton onClick={resend} disabled={pending}>
                {t('auth.signIn.resend')}
              </LinkButton>
            )}
          </Alert>
        ) : (
          <Alert tone="success">{resent ? t('auth.signIn.resent') : null}</Alert>
        )}
        <EmailField
          label={t('auth.email')}
          autoComplete="username"
          required
          value={email}
          onChange={(event) => setEmail(event.target.value)}
        />
        <CurrentPasswordField
          ref={passwordInput}
          label={t('auth.password')}
          value={password}
          onChange={(event) => setPassword(event.target.value)}
        />
        <p className="-mt-2 text-right text-sm">
          <TextLink to="/forgot-password">{t('auth.signIn.forgot')}</TextLink>
        </p>
        <Button type="submit" variant="primary" disabled={pending} className="w-full">
          {pending ? t('auth.pending') : t('auth.signIn.submit')}
        </Button>
      </form>
      <p className="mt-6 border-t border-white/10 pt-5 text-center text-sm text-mist">
        {t('auth.signIn.noAccount')} <TextLink to="/sign-up">{t('auth.signIn.signUp')}</TextLink>
      </p>
    </GuestPage>
  );
}
