// "Forgot your password?": the answer is the same whether or not the address has an account.
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { useT } from '../../hooks/use-t';
import { forgotPassword } from './api/auth-api';
import { AuthLayout } from './ui/auth-layout';
import { buttonPrimary, textLink } from './ui/classes';
import { looksLikeEmail } from './ui/validation';
import { errorMessage } from './ui/error-message';
import { FormAlert } from './ui/form-alert';
import { TextField } from './ui/text-field';

export default function ForgotPasswordPage() {
  const { t, locale } = useT();
  const [email, setEmail] = useState('');
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [sentTo, setSentTo] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!looksLikeEmail(email)) {
      setFieldError(t('auth.email.invalid'));
      return;
    }
    setFieldError(null);
    setError(null);
    setPending(true);
    try {
      await forgotPassword(email.trim(), locale);
      setSentTo(email.trim());
    } catch (failure) {
      setError(errorMessage(t, failure));
    } finally {
      setPending(false);
    }
  }

  if (sentTo) {
    return (
      <AuthLayout title={t('auth.signUp.sentTitle')} step="sent">
        <p className="text-center text-mist">{t('auth.forgot.sentText', { email: sentTo })}</p>
        <Link to="/sign-in" className={`${buttonPrimary} mt-6 w-full`}>
          {t('auth.signUp.toSignIn')}
        </Link>
      </AuthLayout>
    );
  }

  return (
    <AuthLayout title={t('auth.forgot.title')} lead={t('auth.forgot.lead')} step="form">
      <form noValidate onSubmit={submit} className="space-y-5">
        <FormAlert error={error} />
        <TextField
          label={t('auth.email')}
          type="email"
          autoComplete="email"
          inputMode="email"
          autoCapitalize="none"
          spellCheck={false}
          required
          error={fieldError}
          value={email}
          onChange={(event) => setEmail(event.target.value)}
        />
        <button type="submit" disabled={pending} className={`${buttonPrimary} w-full`}>
          {pending ? t('auth.pending') : t('auth.forgot.submit')}
        </button>
      </form>
      <p className="mt-6 text-center text-sm">
        <Link to="/sign-in" className={textLink}>
          {t('auth.forgot.back')}
        </Link>
      </p>
    </AuthLayout>
  );
}
