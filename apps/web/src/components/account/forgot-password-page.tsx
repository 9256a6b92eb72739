// "Forgot your password?": the answer is the same whether or not the address has an account.
import { Link } from 'react-router';
import { useT } from '../../hooks/use-t';
import { forgotPassword } from './api/auth-api';
import { AuthLayout } from './ui/auth-layout';
import { buttonPrimary, textLink } from './ui/classes';
import { FormAlert } from './ui/form-alert';
import { EmailField } from './ui/text-field';
import { useEmailRequest } from './ui/use-email-request';

export default function ForgotPasswordPage() {
  const { t, locale } = useT();
  const { email, setEmail, fieldError, error, sentTo, pending, submit } = useEmailRequest(
    (address) => forgotPassword(address, locale),
  );

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
        <EmailField
          autoComplete="email"
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
