// The public identity endpoints (no access token needed): sign-up, sign-in and its second factor,
// and the pages opened from an emailed link.
import type { SessionTokens, SignInResponse, SignUpBody } from '@ladiva/contract/auth';
import { apiRequest, isRecord } from '../../../lib/api/api-request';
import type { SecondFactor } from '../../../lib/auth/second-factor';
import type { Locale } from '../../../lib/i18n/locale';

const isSignIn = (value: unknown): value is SignInResponse =>
  isRecord(value) &&
  ((value.status === 'signed_in' && typeof value.accessToken === 'string') ||
    (value.status === 'mfa_required' && typeof value.mfaToken === 'string'));

const isSession = (value: unknown): value is SessionTokens =>
  isSignIn(value) && value.status === 'signed_in';

export const signUp = (body: SignUpBody) =>
  apiRequest('/api/auth/sign-up', { method: 'POST', body });

export const signIn = (email: string, password: string) =>
  apiRequest('/api/auth/sign-in', { method: 'POST', body: { email, password }, guard: isSignIn });

export const verifyMfa = (mfaToken: string, factor: SecondFactor) =>
  apiRequest('/api/auth/mfa', { method: 'POST', body: { mfaToken, ...factor }, guard: isSession });

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
