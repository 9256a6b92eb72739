// Sign-up: an optional name, the email, a password with live hints, the terms (required) and the
// marketing emails (optional). The answer is the same whether or not the address has an account
// (nobody learns who is a customer): "check your inbox".
import { useRef, useState, type FormEvent } from 'react';
import { useT } from '../../hooks/use-t';
import { resendVerification, signUp } from './api/auth-api';
import { GuestPage } from '../shared/guest-page';
import { Checkbox } from '../shared/checkbox';
import { looksLikeEmail } from '../../lib/validation';
import { errorCode, errorMessage } from '../../lib/api/error-message';
import { passwordTooShort } from '../../lib/validation';
import { EmailField, TextField } from '../shared/field';
import { NewPasswordField } from '../shared/password-field';
import { Alert } from '../shared/alert';
import { TextLink } from '../shared/text-link';
import { Button, ButtonLink } from '../shared/button';

type Field = 'email' | 'password' | 'terms';

export default function SignUpPage() {
  const { t, locale } = useT();
  const [displayName, setDisplayName] = useState('');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [terms, setTerms] = useState(false);
  const [marketing, setMarketing] = useState(false);
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const [sentTo, setSentTo] = useState<string | null>(null);
  const [resent, setResent] = useState(false);
  const emailInput = useRef<HTMLInputElement>(null);
  const passwordInput = useRef<HTMLInputElement>(null);
  const termsInput = useRef<HTMLInputElement>(null);

  function validate(): Partial<Record<Field, string>> {
    const found: Partial<Record<Field, string>> = {};
    if (!looksLikeEmail(email)) found.email = t('auth.email.invalid');
    if (passwordTooShort(password)) found.password = t('error.weakPassword.too_short');
    if (!terms) found.terms = t('auth.signUp.termsRequired');
    return found;
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    const found = validate();
    setErrors(found);
    if (found.email) return emailInput.current?.focus();
    if (found.password) return passwordInput.current?.focus();
    if (found.terms) return termsInput.current?.focus();
    setPending(true);
    try {
      const name = displayName.trim();
      await signUp({
        email: email.trim(),
        password,
        locale,
        acceptTerms: true,
        marketingEmail: marketing,
        ...(name ? { displayName: name } : {}),
      });
      setSentTo(email.trim());
    } catch (failure) {
      if (errorCode(failure) === 'WEAK_PASSWORD') {
        setErrors({ password: errorMessage(t, failure) });
        passwordInput.current?.focus();
      } else setError(errorMessage(t, failure));
    } finally {
      setPending(false);
    }
  }

  async function resend() {
    if (!sentTo) return;
    setPending(true);
    try {
      await resendVerification(sentTo, locale);
      setResent(true);
    } catch (failure) {
      setError(errorMessage(t, failure));
    } finally {
      setPending(false);
    }
  }

  if (sentTo) {
    return (
      <GuestPage width="card" title={t('auth.signUp.sentTitle')} focusKey="sent">
        <div className="space-y-5 text-center">
          <p className="text-mist">{t('auth.signUp.sentText', { email: sentTo })}</p>
          <p className="text-sm text-mist">{t('auth.signUp.sentHint')}</p>
          <Alert tone="error">{error}</Alert>
          {!error && <Alert tone="success">{resent ? t('auth.signIn.resent') : null}</Alert>}
          <div className="flex flex-col gap-3">
            <ButtonLink variant="primary" to="/sign-in">
              {t('auth.signUp.toSignIn')}
            </ButtonLink>
            {!resent && (
              <Button onClick={resend} disabled={pending}>
                {t('auth.signIn.resend')}
              </Button>
            )}
          </div>
        </div>
      </GuestPage>
    );
  }

  return (
    <GuestPage
      width="card"
      title={t('auth.signUp.title')}
      lead={t('auth.signUp.lead')}
      focusKey="form"
    >
      <form noValidate onSubmit={submit} className="space-y-5">
        <Alert tone="error">{error}</Alert>
        <TextField
          label={t('auth.displayName')}
          hint={t('auth.optional')}
          autoComplete="name"
          maxLength={120}
          value={displayName}
          onChange={(event) => setDisplayName(event.target.value)}
        />
        <EmailField
          label={t('auth.email')}
          ref={emailInput}
          autoComplete="email"
          required
          error={errors.email}
          value={email}
          onChange={(event) => setEmail(event.target.value)}
        />
        <NewPasswordField
          ref={passwordInput}
          label={t('auth.password')}
          required
          error={errors.password}
          value={password}
          onChange={(event) => setPassword(event.target.value)}
        />
        <Checkbox
          ref={termsInput}
          checked={terms}
          onChange={setTerms}
          error={errors.terms}
          label={t('auth.signUp.terms')}
        />
        <Checkbox checked={marketing} onChange={setMarketing} label={t('auth.signUp.marketing')} />
        <Button type="submit" variant="primary" disabled={pending} className="w-full">
          {pending ? t('auth.pending') : t('auth.signUp.submit')}
        </Button>
      </form>
      <p className="mt-6 border-t border-white/10 pt-5 text-center text-sm text-mist">
        {t('auth.signUp.haveAccount')} <TextLink to="/sign-in">{t('auth.signUp.signIn')}</TextLink>
      </p>
    </GuestPage>
  );
}
