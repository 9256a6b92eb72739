// The notification service's enums, repeated here as values: the contract's own constants sit in
// a module that imports zod, which the browser bundle must not carry. The `satisfies` clauses and
// the checks below fail tsc if the contract gains or loses a value.
import type {
  NOTIFICATION_CHANNELS,
  NOTIFICATION_STATUSES,
  TEMPLATE_KINDS,
} from '@ladiva/contract/notifications';

export type NotificationStatus = (typeof NOTIFICATION_STATUSES)[number];
export type NotificationChannel = (typeof NOTIFICATION_CHANNELS)[number];
export type TemplateKind = (typeof TEMPLATE_KINDS)[number];
export type MessageLocale = 'fr' | 'en';

export const STATUSES = [
  'queued',
  'sending',
  'sent',
  'failed',
  'dead',
  'cancelled',
] as const satisfies readonly NotificationStatus[];
export const CHANNELS = ['email', 'sms', 'push'] as const satisfies readonly NotificationChannel[];
export const KINDS = [
  'booking_confirmed',
  'booking_changed',
  'booking_cancelled',
  'reminder',
  'email_verification',
  'password_reset',
  'staff_invitation',
  'staff_alert',
] as const satisfies readonly TemplateKind[];

type Exhaustive<Missing extends never> = Missing;
export type AllStatuses = Exhaustive<Exclude<NotificationStatus, (typeof STATUSES)[number]>>;
export type AllChannels = Exhaustive<Exclude<NotificationChannel, (typeof CHANNELS)[number]>>;
export type AllKinds = Exhaustive<Exclude<TemplateKind, (typeof KINDS)[number]>>;

export const isStatus = (value: unknown): value is NotificationStatus =>
  STATUSES.includes(value as NotificationStatus);
export const isChannel = (value: unknown): value is NotificationChannel =>
  CHANNELS.includes(value as NotificationChannel);
export const isKind = (value: unknown): value is TemplateKind =>
  KINDS.includes(value as TemplateKind);

/** What the server accepts for each action (notification service rules). */
export const RESENDABLE: readonly NotificationStatus[] = ['failed', 'dead', 'cancelled'];
export const CANCELLABLE: readonly NotificationStatus[] = ['queued', 'failed'];
