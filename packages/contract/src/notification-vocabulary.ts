// The notification service's vocabulary as plain values, with no zod import: the browser bundle
// uses these directly, and notifications.ts builds its schemas from them.
export const NOTIFICATION_CHANNELS = ['email', 'sms', 'push'] as const;
export const NOTIFICATION_STATUSES = [
  'queued',
  'sending',
  'sent',
  'failed',
  'dead',
  'cancelled',
] as const;
/** In the order staff see them: the guest's journey first, then accounts and staff. */
export const TEMPLATE_KINDS = [
  'booking_confirmed',
  'booking_changed',
  'booking_cancelled',
  'reminder',
  'email_verification',
  'password_reset',
  'staff_invitation',
  'staff_alert',
] as const;

export type NotificationChannel = (typeof NOTIFICATION_CHANNELS)[number];
export type NotificationStatus = (typeof NOTIFICATION_STATUSES)[number];
export type TemplateKind = (typeof TEMPLATE_KINDS)[number];
