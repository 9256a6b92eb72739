import { useRef, useState, type FormEvent } from 'react';
import { useT } from '../../../hooks/use-t';
import type { Session } from '../../../lib/auth/session';
import { AccountSection } from '../account-layout';
import { changeEmail } from '../api/account-api';
import { looksLikeEmail } from '../../../lib/validation';
import { errorCode, errorMessage } from '../../../lib/api/error-message';
import { checkReauth, reauthBody, type ReauthErrors, type ReauthValues } from '../ui/reauth';
import { ReauthFields } from '../ui/reauth-fields';
import { EmailField } from '../../shared/field';
import { Button } from '../../shared/button';
import { Alert } from '../../shared/alert';

const EMPTY: ReauthValues = { password: '', code: '' };

/** The new address applies once confirmed from the link sent to it. */
export function ChangeEmail({ session }: { session: Session }) {
  const { t } = useT();
  const mfa = session.user.mfaEnabled;
  const [newEmail, setNewEmail] = useState('');
  const [values, setValues] = useState(EMPTY);
  const [errors, setErrors] = useState<ReauthErrors & { newEmail?: string }>({});
  const [error, setError] = useState<string | null>(null);
  const [sentTo, setSentTo] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const emailInput = useRef<HTMLInputElement>(null);
  const passwordInput = useRef<HTMLInputElement>(null);
  const codeInput = useRef<HTMLInputElement>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    setSentTo(null);
    const found = {
      ...(looksLikeEmail(newEmail) ? {} : { newEmail: t('auth.email.invalid') }),
      ...checkReauth(t, values, mfa),
    };
    setErrors(found);
    if (found.newEmail) return emailInput.current?.focus();
    if (found.password) return passwordInput.current?.focus();
    if (found.code) return codeInput.current?.focus();
    setPending(true);
    try {
      await changeEmail({ ...reauthBody(values, mfa), newEmail: newEmail.trim() });
      setSentTo(newEmail.trim());
      setValues(EMPTY);
      setNewEmail('');
    } catch (failure) {
      if (errorCode(failure) === 'INVALID_CREDENTIALS') {
        setErrors({ password: t('account.wrongPassword') });
        passwordInput.current?.focus();
      } else setError(errorMessage(t, failure));
    } finally {
      setPending(false);
    }
  }

  return (
    <AccountSection
      id="email-title"
      title={t('security.email.title')}
      lead={t('security.email.lead', { email: session.user.email })}
    >
      <form id="email" noValidate onSubmit={submit} className="scroll-mt-24 space-y-5">
        <EmailField
          ref={emailInput}
          label={t('security.email.new')}
          autoComplete="email"
          error={errors.newEmail}
          value={newEmail}
          onChange={(event) => setNewEmail(event.target.value)}
        />
        <ReauthFields
          ref={passwordInput}
          codeRef={codeInput}
          mfa={mfa}
          values={values}
          onChange={setValues}
          errors={errors}
        />
        <Alert tone="error">{error}</Alert>
        {!error && (
          <Alert tone="success">
            {sentTo ? t('security.email.sent', { email: sentTo }) : null}
          </Alert>
        )}
        <Button type="submit" variant="primary" disabled={pending}>
          {pending ? t('auth.pending') : t('security.email.submit')}
        </Button>
      </form>
    </AccountSection>
  );
}
