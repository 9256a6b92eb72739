// GET /api/notifications/stats: counts by status and the age of the oldest waiting message.
import type { notificationStatsSchema } from '@ladiva/contract/notifications';
import type { z } from 'zod';
import { apiRequest, isRecord } from '../../../lib/api/api-request';
import { useApiQuery } from './use-api-query';

export type NotificationStats = z.infer<typeof notificationStatsSchema>;

const isStats = (value: unknown): value is NotificationStats =>
  isRecord(value) && isRecord(value.byStatus) && typeof value.oldestQueuedSeconds === 'number';

export function fetchNotificationStats(signal?: AbortSignal): Promise<NotificationStats> {
  return apiRequest('/api/notifications/stats', { signal, guard: isStats });
}

export function useNotificationStats() {
  return useApiQuery('notifications/stats', fetchNotificationStats, { refreshMs: 15_000 });
}
