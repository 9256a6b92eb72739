// The public identity endpoints (no access token needed): sign-up and the pages opened from an
// emailed link. Signing in itself is shared with the staff area's door: lib/auth/sign-in-api.ts.
import type { SignUpBody } from '@ladiva/contract/auth';
import { apiRequest, isRecord } from '../../../lib/api/api-request';
import type { SecondFactor } from '../../../lib/auth/second-factor';
import type { Locale } from '../../../lib/i18n/locale';

export const signUp = (body: SignUpBody) =>
  apiRequest('/api/auth/sign-up', { method: 'POST', body });

export const verifyEmail = (token: string) =>
  apiRequest('/api/auth/verify-email', { method: 'POST', body: { token } });

export const resendVerification = (email: string, locale: Locale) =>
  apiRequest('/api/auth/resend-verification', { method: 'POST', body: { email, locale } });

export const forgotPassword = (email: string, locale: Locale) =>
  apiRequest('/api/auth/forgot-password', { method: 'POST', body: { email, locale } });

export interface LinkInfo {
  kind: 'invitation' | 'password_reset' | 'setup';
  email: string | null;
  /** The account has a second factor: a password reset asks for a code too. */
  mfaRequired?: boolean;
}

const isLinkInfo = (value: unknown): value is LinkInfo =>
  isRecord(value) && typeof value.kind === 'string';

export const linkInfo = (token: string) =>
  apiRequest('/api/auth/link-info', { method: 'POST', body: { token }, guard: isLinkInfo });

export const resetPassword = (token: string, password: string, factor?: SecondFactor) =>
  apiRequest('/api/auth/reset-password', {
    method: 'POST',
    body: { token, password, ...factor },
  });

export const acceptInvitation = (token: string, password: string, displayName?: string) =>
  apiRequest('/api/auth/accept-invitation', {
    method: 'POST',
    body: { token, password, ...(displayName ? { displayName } : {}) },
  });

export const setupFirstAdmin = (
  token: string,
  email: string,
  password: string,
  displayName?: string,
) =>
  apiRequest('/api/auth/setup', {
    method: 'POST',
    body: { token, email, password, ...(displayName ? { displayName } : {}) },
  });
