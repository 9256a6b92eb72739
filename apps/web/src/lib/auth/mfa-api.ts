// Setting up the second factor (the account's security page and the staff area's door share it).
import type { RecoveryCodes, TotpEnrollment } from '@ladiva/contract/auth';
import { apiRequest, isRecord } from '../api/api-request';

/** The current password, plus a code when the account has a second factor. */
export interface Reauthentication {
  currentPassword: string;
  code?: string;
}

const isEnrollment = (value: unknown): value is TotpEnrollment =>
  isRecord(value) && typeof value.secret === 'string' && typeof value.qrCodeDataUrl === 'string';

export const isRecoveryCodes = (value: unknown): value is RecoveryCodes =>
  isRecord(value) && Array.isArray(value.recoveryCodes);

/**
 * Starting the set-up: the current password, or nothing right after signing in (a sign-in of the
 * last minutes stands for it; REAUTHENTICATION_REQUIRED otherwise, ADR 0029).
 */
export const startTotp = (body: Partial<Reauthentication>) =>
  apiRequest('/api/account/mfa/totp', { method: 'POST', body, guard: isEnrollment });

export const confirmTotp = (code: string) =>
  apiRequest('/api/account/mfa/totp/confirm', {
    method: 'POST',
    body: { code },
    guard: isRecoveryCodes,
  });
