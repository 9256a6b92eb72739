// POST /api/notifications/:id/resend: 204, or 409 CONFLICT when its status does not allow it.
import { apiRequest } from '../../../lib/api/api-request';
import { useApiMutation } from './use-api-mutation';

export function resendNotification(id: string): Promise<null> {
  return apiRequest(`/api/notifications/${encodeURIComponent(id)}/resend`, { method: 'POST' });
}

const INVALIDATES = ['notifications/'] as const;

export function useResendNotification() {
  return useApiMutation(resendNotification, INVALIDATES);
}
