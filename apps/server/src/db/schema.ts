// The database as Kysely sees it (ADR 0003). Column names are snake_case in SQL and camelCase
// here, mapped by Kysely's CamelCasePlugin.
import type { ColumnType, Generated } from 'kysely';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;

export interface VenueSettingsTable {
  id: Generated<boolean>;
  name: string;
  taglineFr: string;
  taglineEn: string;
  timezone: Generated<string>;
  currency: Generated<string>;
  email: string | null;
  phone: string | null;
  address: string | null;
  updatedAt: Timestamp;
}

export type NotificationChannel = 'email' | 'sms' | 'push';
export type NotificationStatus = 'queued' | 'sending' | 'sent' | 'failed' | 'dead' | 'cancelled';

export interface NotificationsTable {
  id: Generated<string>;
  idempotencyKey: string;
  kind: string;
  channel: NotificationChannel;
  recipient: string;
  locale: 'fr' | 'en';
  data: ColumnType<Record<string, unknown>, string, string>;
  status: Generated<NotificationStatus>;
  attempts: Generated<number>;
  maxAttempts: number;
  lastError: string | null;
  providerMessageId: string | null;
  sendAt: Timestamp;
  createdAt: Timestamp;
  updatedAt: Timestamp;
  sentAt: Date | null;
}

export interface NotificationEventsTable {
  id: Generated<string>;
  notificationId: string;
  at: Timestamp;
  status: NotificationStatus;
  detail: string | null;
}

export interface PushSubscriptionsTable {
  id: Generated<string>;
  endpoint: string;
  p256dh: string;
  auth: string;
  locale: Generated<'fr' | 'en'>;
  userId: string | null;
  createdAt: Timestamp;
}

export interface SmsOptOutsTable {
  phone: string;
  createdAt: Timestamp;
}

export interface Database {
  venueSettings: VenueSettingsTable;
  notifications: NotificationsTable;
  notificationEvents: NotificationEventsTable;
  pushSubscriptions: PushSubscriptionsTable;
  smsOptOuts: SmsOptOutsTable;
}
