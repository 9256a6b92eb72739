// The second factor as a person types it (a 6-digit code, or a recovery code) and as the API takes
// it: signing in, a password reset, the staff area's enrolment.

/** The second factor: a code from the authenticator, or one of the recovery codes. */
export type SecondFactor = { code: string } | { recoveryCode: string };

export type FactorMode = 'totp' | 'recovery';

/** The typed code as the API wants it, or null when it cannot be one (checked before sending). */
export function toSecondFactor(mode: FactorMode, value: string): SecondFactor | null {
  if (mode === 'totp') {
    const code = value.replace(/\s+/g, '');
    return /^\d{6}$/.test(code) ? { code } : null;
  }
  const recoveryCode = value.replace(/[\s-]+/g, '').toLowerCase();
  return /^[a-z0-9]{10}$/.test(recoveryCode) ? { recoveryCode } : null;
}
