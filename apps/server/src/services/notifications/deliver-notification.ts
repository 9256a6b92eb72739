// The one task of the notification queue: deliver one notification, once. The order of writes is
// the guarantee: claim (attempt counted) → send → record the provider's id before the job is
// acknowledged. A crash before the provider answers means a retry; a crash after it means the
// retry finds the provider id and stops. Permanent failures and the last attempt end as "dead".
// A database outage is not the message's failure: the delivery waits for the database (up to
// DATABASE_WAIT_MS, trying again every half second) instead of failing the job, which the queue
// would retry only after its exponential back-off — minutes after the database is back.
import type { Task } from 'graphile-worker';
import type { Logger } from 'pino';
import { z } from 'zod';
import type { Db } from '../../db/database.ts';
import { isDatabaseUnavailable } from '../../db/pg-errors.ts';
import type { SecretBox } from '../../lib/secret-box.ts';
import {
  PermanentDeliveryError,
  SubscriptionGoneError,
  type Channel,
  type ChannelName,
} from './channels/channel.ts';
import type { AttachmentProvider } from './attachments.ts';
import { buildMessage, SkipDelivery } from './build-message.ts';
import * as repository from './notifications.repository.ts';
import type { VenueBranding } from './templates/render.ts';

export interface DeliveryDependencies {
  /** Service-role sessions (RLS applies). */
  db: Db;
  channels: Record<ChannelName, Channel>;
  venue: () => Promise<VenueBranding>;
  smsDailyLimit: number;
  attachmentProviders: ReadonlyMap<string, AttachmentProvider>;
  /** Opens the notification's sealed secrets when it is rendered. */
  box: SecretBox;
  logger: Logger;
}

const payloadSchema = z.object({ id: z.uuid() });

const describe = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** How long one delivery waits for an unavailable database before failing its attempt. */
export const DATABASE_WAIT_MS = 30_000;
const DATABASE_RETRY_MS = 500;

export function deliverNotificationTask(deps: DeliveryDependencies): Task {
  const deliver = deliverOnce(deps);
  return async (payload, helpers) => {
    const deadline = Date.now() + DATABASE_WAIT_MS;
    for (;;) {
      try {
        return await deliver(payload, helpers);
      } catch (error) {
        // Safe to run again: the claim and the provider id make a delivery idempotent (above).
        if (!isDatabaseUnavailable(error) || Date.now() >= deadline) throw error;
        await new Promise((resolve) => setTimeout(resolve, DATABASE_RETRY_MS));
      }
    }
  };
}

function deliverOnce(deps: DeliveryDependencies): Task {
  return async (payload) => {
    const { id } = payloadSchema.parse(payload);
    const notification = await repository.claim(deps.db, id);
    if (!notification) return;
    const log = deps.logger.child({
      notification: id,
      kind: notification.kind,
      channel: notification.channel,
    });

    let message;
    try {
      message = await buildMessage(notification, deps);
    } catch (error) {
      if (error instanceof SkipDelivery) {
        await repository.markFailed(deps.db, id, 'cancelled', error.message);
        return;
      }
      if (error instanceof PermanentDeliveryError) {
        await repository.markFailed(deps.db, id, 'dead', describe(error));
        return;
      }
      return retryOrGiveUp(error);
    }

    let providerMessageId: string;
    try {
      ({ providerMessageId } = await deps.channels[notification.channel].send(message));
    } catch (error) {
      if (error instanceof SubscriptionGoneError && notification.channel === 'push') {
        await repository.deletePushSubscription(deps.db, notification.recipient);
      }
      if (error instanceof PermanentDeliveryError) {
        log.warn({ err: describe(error) }, 'notification rejected for good');
        await repository.markFailed(deps.db, id, 'dead', describe(error));
        return;
      }
      return retryOrGiveUp(error);
    }
    await repository.markSent(deps.db, id, providerMessageId);
    log.info({ attempts: notification.attempts }, 'notification sent');

    async function retryOrGiveUp(error: unknown): Promise<never | void> {
      if (notification!.attempts >= notification!.maxAttempts) {
        log.warn({ err: describe(error) }, 'notification dead after its last attempt');
        await repository.markFailed(deps.db, id, 'dead', describe(error));
        return;
      }
      await repository.markFailed(deps.db, id, 'failed', describe(error));
      throw error; // graphile-worker retries with exponential backoff
    }
  };
}
