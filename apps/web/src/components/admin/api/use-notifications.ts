// GET /api/notifications: the delivery log, newest first, filtered by status and channel.
import type { Notification } from '@ladiva/contract/notifications';
import { useCallback } from 'react';
import { isItemList } from './api-client';
import { apiRequest, hasStrings, isRecord } from '../../../lib/api/api-request';
import { useApiQuery } from './use-api-query';
import {
  isChannel,
  isStatus,
  type NotificationChannel,
  type NotificationStatus,
} from './vocabulary';

export type { Notification };

export interface NotificationFilters {
  status?: NotificationStatus | undefined;
  channel?: NotificationChannel | undefined;
  limit?: number | undefined;
}

export function isNotification(value: unknown): value is Notification {
  if (!isRecord(value)) return false;
  const nullableText = (key: string) => value[key] === null || typeof value[key] === 'string';
  return (
    hasStrings(value, ['id', 'kind', 'recipient', 'locale', 'sendAt', 'createdAt']) &&
    isStatus(value.status) &&
    isChannel(value.channel) &&
    typeof value.attempts === 'number' &&
    typeof value.maxAttempts === 'number' &&
    ['lastError', 'providerMessageId', 'sentAt'].every(nullableText)
  );
}

const isNotificationList = (value: unknown): value is { items: Notification[] } =>
  isItemList(value, isNotification);

function query({ status, channel, limit }: NotificationFilters): string {
  const params = new URLSearchParams();
  if (status) params.set('status', status);
  if (channel) params.set('channel', channel);
  if (limit) params.set('limit', String(limit));
  const text = params.toString();
  return text ? `?${text}` : '';
}

export async function fetchNotifications(
  filters: NotificationFilters,
  signal?: AbortSignal,
): Promise<Notification[]> {
  const path = `/api/notifications${query(filters)}`;
  return (await apiRequest(path, { signal, guard: isNotificationList })).items;
}

/** Refreshed every 15 s: the workers change statuses behind the page. */
export function useNotifications({ status, channel, limit }: NotificationFilters) {
  const fetcher = useCallback(
    (signal: AbortSignal) => fetchNotifications({ status, channel, limit }, signal),
    [status, channel, limit],
  );
  return useApiQuery(`notifications/list${query({ status, channel, limit })}`, fetcher, {
    refreshMs: 15_000,
  });
}
