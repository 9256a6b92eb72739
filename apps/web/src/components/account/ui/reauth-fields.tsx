import { forwardRef } from 'react';
import type { ReauthErrors, ReauthValues } from './reauth';
import { SecondFactorField } from '../../shared/mfa/second-factor-field';
import { CurrentPasswordField } from '../../shared/password-field';

/** The current password, and the authenticator's code when the account has a second factor. */
export const ReauthFields = forwardRef<
  HTMLInputElement,
  {
    mfa: boolean;
    values: ReauthValues;
    onChange: (values: ReauthValues) => void;
    errors: ReauthErrors;
    codeRef?: React.Ref<HTMLInputElement>;
  }
>(function ReauthFields({ mfa, values, onChange, errors, codeRef }, ref) {
  return (
    <>
      <CurrentPasswordField
        ref={ref}
        error={errors.password}
        value={values.password}
        onChange={(event) => onChange({ ...values, password: event.target.value })}
      />
      {mfa && (
        <SecondFactorField
          ref={codeRef}
          mode="totp"
          value={values.code}
          onChange={(code) => onChange({ ...values, code })}
          error={errors.code}
        />
      )}
    </>
  );
});
