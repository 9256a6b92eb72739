import type { Translate } from '../../../lib/i18n/catalogue';
import type { ApiError } from '../api/api-client';

/** What went wrong, in words; the request id lets a developer find the server's log line. */
export function errorText(t: Translate, error: ApiError): string {
  if (error.code === 'NETWORK') return t('admin.error.network');
  return t('admin.error.generic', { code: error.code });
}
