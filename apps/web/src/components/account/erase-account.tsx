// Erasure (GDPR): the account is anonymised; bookings kept for accounting lose the name. Asked
// behind a disclosure, with the password (and code) and the word typed in full.
import { useRef, useState, type FormEvent } from 'react';
import { useT } from '../../hooks/use-t';
import { clearSession, type Session } from '../../lib/auth/session';
import { AccountSection } from './account-layout';
import { eraseAccount } from './api/account-api';
import { errorMessage } from '../../lib/api/error-message';
import { checkReauth, reauthBody, type ReauthErrors, type ReauthValues } from './ui/reauth';
import { ReauthFields } from './ui/reauth-fields';
import { TextField } from '../shared/field';
import { Button } from '../shared/button';
import { Alert } from '../shared/alert';

export function EraseAccount({ session, onErased }: { session: Session; onErased: () => void }) {
  const { t } = useT();
  const mfa = session.user.mfaEnabled;
  const word = t('account.erase.word');
  const [open, setOpen] = useState(false);
  const [values, setValues] = useState<ReauthValues>({ password: '', code: '' });
  const [typed, setTyped] = useState('');
  const [errors, setErrors] = useState<ReauthErrors & { typed?: string }>({});
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const passwordInput = useRef<HTMLInputElement>(null);
  const codeInput = useRef<HTMLInputElement>(null);
  const typedInput = useRef<HTMLInputElement>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    const found = {
      ...checkReauth(t, values, mfa),
      ...(typed.trim().toUpperCase() === word
        ? {}
        : { typed: t('account.erase.typeMismatch', { word }) }),
    };
    setErrors(found);
    if (found.password) return passwordInput.current?.focus();
    if (found.code) return codeInput.current?.focus();
    if (found.typed) return typedInput.current?.focus();
    setPending(true);
    try {
      await eraseAccount(reauthBody(values, mfa));
      onErased();
      clearSession();
    } catch (failure) {
      setError(errorMessage(t, failure));
      setPending(false);
    }
  }

  return (
    <AccountSection
      id="erase-title"
      title={t('account.erase.title')}
      lead={t('account.erase.lead')}
      tone="danger"
    >
      {!open ? (
        <Button
          variant="danger"
          aria-expanded={false}
          aria-controls="erase-form"
          onClick={() => setOpen(true)}
        >
          {t('account.erase.open')}
        </Button>
      ) : (
        <form id="erase-form" noValidate onSubmit={submit} className="space-y-5">
          <p className="text-sm text-rose-100">{t('account.erase.warning')}</p>
          <ReauthFields
            ref={passwordInput}
            codeRef={codeInput}
            mfa={mfa}
            values={values}
            onChange={setValues}
            errors={errors}
          />
          <TextField
            ref={typedInput}
            label={t('account.erase.typeLabel', { word })}
            autoComplete="off"
            autoCapitalize="characters"
            spellCheck={false}
            error={errors.typed}
            value={typed}
            onChange={(event) => setTyped(event.target.value)}
          />
          <Alert tone="error">{error}</Alert>
          <div className="flex flex-col gap-3 sm:flex-row">
            <Button type="submit" variant="danger" disabled={pending}>
              {pending ? t('auth.pending') : t('account.erase.submit')}
            </Button>
            <Button onClick={() => setOpen(false)}>{t('account.cancel')}</Button>
          </div>
        </form>
      )}
    </AccountSection>
  );
}
