import { useRef, useState, type FormEvent } from 'react';
import { useT } from '../../../hooks/use-t';
import { looksLikeEmail } from '../../../lib/validation';
import { errorCode, errorMessage } from '../../../lib/api/error-message';
import { passwordTooShort } from '../../../lib/validation';
import { EmailField, TextField } from '../../shared/field';
import { NewPasswordField } from '../../shared/password-field';
import { Button } from '../../shared/button';
import { Alert } from '../../shared/alert';

export interface NewPasswordValues {
  email: string;
  displayName?: string;
  password: string;
}

/**
 * Name, password (and the email when the link does not carry one): an invited staff member's
 * account, or the first admin's.
 */
export function NewPasswordForm({
  email: fixedEmail,
  submitLabel,
  onSubmit,
}: {
  /** Known from the link: shown, not asked. */
  email: string | null;
  submitLabel: string;
  onSubmit: (values: NewPasswordValues) => Promise<unknown>;
}) {
  const { t } = useT();
  const [email, setEmail] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<{ email?: string; password?: string }>({});
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const emailInput = useRef<HTMLInputElement>(null);
  const passwordInput = useRef<HTMLInputElement>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    const found = {
      ...(fixedEmail === null && !looksLikeEmail(email) ? { email: t('auth.email.invalid') } : {}),
      ...(passwordTooShort(password) ? { password: t('error.weakPassword.too_short') } : {}),
    };
    setErrors(found);
    if (found.email) return emailInput.current?.focus();
    if (found.password) return passwordInput.current?.focus();
    setPending(true);
    try {
      const name = displayName.trim();
      await onSubmit({
        email: fixedEmail ?? email.trim(),
        password,
        ...(name ? { displayName: name } : {}),
      });
    } catch (failure) {
      if (errorCode(failure) === 'WEAK_PASSWORD') {
        setErrors({ password: errorMessage(t, failure) });
        passwordInput.current?.focus();
      } else setError(errorMessage(t, failure));
      setPending(false);
    }
  }

  return (
    <form noValidate onSubmit={submit} className="space-y-5">
      <Alert tone="error">{error}</Alert>
      {fixedEmail === null ? (
        <EmailField
          label={t('auth.email')}
          ref={emailInput}
          autoComplete="username"
          required
          error={errors.email}
          value={email}
          onChange={(event) => setEmail(event.target.value)}
        />
      ) : (
        <TextField
          label={t('auth.email')}
          type="email"
          autoComplete="username"
          value={fixedEmail}
          readOnly
          className="[&_input]:border-transparent [&_input]:bg-white/[0.04] [&_input]:text-mist"
        />
      )}
      <TextField
        label={t('auth.displayName')}
        hint={t('auth.optional')}
        autoComplete="name"
        maxLength={120}
        value={displayName}
        onChange={(event) => setDisplayName(event.target.value)}
      />
      <NewPasswordField
        ref={passwordInput}
        label={t('auth.password.choose')}
        required
        error={errors.password}
        value={password}
        onChange={(event) => setPassword(event.target.value)}
      />
      <Button type="submit" variant="primary" disabled={pending} className="w-full">
        {pending ? t('auth.pending') : submitLabel}
      </Button>
    </form>
  );
}
