// POST /api/notifications/test-email: queues a staff alert to `to`; 202 with its id (which is also
// its id in the local mailbox once a worker has delivered it).
import { apiRequest, isRecord } from '../../../lib/api/api-request';
import { useApiMutation } from './use-api-mutation';
import type { MessageLocale } from './vocabulary';

export interface TestEmail {
  to: string;
  locale: MessageLocale;
}

const isQueued = (value: unknown): value is { id: string } =>
  isRecord(value) && typeof value.id === 'string';

export function sendTestEmail(body: TestEmail): Promise<{ id: string }> {
  return apiRequest('/api/notifications/test-email', { method: 'POST', body, guard: isQueued });
}

const INVALIDATES = ['mailbox/', 'notifications/'] as const;

export function useSendTestEmail() {
  return useApiMutation(sendTestEmail, INVALIDATES);
}
