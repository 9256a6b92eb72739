// Web Push (RFC 8030) through the `web-push` library, which encrypts the payload for the
// subscription (RFC 8291, aes128gcm) and signs the request with our VAPID keys (RFC 8292).
import { createHash } from 'node:crypto';
import type { Agent } from 'node:https';
import webpush from 'web-push';
import type { Channel, DeliveryResult, OutgoingMessage, PushSubscriptionKeys } from '../channel.ts';
import { PermanentDeliveryError, SubscriptionGoneError } from '../channel.ts';
import type { VapidKeys } from './vapid-keys.ts';

export interface WebPushConfig {
  vapid: VapidKeys;
  /** How long the push service keeps an undelivered message. A day: reminders go stale. */
  ttlSeconds?: number;
  urgency?: webpush.Urgency;
  /** Socket timeout of the request to the push service. */
  timeoutMs?: number;
  /** Passed to web-push as is; production leaves it unset (see web-push-channel.test.ts). */
  agent?: Agent;
}

/** What the service worker receives (`event.data.json()`). */
export interface PushPayload {
  title: string;
  body: string;
  url: string | undefined;
  /** Same tag, same notification: a retried message replaces the one already shown. */
  tag: string;
}

export class WebPushChannel implements Channel {
  readonly name = 'push' as const;
  readonly #options: webpush.RequestOptions;

  constructor(config: WebPushConfig) {
    const { subject, publicKey, privateKey } = config.vapid;
    // Signing once now validates subject and keys at boot rather than at the first send.
    webpush.getVapidHeaders('https://push.invalid', subject, publicKey, privateKey, 'aes128gcm');
    this.#options = {
      vapidDetails: { subject, publicKey, privateKey },
      TTL: config.ttlSeconds ?? 24 * 60 * 60,
      urgency: config.urgency ?? 'normal',
      timeout: config.timeoutMs ?? 10_000,
      ...(config.agent ? { agent: config.agent } : {}),
    };
  }

  async send(message: OutgoingMessage): Promise<DeliveryResult> {
    const subscription = checkSubscription(message.subscription);
    const payload: PushPayload = {
      title: message.subject,
      body: message.text,
      url: message.url,
      tag: message.id,
    };
    let result: webpush.SendResult;
    try {
      result = await webpush.sendNotification(subscription, JSON.stringify(payload), {
        ...this.#options,
        // A retry of a message still waiting in the push service replaces it instead of queueing
        // a second copy. Topics are at most 32 base64url characters, hence the hash.
        topic: createHash('sha256').update(message.id).digest('base64url').slice(0, 32),
      });
    } catch (error) {
      throw classify(error);
    }
    const location = result.headers['location'];
    return { providerMessageId: location || `${result.statusCode}:${message.id}` };
  }
}

function classify(error: unknown): Error {
  if (!(error instanceof webpush.WebPushError)) {
    // Refused connection, reset, socket timeout: the push service may be back soon.
    return new Error('Push service unreachable', { cause: error });
  }
  const { statusCode, body } = error;
  const detail = `push service answered HTTP ${statusCode}${body ? `: ${body.slice(0, 200)}` : ''}`;
  if (statusCode === 404 || statusCode === 410) {
    return new SubscriptionGoneError(`Subscription gone, ${detail}`, { cause: error });
  }
  if (statusCode === 408 || statusCode === 429 || statusCode >= 500) {
    return new Error(`Push not accepted yet, ${detail}`, { cause: error });
  }
  return new PermanentDeliveryError(`Push refused, ${detail}`, { cause: error });
}

// web-push throws plain Errors for malformed subscriptions, indistinguishable from network
// errors; checking first lets those fail permanently instead of being retried forever.
function checkSubscription(subscription: PushSubscriptionKeys | undefined): PushSubscriptionKeys {
  if (!subscription) throw new PermanentDeliveryError('Push message without a subscription');
  let endpoint: URL | undefined;
  try {
    endpoint = new URL(subscription.endpoint);
  } catch {
    endpoint = undefined;
  }
  const p256dh = Buffer.from(subscription.keys.p256dh, 'base64url');
  const auth = Buffer.from(subscription.keys.auth, 'base64url');
  if (!endpoint || p256dh.length !== 65 || auth.length < 16) {
    throw new PermanentDeliveryError('Malformed push subscription');
  }
  return subscription;
}
