// Opened from the "forgot password" email: a new password, and the second factor when the account
// has one (a reset link alone never bypasses it). Every session ends; then sign in again.
import { useRef, useState, type FormEvent } from 'react';
import { useT } from '../../hooks/use-t';
import { resetPassword } from './api/auth-api';
import { useLinkInfo } from './api/use-link-info';
import { GuestPage } from '../shared/guest-page';
import { errorCode, errorMessage } from '../../lib/api/error-message';
import { LinkStates } from './ui/link-states';
import { useLinkToken } from '../../hooks/use-link-token';
import { passwordTooShort } from '../../lib/validation';
import { SecondFactorField } from '../shared/mfa/second-factor-field';
import { toSecondFactor, type FactorMode } from '../../lib/auth/second-factor';
import { NewPasswordField } from '../shared/password-field';
import { Alert } from '../shared/alert';
import { Button, ButtonLink } from '../shared/button';

export default function ResetPasswordPage() {
  const { t } = useT();
  const token = useLinkToken();
  const link = useLinkInfo(token, 'password_reset');
  const [password, setPassword] = useState('');
  const [askCode, setAskCode] = useState(false);
  const [mode, setMode] = useState<FactorMode>('totp');
  const [code, setCode] = useState('');
  const [errors, setErrors] = useState<{ password?: string; code?: string }>({});
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const [done, setDone] = useState(false);
  const passwordInput = useRef<HTMLInputElement>(null);
  const codeInput = useRef<HTMLInputElement>(null);

  if (link.status !== 'ready') {
    return (
      <LinkStates
        state={link}
        title={t('auth.reset.title')}
        invalidText={t('auth.reset.invalidText')}
        invalidAction={
          <ButtonLink variant="primary" to="/forgot-password" className="w-full">
            {t('auth.reset.again')}
          </ButtonLink>
        }
      />
    );
  }
  const needsCode = askCode || link.info.mfaRequired === true;

  if (done) {
    return (
      <GuestPage
        width="card"
        title={t('auth.reset.doneTitle')}
        lead={t('auth.reset.doneText')}
        focusKey="done"
      >
        <ButtonLink variant="primary" to="/sign-in" className="w-full">
          {t('auth.signIn.submit')}
        </ButtonLink>
      </GuestPage>
    );
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    const factor = needsCode ? toSecondFactor(mode, code) : undefined;
    const found = {
      ...(passwordTooShort(password) ? { password: t('error.weakPassword.too_short') } : {}),
      ...(factor === null
        ? { code: mode === 'totp' ? t('auth.mfa.codeInvalid') : t('auth.mfa.recoveryInvalid') }
        : {}),
    };
    setErrors(found);
    if (found.password) return passwordInput.current?.focus();
    if (found.code || !token || factor === null) return codeInput.current?.focus();
    setPending(true);
    try {
      await resetPassword(token, password, factor);
      setDone(true);
    } catch (failure) {
      const failed = errorCode(failure);
      if (failed === 'MFA_REQUIRED') {
        setAskCode(true);
        setError(t('auth.reset.codeNeeded'));
      } else if (failed === 'WEAK_PASSWORD') {
        setErrors({ password: errorMessage(t, failure) });
        passwordInput.current?.focus();
      } else {
        setError(errorMessage(t, failure));
        if (failed === 'INVALID_CODE') setCode('');
      }
    } finally {
      setPending(false);
    }
  }

  return (
    <GuestPage
      width="card"
      title={t('auth.reset.title')}
      lead={link.info.email ? t('auth.reset.lead', { email: link.info.email }) : undefined}
      focusKey="form"
    >
      <form noValidate onSubmit={submit} className="space-y-5">
        <Alert tone="error">{error}</Alert>
        {/* For password managers: the account this new password belongs to. */}
        {link.info.email && (
          <input type="hidden" autoComplete="username" value={link.info.email} readOnly />
        )}
        <NewPasswordField
          ref={passwordInput}
          label={t('auth.password.new')}
          required
          error={errors.password}
          value={password}
          onChange={(event) => setPassword(event.target.value)}
        />
        {needsCode && (
          <SecondFactorField
            ref={codeInput}
            mode={mode}
            value={code}
            onChange={setCode}
            onModeChange={setMode}
            error={errors.code}
          />
        )}
        <Button type="submit" variant="primary" disabled={pending} className="w-full">
          {pending ? t('auth.pending') : t('auth.reset.submit')}
        </Button>
      </form>
    </GuestPage>
  );
}
