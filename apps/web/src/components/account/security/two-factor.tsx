// The second factor: set it up, replace the recovery codes, or turn it off (each re-asks the
// password and a code).
import { useRef, useState, type FormEvent } from 'react';
import { useT } from '../../../hooks/use-t';
import { updateUser, type Session } from '../../../lib/auth/session';
import { AccountSection } from '../account-layout';
import { disableTotp, getAccount, newRecoveryCodes } from '../api/account-api';
import { buttonDanger, buttonPrimary, buttonSecondary } from '../ui/classes';
import { errorMessage } from '../ui/error-message';
import { FormAlert } from '../ui/form-alert';
import { checkReauth, type ReauthErrors, type ReauthValues } from '../ui/reauth';
import { ReauthFields } from '../ui/reauth-fields';
import { RecoveryCodesPanel } from './recovery-codes';
import { TotpEnrolment } from './totp-enrolment';

type Mode = 'idle' | 'enrol' | 'codes' | 'disable';

/** The account as the server sees it now (2FA on or off). */
async function refreshUser(): Promise<void> {
  try {
    updateUser(await getAccount());
  } catch {
    // The next refresh of the session brings it anyway.
  }
}

export function TwoFactor({ session }: { session: Session }) {
  const { t } = useT();
  const [mode, setMode] = useState<Mode>('idle');
  const [notice, setNotice] = useState<string | null>(null);
  const enabled = session.user.mfaEnabled;

  const status = (
    <p className="flex items-center gap-2 text-sm">
      <span
        aria-hidden="true"
        className={`inline-block size-2 rounded-full ${enabled ? 'bg-emerald-400' : 'bg-mist/50'}`}
      />
      <span className={enabled ? 'text-emerald-100' : 'text-mist'}>
        {enabled ? t('security.mfa.on') : t('security.mfa.off')}
      </span>
    </p>
  );

  return (
    <AccountSection id="mfa-title" title={t('security.mfa.title')} lead={t('security.mfa.lead')}>
      <div className="space-y-5">
        {status}
        <FormAlert success={notice} />
        {mode === 'enrol' && (
          <TotpEnrolment
            onCancel={() => setMode('idle')}
            onDone={() => {
              setMode('idle');
              setNotice(t('security.mfa.enabledNotice'));
              void refreshUser();
            }}
          />
        )}
        {(mode === 'codes' || mode === 'disable') && (
          <ConfirmFactor
            mode={mode}
            onCancel={() => setMode('idle')}
            onDisabled={() => {
              setMode('idle');
              setNotice(t('security.mfa.disabledNotice'));
              void refreshUser();
            }}
          />
        )}
        {mode === 'idle' &&
          (enabled ? (
            <div className="flex flex-col gap-3 sm:flex-row">
              <button
                type="button"
                onClick={() => {
                  setNotice(null);
                  setMode('codes');
                }}
                className={buttonSecondary}
              >
                {t('security.mfa.newCodes')}
              </button>
              <button
                type="button"
                onClick={() => {
                  setNotice(null);
                  setMode('disable');
                }}
                className={buttonDanger}
              >
                {t('security.mfa.disable')}
              </button>
            </div>
          ) : (
            <button
              type="button"
              onClick={() => {
                setNotice(null);
                setMode('enrol');
              }}
              className={buttonPrimary}
            >
              {t('security.mfa.enable')}
            </button>
          ))}
      </div>
    </AccountSection>
  );
}

function ConfirmFactor({
  mode,
  onCancel,
  onDisabled,
}: {
  mode: 'codes' | 'disable';
  onCancel: () => void;
  onDisabled: () => void;
}) {
  const { t } = useT();
  const [values, setValues] = useState<ReauthValues>({ password: '', code: '' });
  const [errors, setErrors] = useState<ReauthErrors>({});
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const [codes, setCodes] = useState<string[] | null>(null);
  const passwordInput = useRef<HTMLInputElement>(null);
  const codeInput = useRef<HTMLInputElement>(null);

  if (codes) return <RecoveryCodesPanel codes={codes} onDone={onCancel} />;

  async function submit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    const found = checkReauth(t, values, true);
    setErrors(found);
    if (found.password) return passwordInput.current?.focus();
    if (found.code) return codeInput.current?.focus();
    const body = { currentPassword: values.password, code: values.code.replace(/\s+/g, '') };
    setPending(true);
    try {
      if (mode === 'codes') setCodes((await newRecoveryCodes(body)).recoveryCodes);
      else {
        await disableTotp(body);
        onDisabled();
      }
    } catch (failure) {
      setError(errorMessage(t, failure));
      setPending(false);
    }
  }

  return (
    <form noValidate onSubmit={submit} className="space-y-5">
      <p className="text-sm text-mist">
        {mode === 'codes' ? t('security.mfa.newCodesText') : t('security.mfa.disableText')}
      </p>
      <ReauthFields
        ref={passwordInput}
        codeRef={codeInput}
        mfa
        values={values}
        onChange={setValues}
        errors={errors}
      />
      <FormAlert error={error} />
      <div className="flex flex-col gap-3 sm:flex-row">
        <button
          type="submit"
          disabled={pending}
          className={mode === 'codes' ? buttonPrimary : buttonDanger}
        >
          {pending
            ? t('auth.pending')
            : mode === 'codes'
              ? t('security.mfa.newCodesSubmit')
              : t('security.mfa.disableSubmit')}
        </button>
        <button type="button" onClick={onCancel} className={buttonSecondary}>
          {t('account.cancel')}
        </button>
      </div>
    </form>
  );
}
