// The second factor: set it up, replace the recovery codes, or turn it off (each re-asks the
// password and a code).
import { useRef, useState, type FormEvent } from 'react';
import { useT } from '../../../hooks/use-t';
import { updateUser, type Session } from '../../../lib/auth/session';
import { AccountSection } from '../account-layout';
import { disableTotp, getAccount, newRecoveryCodes } from '../api/account-api';
import { errorMessage } from '../../../lib/api/error-message';
import { checkReauth, type ReauthErrors, type ReauthValues } from '../ui/reauth';
import { ReauthFields } from '../ui/reauth-fields';
import { RecoveryCodesPanel } from '../../shared/mfa/recovery-codes';
import { TotpEnrolment } from '../../shared/mfa/totp-enrolment';
import { Button } from '../../shared/button';
import { Alert } from '../../shared/alert';

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
        <Alert tone="success">{notice}</Alert>
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
              <Button
                onClick={() => {
                  setNotice(null);
                  setMode('codes');
                }}
              >
                {t('security.mfa.newCodes')}
              </Button>
              <Button
                variant="danger"
                onClick={() => {
                  setNotice(null);
                  setMode('disable');
                }}
              >
                {t('security.mfa.disable')}
              </Button>
            </div>
          ) : (
            <Button
              variant="primary"
              onClick={() => {
                setNotice(null);
                setMode('enrol');
              }}
            >
              {t('security.mfa.enable')}
            </Button>
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
      <Alert tone="error">{error}</Alert>
      <div className="flex flex-col gap-3 sm:flex-row">
        <Button type="submit" variant={mode === 'codes' ? 'primary' : 'danger'} disabled={pending}>
          {pending
            ? t('auth.pending')
            : mode === 'codes'
              ? t('security.mfa.newCodesSubmit')
              : t('security.mfa.disableSubmit')}
        </Button>
        <Button onClick={onCancel}>{t('account.cancel')}</Button>
      </div>
    </form>
  );
}
