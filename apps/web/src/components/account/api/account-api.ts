// The signed-in guest's (or staff member's) own account: profile, consents, security, data.
import type { Consent, Me, SessionSummary } from '@ladiva/contract/auth';
import { apiRequest, apiResponse, isRecord } from '../../../lib/api/api-request';
import { isRecoveryCodes, type Reauthentication } from '../../../lib/auth/mfa-api';
import type { Locale } from '../../../lib/i18n/locale';

const isMe = (value: unknown): value is Me =>
  isRecord(value) && typeof value.id === 'string' && typeof value.email === 'string';

const isList =
  <T>() =>
  (value: unknown): value is { items: T[] } =>
    isRecord(value) && Array.isArray(value.items);

export const getAccount = () => apiRequest('/api/account', { guard: isMe });

export const updateAccount = (body: { displayName?: string | null; locale?: Locale }) =>
  apiRequest('/api/account', { method: 'PATCH', body, guard: isMe });

export const changePassword = (body: Reauthentication & { newPassword: string }) =>
  apiRequest('/api/account/password', { method: 'POST', body });

export const changeEmail = (body: Reauthentication & { newEmail: string }) =>
  apiRequest('/api/account/email', { method: 'POST', body });

export const listSessions = (signal?: AbortSignal) =>
  apiRequest('/api/account/sessions', { signal, guard: isList<SessionSummary>() });

export const revokeSession = (id: string) =>
  apiRequest(`/api/account/sessions/${encodeURIComponent(id)}`, { method: 'DELETE' });

export const revokeOtherSessions = () =>
  apiRequest('/api/account/sessions/revoke-others', { method: 'POST' });

export const disableTotp = (body: Required<Reauthentication>) =>
  apiRequest('/api/account/mfa/totp/disable', { method: 'POST', body });

export const newRecoveryCodes = (body: Required<Reauthentication>) =>
  apiRequest('/api/account/mfa/recovery-codes', {
    method: 'POST',
    body,
    guard: isRecoveryCodes,
  });

export const listConsents = (signal?: AbortSignal) =>
  apiRequest('/api/account/consents', { signal, guard: isList<Consent>() });

export const setConsent = (kind: 'marketing_email' | 'marketing_sms', granted: boolean) =>
  apiRequest<Consent>('/api/account/consents', { method: 'POST', body: { kind, granted } });

/** The account's data as a JSON file. */
export async function exportData(): Promise<Blob> {
  const response = await apiResponse('/api/account/export');
  return response.blob();
}

export const eraseAccount = (body: Reauthentication) =>
  apiRequest('/api/account/erase', { method: 'POST', body: { ...body, confirm: 'ERASE' } });
