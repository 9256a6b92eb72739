import type { Notification } from '@ladiva/contract/notifications';
import type { Selectable } from 'kysely';
import type { NotificationsTable } from '../../db/schema.ts';
import { maskRecipient } from '../../lib/mask.ts';

/** Never given the sealed secrets: the delivery log has no use for them, even masked. */
export function toNotification(row: Omit<Selectable<NotificationsTable>, 'secrets'>): Notification {
  return {
    id: row.id,
    kind: row.kind,
    channel: row.channel,
    recipient: maskRecipient(row.recipient),
    locale: row.locale,
    status: row.status,
    attempts: row.attempts,
    maxAttempts: row.maxAttempts,
    lastError: row.lastError,
    providerMessageId: row.providerMessageId,
    sendAt: row.sendAt.toISOString(),
    createdAt: row.createdAt.toISOString(),
    sentAt: row.sentAt?.toISOString() ?? null,
  };
}
