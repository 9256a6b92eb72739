import type { SecondFactor } from '../api/auth-api';

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
