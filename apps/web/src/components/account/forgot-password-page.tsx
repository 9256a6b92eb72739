// "Forgot your password?": the answer is the same whether or not the address has an account.
import { useT } from '../../hooks/use-t';
import { forgotPassword } from './api/auth-api';
import { GuestPage } from '../shared/guest-page';
import { EmailField } from '../shared/field';
import { useEmailRequest } from '../../hooks/use-email-request';
import { Alert } from '../shared/alert';
import { TextLink } from '../shared/text-link';
import { Button, ButtonLink } from '../shared/button';

export default function ForgotPasswordPage() {
  const { t, locale } = useT();
  const { email, setEmail, fieldError, error, sentTo, pending, submit } = useEmailRequest(
    (address) => forgotPassword(address, locale),
  );

  if (sentTo) {
    return (
      <GuestPage width="card" title={t('auth.signUp.sentTitle')} focusKey="sent">
        <p className="text-center text-mist">{t('auth.forgot.sentText', { email: sentTo })}</p>
        <ButtonLink variant="primary" to="/sign-in" className="mt-6 w-full">
          {t('auth.signUp.toSignIn')}
        </ButtonLink>
      </GuestPage>
    );
  }

  return (
    <GuestPage
      width="card"
      title={t('auth.forgot.title')}
      lead={t('auth.forgot.lead')}
      focusKey="form"
    >
      <form noValidate onSubmit={submit} className="space-y-5">
        <Alert tone="error">{error}</Alert>
        <EmailField
          label={t('auth.email')}
          autoComplete="email"
          required
          error={fieldError}
          value={email}
          onChange={(event) => setEmail(event.target.value)}
        />
        <Button type="submit" variant="primary" disabled={pending} className="w-full">
          {pending ? t('auth.pending') : t('auth.forgot.submit')}
        </Button>
      </form>
      <p className="mt-6 text-center text-sm">
        <TextLink to="/sign-in">{t('auth.forgot.back')}</TextLink>
      </p>
    </GuestPage>
  );
}
