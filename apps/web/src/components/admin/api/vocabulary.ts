// The notification service's vocabulary, from the contract's zod-free module (the browser bundle
// must not carry zod).
import {
  NOTIFICATION_CHANNELS as CHANNELS,
  NOTIFICATION_STATUSES as STATUSES,
  TEMPLATE_KINDS as KINDS,
  type NotificationChannel,
  type NotificationStatus,
  type TemplateKind,
} from '@ladiva/contract/notification-vocabulary';

export { CHANNELS, KINDS, STATUSES };
export type { NotificationChannel, NotificationStatus, TemplateKind };
export type MessageLocale = 'fr' | 'en';

export const isStatus = (value: unknown): value is NotificationStatus =>
  STATUSES.includes(value as NotificationStatus);
export const isChannel = (value: unknown): value is NotificationChannel =>
  CHANNELS.includes(value as NotificationChannel);
export const isKind = (value: unknown): value is TemplateKind =>
  KINDS.includes(value as TemplateKind);

/** What the server accepts for each action (notification service rules). */
export const RESENDABLE: readonly NotificationStatus[] = ['failed', 'dead', 'cancelled'];
export const CANCELLABLE: readonly NotificationStatus[] = ['queued', 'failed'];
