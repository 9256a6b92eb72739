// One interface for every way La Diva reaches a person (email, SMS, Web Push). The queue worker
// renders a notification into an OutgoingMessage and hands it to the channel; the channel talks to
// its provider and returns the provider's id for the message, which the worker records before it
// acknowledges the job (so a retry after a crash knows the provider was already reached).

export type ChannelName = 'email' | 'sms' | 'push';
export type Locale = 'fr' | 'en';

export interface Attachment {
  filename: string;
  contentType: string;
  content: Buffer;
}

export interface PushSubscriptionKeys {
  endpoint: string;
  keys: { p256dh: string; auth: string };
}

export interface OutgoingMessage {
  /** Stable for the life of the notification, across retries: the idempotency key. */
  id: string;
  channel: ChannelName;
  /** Email address, E.164 phone number, or a push subscription's endpoint. */
  to: string;
  locale: Locale;
  /** Email subject; push title. */
  subject: string;
  /** Plain-text body: the email's text part, the SMS text, the push body. */
  text: string;
  /** Email only. */
  html?: string;
  /** Email only. */
  attachments?: Attachment[];
  /** Push only: where the notification leads when tapped. */
  url?: string;
  /** Push only. */
  subscription?: PushSubscriptionKeys;
}

export interface DeliveryResult {
  /** The provider's id for the accepted message (SMTP queue id, SMS sid, push location…). */
  providerMessageId: string;
}

/** A failure that retrying cannot fix (invalid recipient, rejected credentials, 4xx from the API). */
export class PermanentDeliveryError extends Error {
  override name = 'PermanentDeliveryError';
}

/** The push service says the subscription no longer exists (404/410): forget it. */
export class SubscriptionGoneError extends PermanentDeliveryError {
  override name = 'SubscriptionGoneError';
}

export interface Channel {
  readonly name: ChannelName;
  send(message: OutgoingMessage): Promise<DeliveryResult>;
}
