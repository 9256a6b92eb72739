// Setting up the authenticator app: confirm the password, scan the QR code (or type the key), type
// one code to prove it works, keep the recovery codes. Used by the account's security page and by
// the staff area, which asks for it before anything else, right after signing in: there the
// password is asked only if the server finds that sign-in too old (ADR 0029).
import type { TotpEnrollment } from '@ladiva/contract/auth';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useT } from '../../../hooks/use-t';
import { setSession } from '../../../lib/auth/session';
import { confirmTotp, startTotp } from '../../../lib/auth/mfa-api';
import { errorCode, errorMessage } from '../../../lib/api/error-message';
import { groupSecret } from '../../../lib/auth/group-secret';
import { SecondFactorField } from './second-factor-field';
import { toSecondFactor } from '../../../lib/auth/second-factor';
import { CurrentPasswordField } from '../password-field';
import { RecoveryCodesPanel } from './recovery-codes';
import { Button } from '../button';
import { Alert } from '../alert';

type Step =
  | { name: 'starting' }
  | { name: 'password' }
  | { name: 'scan'; enrollment: TotpEnrollment }
  | { name: 'codes'; codes: string[] };

export function TotpEnrolment({
  onDone,
  onCancel,
  afterSignIn = false,
}: {
  onDone: () => void;
  onCancel?: () => void;
  /** Just signed in: start without the password, and ask for it only if the server does. */
  afterSignIn?: boolean;
}) {
  const { t } = useT();
  const [step, setStep] = useState<Step>(afterSignIn ? { name: 'starting' } : { name: 'password' });
  const [password, setPassword] = useState('');
  const [code, setCode] = useState('');
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const intro = useRef<HTMLParagraphElement>(null);
  const passwordInput = useRef<HTMLInputElement>(null);
  const codeInput = useRef<HTMLInputElement>(null);
  const started = useRef(false);
  const triedWithoutPassword = useRef(false);

  useEffect(() => {
    if (!afterSignIn || triedWithoutPassword.current) return;
    triedWithoutPassword.current = true;
    startTotp({}).then(
      (enrollment) => setStep({ name: 'scan', enrollment }),
      (failure: unknown) => {
        // The sign-in is not recent enough (or the start failed): the password step, as usual.
        if (errorCode(failure) !== 'REAUTHENTICATION_REQUIRED') setError(errorMessage(t, failure));
        setStep({ name: 'password' });
      },
    );
  }, [afterSignIn, t]);

  useEffect(() => {
    // Each new step starts with its instructions, where focus (and the screen reader) goes.
    if (started.current) intro.current?.focus();
    started.current = true;
  }, [step.name]);

  async function submitPassword(event: FormEvent) {
    event.preventDefault();
    if (!password) {
      setFieldError(t('auth.password.required'));
      return passwordInput.current?.focus();
    }
    setFieldError(null);
    setError(null);
    setPending(true);
    try {
      const enrollment = await startTotp({ currentPassword: password });
      setPassword('');
      setStep({ name: 'scan', enrollment });
    } catch (failure) {
      setError(errorMessage(t, failure));
      if (errorCode(failure) === 'INVALID_CREDENTIALS') passwordInput.current?.select();
    } finally {
      setPending(false);
    }
  }

  async function submitCode(event: FormEvent) {
    event.preventDefault();
    const factor = toSecondFactor('totp', code);
    if (!factor || !('code' in factor)) {
      setFieldError(t('auth.mfa.codeInvalid'));
      return codeInput.current?.focus();
    }
    setFieldError(null);
    setError(null);
    setPending(true);
    try {
      const answer = await confirmTotp(factor.code);
      // The session has a second factor now: its fresh token says so (aal2).
      if (answer.session) setSession(answer.session);
      setStep({ name: 'codes', codes: answer.recoveryCodes });
    } catch (failure) {
      setError(errorMessage(t, failure));
      setCode('');
      codeInput.current?.focus();
    } finally {
      setPending(false);
    }
  }

  const introClass = 'text-sm leading-relaxed text-mist focus:outline-none';

  if (step.name === 'starting') {
    return (
      <p role="status" className={introClass}>
        {t('auth.pending')}
      </p>
    );
  }

  if (step.name === 'codes') {
    return (
      <div className="space-y-4">
        <p ref={intro} tabIndex={-1} className={`${introClass} font-medium text-emerald-200`}>
          {t('mfa.enrol.enabled')}
        </p>
        <RecoveryCodesPanel codes={step.codes} onDone={onDone} />
      </div>
    );
  }

  if (step.name === 'scan') {
    const { enrollment } = step;
    return (
      <form noValidate onSubmit={submitCode} className="space-y-5">
        <p ref={intro} tabIndex={-1} className={introClass}>
          {t('mfa.enrol.scan')}
        </p>
        <div className="flex flex-col items-center gap-4 sm:flex-row sm:items-start">
          <img
            src={enrollment.qrCodeDataUrl}
            alt={t('mfa.enrol.qrAlt')}
            width={176}
            height={176}
            className="size-44 shrink-0 rounded-xl bg-white p-2"
          />
          <div className="min-w-0 text-sm text-mist">
            <p>{t('mfa.enrol.manual')}</p>
            <p className="mt-2">
              <code
                data-testid="totp-secret"
                className="inline-block rounded-lg border border-white/15 bg-night px-3 py-2 font-mono text-base tracking-wider break-words text-cream select-all"
              >
                {groupSecret(enrollment.secret)}
              </code>
            </p>
          </div>
        </div>
        <Alert tone="error">{error}</Alert>
        <SecondFactorField
          ref={codeInput}
          mode="totp"
          value={code}
          onChange={setCode}
          error={fieldError}
          label={t('mfa.enrol.codeLabel')}
        />
        <StepActions pending={pending} submitLabel={t('mfa.enrol.confirm')} onCancel={onCancel} />
      </form>
    );
  }

  return (
    <form noValidate onSubmit={submitPassword} className="space-y-5">
      <p ref={intro} tabIndex={-1} className={introClass}>
        {t('mfa.enrol.intro')}
      </p>
      <Alert tone="error">{error}</Alert>
      <CurrentPasswordField
        ref={passwordInput}
        error={fieldError}
        value={password}
        onChange={(event) => setPassword(event.target.value)}
      />
      <StepActions pending={pending} submitLabel={t('mfa.enrol.start')} onCancel={onCancel} />
    </form>
  );
}

/** A step's buttons: go on, or (where the page offers it) give up. */
function StepActions({
  pending,
  submitLabel,
  onCancel,
}: {
  pending: boolean;
  submitLabel: string;
  onCancel?: () => void;
}) {
  const { t } = useT();
  return (
    <div className="flex flex-col gap-3 sm:flex-row-reverse">
      <Button type="submit" variant="primary" disabled={pending} className="sm:flex-1">
        {pending ? t('auth.pending') : submitLabel}
      </Button>
      {onCancel && <Button onClick={onCancel}>{t('account.cancel')}</Button>}
    </div>
  );
}
