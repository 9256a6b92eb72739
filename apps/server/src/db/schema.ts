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

/** Append-only: written through public.audit() only, read by admins with a second factor. */
export interface AuditLogTable {
  id: ColumnType<string, never, never>;
  at: ColumnType<Date, never, never>;
  actorId: ColumnType<string | null, never, never>;
  actorRole: ColumnType<string, never, never>;
  actorRoles: ColumnType<string[], never, never>;
  sessionId: ColumnType<string | null, never, never>;
  action: ColumnType<string, never, never>;
  targetType: ColumnType<string | null, never, never>;
  targetId: ColumnType<string | null, never, never>;
  ip: ColumnType<string | null, never, never>;
  userAgent: ColumnType<string | null, never, never>;
  requestId: ColumnType<string | null, never, never>;
  before: ColumnType<unknown, never, never>;
  after: ColumnType<unknown, never, never>;
}

export interface UsersTable {
  id: Generated<string>;
  email: string;
  passwordHash: string | null;
  emailVerifiedAt: Date | null;
  locale: Generated<'fr' | 'en'>;
  displayName: string | null;
  roles: ColumnType<string[], string[] | undefined, string[]>;
  disabledAt: Date | null;
  erasedAt: Date | null;
  createdAt: Timestamp;
  updatedAt: Timestamp;
}

export type AuthLinkKind =
  'email_verification' | 'email_change' | 'password_reset' | 'invitation' | 'setup';

export interface AuthLinksTable {
  id: Generated<string>;
  kind: AuthLinkKind;
  userId: string | null;
  email: string | null;
  tokenHash: Buffer;
  createdAt: Timestamp;
  expiresAt: Date;
  usedAt: Date | null;
}

export interface MfaFactorsTable {
  userId: string;
  secretSealed: string;
  confirmedAt: Date | null;
  lastUsedStep: ColumnType<string, string | number | undefined, string | number>;
  createdAt: Timestamp;
}

export interface RecoveryCodesTable {
  id: Generated<string>;
  userId: string;
  codeHash: Buffer;
  usedAt: Date | null;
  createdAt: Timestamp;
}

export interface ConsentsTable {
  id: Generated<string>;
  userId: string;
  kind: 'terms' | 'marketing_email' | 'marketing_sms';
  granted: boolean;
  wordingVersion: string;
  at: Timestamp;
  ip: string | null;
}

export interface SessionsTable {
  id: Generated<string>;
  userId: string;
  aal: Generated<'aal1' | 'aal2'>;
  ip: string | null;
  userAgent: string | null;
  createdAt: Timestamp;
  lastSeenAt: Timestamp;
  revokedAt: Date | null;
  revokedReason: string | null;
}

export interface RefreshTokensTable {
  id: Generated<string>;
  sessionId: string;
  familyId: string;
  /** SHA-256 of the opaque token; the token itself is never stored. */
  tokenHash: Buffer;
  parentId: string | null;
  createdAt: Timestamp;
  usedAt: Date | null;
  revokedAt: Date | null;
}

export interface Database {
  venueSettings: VenueSettingsTable;
  notifications: NotificationsTable;
  notificationEvents: NotificationEventsTable;
  pushSubscriptions: PushSubscriptionsTable;
  smsOptOuts: SmsOptOutsTable;
  users: UsersTable;
  sessions: SessionsTable;
  refreshTokens: RefreshTokensTable;
  auditLog: AuditLogTable;
  authLinks: AuthLinksTable;
  mfaFactors: MfaFactorsTable;
  recoveryCodes: RecoveryCodesTable;
  consents: ConsentsTable;
}
