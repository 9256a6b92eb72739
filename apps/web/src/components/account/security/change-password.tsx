import { useRef, useState, type FormEvent } from 'react';
import { useT } from '../../../hooks/use-t';
import type { Session } from '../../../lib/auth/session';
import { AccountSection } from '../account-layout';
import { changePassword } from '../api/account-api';
import { errorCode, errorMessage } from '../../../lib/api/error-message';
import { passwordTooShort } from '../../../lib/validation';
import { checkReauth, reauthBody, type ReauthErrors, type ReauthValues } from '../ui/reauth';
import { ReauthFields } from '../ui/reauth-fields';
import { NewPasswordField } from '../../shared/password-field';
import { Button } from '../../shared/button';
import { Alert } from '../../shared/alert';

const EMPTY: ReauthValues = { password: '', code: '' };

export function ChangePassword({ session }: { session: Session }) {
  const { t } = useT();
  const mfa = session.user.mfaEnabled;
  const [values, setValues] = useState(EMPTY);
  const [newPassword, setNewPassword] = useState('');
  const [errors, setErrors] = useState<ReauthErrors & { newPassword?: string }>({});
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState(false);
  const [pending, setPending] = useState(false);
  const currentInput = useRef<HTMLInputElement>(null);
  const codeInput = useRef<HTMLInputElement>(null);
  const newInput = useRef<HTMLInputElement>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    setDone(false);
    const found = {
      ...checkReauth(t, values, mfa),
      ...(passwordTooShort(newPassword) ? { newPassword: t('error.weakPassword.too_short') } : {}),
    };
    setErrors(found);
    if (found.password) return currentInput.current?.focus();
    if (found.code) return codeInput.current?.focus();
    if (found.newPassword) return newInput.current?.focus();
    setPending(true);
    try {
      await changePassword({ ...reauthBody(values, mfa), newPassword });
      setValues(EMPTY);
      setNewPassword('');
      setDone(true);
    } catch (failure) {
      const code = errorCode(failure);
      if (code === 'WEAK_PASSWORD') {
        setErrors({ newPassword: errorMessage(t, failure) });
        newInput.current?.focus();
      } else if (code === 'INVALID_CREDENTIALS') {
        setErrors({ password: t('account.wrongPassword') });
        currentInput.current?.focus();
      } else setError(errorMessage(t, failure));
    } finally {
      setPending(false);
    }
  }

  return (
    <AccountSection id="password-title" title={t('security.password.title')}>
      <form noValidate onSubmit={submit} className="space-y-5">
        {/* For password managers: the account whose password changes. */}
        <input type="text" autoComplete="username" value={session.user.email} readOnly hidden />
        <ReauthFields
          ref={currentInput}
          codeRef={codeInput}
          mfa={mfa}
          values={values}
          onChange={setValues}
          errors={errors}
        />
        <NewPasswordField
          ref={newInput}
          label={t('auth.password.new')}
          error={errors.newPassword}
          value={newPassword}
          onChange={(event) => setNewPassword(event.target.value)}
        />
        <Alert tone="error">{error}</Alert>
        {!error && <Alert tone="success">{done ? t('security.password.done') : null}</Alert>}
        <Button type="submit" variant="primary" disabled={pending}>
          {pending ? t('auth.pending') : t('security.password.submit')}
        </Button>
      </form>
    </AccountSection>
  );
}
