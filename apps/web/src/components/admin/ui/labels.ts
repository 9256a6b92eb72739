// Staff-facing names of the notification service's values.
import type { Translate } from '../../../lib/i18n/catalogue';
import {
  isKind,
  type NotificationChannel,
  type NotificationStatus,
  type MessageLocale,
} from '../api/vocabulary';

export const statusLabel = (t: Translate, status: NotificationStatus) =>
  t(`admin.status.${status}`);

export const channelLabel = (t: Translate, channel: NotificationChannel) =>
  t(`admin.channel.${channel}`);

export const localeLabel = (t: Translate, locale: MessageLocale) => t(`admin.locale.${locale}`);

/** A kind the web app does not know yet is shown as the server names it. */
export const kindLabel = (t: Translate, kind: string) =>
  isKind(kind) ? t(`admin.kind.${kind}`) : kind;
