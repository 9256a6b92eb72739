// The state of a sign-in: email and password, then (when the account has one) the second factor.
// The guest's sign-in page and the staff area's door hold one each and word it their own way; a
// success puts the session in place (lib/auth/session.ts), and each decides where that leads.
import type { MfaChallenge } from '@ladiva/contract/auth';
import { useRef, useState, type FormEvent } from 'react';
import { useT } from '../../../hooks/use-t';
import { errorCode, errorMessage } from '../../../lib/api/error-message';
import { toSecondFactor, type FactorMode } from '../../../lib/auth/second-factor';
import { setSession } from '../../../lib/auth/session';
import { signIn, verifyMfa } from '../../../lib/auth/sign-in-api';

/** `onAttempt`: each time the password is sent (a page resets what it showed of the last one). */
export function useSignIn({ onAttempt }: { onAttempt?: () => void } = {}) {
  const { t } = useT();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [challenge, setChallenge] = useState<MfaChallenge | null>(null);
  const [mode, setMode] = useState<FactorMode>('totp');
  const [code, setCode] = useState('');
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  /** The code of the last refusal (the guest's page offers to resend an unconfirmed email). */
  const [failure, setFailure] = useState<string | null>(null);
  const [fieldError, setFieldError] = useState<string | null>(null);
  const passwordInput = useRef<HTMLInputElement>(null);
  const codeInput = useRef<HTMLInputElement>(null);

  function fail(text: string | null, code: string | null = null) {
    setError(text);
    setFailure(code);
  }

  async function submitPassword(event: FormEvent) {
    event.preventDefault();
    onAttempt?.();
    if (!email.trim() || !password) return fail(t('auth.signIn.missing'));
    fail(null);
    setPending(true);
    try {
      const answer = await signIn(email.trim(), password);
      if (answer.status === 'signed_in') setSession(answer);
      else {
        setChallenge(answer);
        setMode(answer.methods.includes('totp') ? 'totp' : 'recovery');
        setCode('');
      }
    } catch (caught) {
      fail(errorMessage(t, caught), errorCode(caught));
      if (errorCode(caught) === 'INVALID_CREDENTIALS') passwordInput.current?.select();
    } finally {
      setPending(false);
    }
  }

  async function submitCode(event: FormEvent) {
    event.preventDefault();
    if (!challenge) return;
    fail(null);
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
    } catch (caught) {
      if (errorCode(caught) === 'UNAUTHENTICATED') {
        // The challenge expired: start again from the password.
        backToPassword();
        fail(t('auth.mfa.expired'));
      } else {
        fail(errorMessage(t, caught), errorCode(caught));
        setCode('');
        codeInput.current?.focus();
      }
    } finally {
      setPending(false);
    }
  }

  function backToPassword() {
    setChallenge(null);
    setPassword('');
    fail(null);
  }

  const flow = {
    email,
    setEmail,
    password,
    setPassword,
    challenge,
    mode,
    setMode,
    code,
    setCode,
    pending,
    setPending,
    error,
    setError,
    failure,
    fieldError,
    submitPassword,
    submitCode,
    backToPassword,
  };
  // Apart from the state: the fields these refs go to are focused from the handlers only.
  return [flow, { passwordInput, codeInput }] as const;
}

export type SignInFlow = ReturnType<typeof useSignIn>[0];
