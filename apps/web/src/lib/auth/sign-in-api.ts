// Signing in: the password step, then the second factor's. Shared by the guest's sign-in page and
// the staff area's door, which each word it their own way (components/shared/sign-in).
import type { SessionTokens, SignInResponse } from '@ladiva/contract/auth';
import { apiRequest, isRecord } from '../api/api-request';
import type { SecondFactor } from './second-factor';

const isSignIn = (value: unknown): value is SignInResponse =>
  isRecord(value) &&
  ((value.status === 'signed_in' && typeof value.accessToken === 'string') ||
    (value.status === 'mfa_required' && typeof value.mfaToken === 'string'));

const isSession = (value: unknown): value is SessionTokens =>
  isSignIn(value) && value.status === 'signed_in';

export const signIn = (email: string, password: string) =>
  apiRequest('/api/auth/sign-in', { method: 'POST', body: { email, password }, guard: isSignIn });

export const verifyMfa = (mfaToken: string, factor: SecondFactor) =>
  apiRequest('/api/auth/mfa', { method: 'POST', body: { mfaToken, ...factor }, guard: isSession });
