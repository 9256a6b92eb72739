// Erasure (GDPR): the account is anonymised; bookings kept for accounting lose the name. Asked
// behind a disclosure, with the password (and code) and the word typed in full.
import { useRef, useState, type FormEvent } from 'react';
import { useT } from '../../hooks/use-t';
import { clearSession, type Session } from '../../lib/auth/session';
import { AccountSection } from './account-layout';
import { eraseAccount } from './api/account-api';
import { buttonDanger, buttonSecondary } from './ui/classes';
import { errorMessage } from './ui/error-message';
import { FormAlert } from './ui/form-alert';
import { checkReauth, reauthBody, type ReauthErrors, type ReauthValues } from './ui/reauth';
import { ReauthFields } from './ui/reauth-fields';
import { TextField } from './ui/text-field';

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
        <button
          type="button"
          aria-expanded={false}
          aria-controls="erase-form"
          onClick={() => setOpen(true)}
          className={buttonDanger}
        >
          {t('account.erase.open')}
        </button>
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
          <FormAlert error={error} />
          <div className="flex flex-col gap-3 sm:flex-row">
            <button type="submit" disabled={pending} className={buttonDanger}>
              {pending ? t('auth.pending') : t('account.erase.submit')}
            </button>
            <button type="button" onClick={() => setOpen(false)} className={buttonSecondary}>
              {t('account.cancel')}
            </button>
          </div>
        </form>
      )}
    </AccountSection>
  );
}
