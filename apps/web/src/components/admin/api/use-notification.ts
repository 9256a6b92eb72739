// GET /api/notifications/:id: one notification with its status history.
import type { notificationDetailSchema } from '@ladiva/contract/notifications';
import { useCallback } from 'react';
import type { z } from 'zod';
import { apiRequest, isRecord } from '../../../lib/api/api-request';
import { useApiQuery } from './use-api-query';
import { isNotification } from './use-notifications';

export type NotificationDetail = z.infer<typeof notificationDetailSchema>;

const isDetail = (value: unknown): value is NotificationDetail =>
  isRecord(value) && Array.isArray(value.events) && isNotification(value);

export function fetchNotification(id: string, signal?: AbortSignal): Promise<NotificationDetail> {
  return apiRequest(`/api/notifications/${encodeURIComponent(id)}`, { signal, guard: isDetail });
}

export function useNotification(id: string | null) {
  const fetcher = useCallback((signal: AbortSignal) => fetchNotification(id ?? '', signal), [id]);
  return useApiQuery(id === null ? null : `notifications/detail/${id}`, fetcher, {
    refreshMs: 15_000,
  });
}
