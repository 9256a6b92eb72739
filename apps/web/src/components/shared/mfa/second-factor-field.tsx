import { forwardRef } from 'react';
import { useT } from '../../../hooks/use-t';
import type { FactorMode } from '../../../lib/auth/second-factor';
import { TextField } from '../field';
import { LinkButton } from '../text-link';

interface SecondFactorFieldProps {
  mode: FactorMode;
  value: string;
  onChange: (value: string) => void;
  /** Left out: the authenticator's code only (re-authentication, enrolment). */
  onModeChange?: (mode: FactorMode) => void;
  error?: string | null;
  label?: string;
}

/** A 6-digit code from the authenticator app, or (on request) a recovery code. */
export const SecondFactorField = forwardRef<HTMLInputElement, SecondFactorFieldProps>(
  function SecondFactorField({ mode, value, onChange, onModeChange, error, label }, ref) {
    const { t } = useT();
    const totp = mode === 'totp';
    return (
      <div>
        <TextField
          ref={ref}
          key={mode}
          label={label ?? (totp ? t('auth.mfa.codeLabel') : t('auth.mfa.recoveryLabel'))}
          hint={totp ? t('auth.mfa.codeHint') : t('auth.mfa.recoveryHint')}
          error={error}
          value={value}
          onChange={(event) => onChange(event.target.value)}
          inputMode={totp ? 'numeric' : 'text'}
          autoComplete={totp ? 'one-time-code' : 'off'}
          autoCapitalize="none"
          spellCheck={false}
          maxLength={totp ? 7 : 12}
          controlClassName="font-mono tracking-[0.3em]"
          required
        />
        {onModeChange && (
          <LinkButton
            className="mt-1"
            onClick={() => {
              onChange('');
              onModeChange(totp ? 'recovery' : 'totp');
            }}
          >
            {totp ? t('auth.mfa.useRecovery') : t('auth.mfa.useTotp')}
          </LinkButton>
        )}
      </div>
    );
  },
);
