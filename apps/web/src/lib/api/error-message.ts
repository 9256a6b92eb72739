// Every API failure in words from the catalogue (never the server's text), with what to do next.
import type { PasswordRejection } from '@ladiva/contract/auth-vocabulary';
import type { Translate } from '../i18n/catalogue';
import { ApiError } from './api-request';

const REJECTIONS: readonly PasswordRejection[] = [
  'too_short',
  'too_long',
  'common',
  'contains_personal_info',
];

export function errorMessage(t: Translate, error: unknown): string {
  if (!(error instanceof ApiError)) return t('error.NETWORK');
  if (error.code === 'RATE_LIMITED') {
    const seconds = error.retryAfterSeconds;
    return seconds
      ? t('error.rateLimitedFor', { minutes: Math.max(1, Math.ceil(seconds / 60)) })
      : t('error.RATE_LIMITED');
  }
  if (error.code === 'WEAK_PASSWORD') {
    const reason = REJECTIONS.find((rejection) => rejection === error.details.reason);
    if (reason) return t(`error.weakPassword.${reason}`);
  }
  return t(`error.${error.code}`);
}

/** The code of an API failure, or null for anything else. */
export function errorCode(error: unknown): ApiError['code'] | null {
  return error instanceof ApiError ? error.code : null;
}
