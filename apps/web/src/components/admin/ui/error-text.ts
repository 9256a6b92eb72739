import type { StaffTranslate } from '../staff-messages';
import type { ApiError } from '../../../lib/api/api-request';

/** What went wrong, in words from the catalogue; the request id lets a developer find the log line. */
export function errorText(t: StaffTranslate, error: ApiError): string {
  if (error.code === 'NETWORK') return t('admin.error.network');
  if (error.code === 'INTERNAL' || error.code === 'BAD_RESPONSE') {
    return t('admin.error.generic', { code: error.code });
  }
  return t(`error.${error.code}`);
}
