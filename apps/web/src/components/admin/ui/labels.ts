// Staff-facing names of the notification service's values.
import type { StaffTranslate } from '../staff-messages';
import {
  isKind,
  type NotificationChannel,
  type NotificationStatus,
  type MessageLocale,
} from '../api/vocabulary';

export const statusLabel = (t: StaffTranslate, status: NotificationStatus) =>
  t(`admin.status.${status}`);

export const channelLabel = (t: StaffTranslate, channel: NotificationChannel) =>
  t(`admin.channel.${channel}`);

export const localeLabel = (t: StaffTranslate, locale: MessageLocale) =>
  t(`admin.locale.${locale}`);

/** A kind the web app does not know yet is shown as the server names it. */
export const kindLabel = (t: StaffTranslate, kind: string) =>
  isKind(kind) ? t(`admin.kind.${kind}`) : kind;
