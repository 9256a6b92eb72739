// POST /api/notifications/:id/cancel: 204, or 409 CONFLICT once it is sent (or being sent).
import { apiRequest } from '../../../lib/api/api-request';
import { useApiMutation } from './use-api-mutation';

export function cancelNotification(id: string): Promise<null> {
  return apiRequest(`/api/notifications/${encodeURIComponent(id)}/cancel`, { method: 'POST' });
}

const INVALIDATES = ['notifications/'] as const;

export function useCancelNotification() {
  return useApiMutation(cancelNotification, INVALIDATES);
}
