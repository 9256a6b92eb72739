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
  /** Migration 0019: secret template values (links), sealed against the id; null once ended. */
  secrets: string | null;
  secretsPurgedAt: Date | null;
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

/** A sign-in's second-factor challenge, spent (migration 0017). */
export interface UsedMfaChallengesTable {
  jti: string;
  userId: string;
  expiresAt: Date;
  usedAt: Generated<Date>;
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

// ─── Booking engine (migration 0008) ───────────────────────────────────────────────────────────
export interface ZonesTable {
  id: Generated<string>;
  code: string;
  nameFr: string;
  nameEn: string;
  descriptionFr: Generated<string>;
  descriptionEn: Generated<string>;
  sort: Generated<number>;
}

export type TableShape = 'round' | 'square' | 'rectangle' | 'high';

export interface VenueTablesTable {
  id: Generated<string>;
  zoneId: string;
  label: string;
  seats: number;
  shape: Generated<TableShape>;
  x: Generated<number>;
  y: Generated<number>;
  shared: Generated<boolean>;
  neighbourIds: ColumnType<string[], string[] | undefined, string[]>;
}

export interface ShowsTable {
  id: Generated<string>;
  slug: string;
  titleFr: string;
  titleEn: string;
  descriptionFr: Generated<string>;
  descriptionEn: Generated<string>;
  durationMinutes: number;
  imagePath: string | null;
  createdAt: Timestamp;
}

export type PerformanceStatus = 'on_sale' | 'sold_out' | 'cancelled' | 'past';

export interface PerformancesTable {
  id: Generated<string>;
  showId: string;
  startsAt: ColumnType<Date, Date | string, Date | string>;
  doorsAt: ColumnType<Date, Date | string, Date | string>;
  status: Generated<PerformanceStatus>;
  salesClosed: Generated<boolean>;
  sellBeyondPlan: Generated<boolean>;
  /** Migration 0013: when and why staff cancelled it. */
  cancelledAt: Generated<Date | null>;
  cancellationReason: Generated<string | null>;
}

/** The inventory counters: held + sold <= capacity, enforced by a CHECK. */
export interface PerformanceZonesTable {
  performanceId: string;
  zoneId: string;
  capacity: number;
  held: Generated<number>;
  sold: Generated<number>;
}

export interface FormulasTable {
  id: Generated<string>;
  code: string;
  nameFr: string;
  nameEn: string;
  descriptionFr: Generated<string>;
  descriptionEn: Generated<string>;
  arrivalMinutesBefore: Generated<number>;
  menu: ColumnType<Record<string, unknown>, string | undefined, string>;
  sort: Generated<number>;
}

export interface FormulaPricesTable {
  formulaId: string;
  zoneId: string;
  priceCents: number;
}

export interface ExtrasTable {
  id: Generated<string>;
  code: string;
  nameFr: string;
  nameEn: string;
  priceCents: number;
  sort: Generated<number>;
}

export interface SalesRulesTable {
  id: Generated<boolean>;
  holdMinutes: Generated<number>;
  maxParty: Generated<number>;
  cutoffMinutes: Generated<number>;
  cancellationDeadlineHours: Generated<number>;
  cancellationFeeCents: Generated<number>;
  updatedAt: Timestamp;
}

export type BookingStatus =
  'held' | 'confirmed' | 'cancelled' | 'expired' | 'checked_in' | 'no_show';
export type BookingSource = 'web' | 'phone' | 'admin' | 'walk_in';

export interface BookingsTable {
  id: Generated<string>;
  reference: string;
  performanceId: string;
  status: Generated<BookingStatus>;
  partySize: number;
  source: Generated<BookingSource>;
  userId: string | null;
  contactName: string | null;
  contactEmail: string | null;
  contactPhone: string | null;
  expiresAt: ColumnType<Date, Date | string, Date | string>;
  totalCents: number;
  idempotencyKey: string | null;
  /** What the key was sent with (migration 0018); null without a key. */
  idempotencyFingerprint: string | null;
  createdAt: Timestamp;
  updatedAt: Timestamp;
  confirmedAt: Date | null;
  cancelledAt: Date | null;
  /** One entry per guest (0009): `{ menuChoice, dietaryNotes }`. */
  guestDetails: ColumnType<GuestDetail[], string | undefined, string>;
  occasion: string | null;
  marketingEmail: Generated<boolean>;
  paymentMethod: 'at_venue' | null;
  /** Migration 0016: what a guest who cancelled owes under the rules of that moment. */
  cancellationFeeCents: Generated<number | null>;
  /** Migration 0022: the language of the booking's emails and SMS. */
  locale: Generated<'fr' | 'en'>;
}

export interface GuestDetail {
  menuChoice: string | null;
  dietaryNotes: string | null;
}

export interface BookingTablesTable {
  bookingId: string;
  performanceId: string;
  tableId: string;
  guests: number;
  shared: Generated<boolean>;
}

export interface BookingLinksTable {
  id: Generated<string>;
  bookingId: string;
  tokenHash: Buffer;
  expiresAt: ColumnType<Date, Date | string, Date | string>;
  createdAt: Timestamp;
}

export interface BookingLinesTable {
  id: Generated<string>;
  bookingId: string;
  formulaId: string;
  zoneId: string;
  guests: number;
  unitPriceCents: number;
}

export interface BookingExtrasTable {
  id: Generated<string>;
  bookingId: string;
  extraId: string;
  quantity: number;
  unitPriceCents: number;
}

/** Migration 0012: a stored file (posters, exports), its renditions and who added it. */
export interface StorageObjectsTable {
  id: string;
  bucket: 'posters' | 'exports';
  key: string;
  contentType: string;
  sourceType: string;
  size: number;
  width: number | null;
  height: number | null;
  variants: ColumnType<StoredVariantRow[], string, never>;
  createdBy: Generated<string | null>;
  createdAt: Generated<Date>;
}

/** One rendition of a stored image, as kept in storage_objects.variants. */
export interface StoredVariantRow {
  key: string;
  width: number;
  height: number;
  size: number;
  contentType: string;
  etag: string;
}

/** Migration 0015: a booking's history, written by triggers; nobody updates or deletes it. */
export interface BookingEventsTable {
  id: Generated<string>;
  bookingId: string;
  at: Timestamp;
  actorId: string | null;
  kind:
    | 'created'
    | 'confirmed'
    | 'changed'
    | 'cancelled'
    | 'expired'
    | 'checked_in'
    | 'no_show'
    | 'note'
    | 'moved';
  data: ColumnType<Record<string, unknown>, string | undefined, string>;
  xactId: Generated<string>;
}

/** Migration 0015: staff notes on a booking. */
export interface BookingNotesTable {
  id: Generated<string>;
  bookingId: string;
  authorId: string;
  body: string;
  createdAt: Timestamp;
}

/** Migration 0015: tags and notes about a customer (ADR 0013), keyed by customer_key(email). */
export interface CustomerProfilesTable {
  customerId: string;
  tags: Generated<string[]>;
  notes: Generated<string>;
  updatedAt: Timestamp;
  updatedBy: string | null;
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
  usedMfaChallenges: UsedMfaChallengesTable;
  consents: ConsentsTable;
  zones: ZonesTable;
  venueTables: VenueTablesTable;
  shows: ShowsTable;
  performances: PerformancesTable;
  performanceZones: PerformanceZonesTable;
  formulas: FormulasTable;
  formulaPrices: FormulaPricesTable;
  extras: ExtrasTable;
  salesRules: SalesRulesTable;
  bookings: BookingsTable;
  bookingLines: BookingLinesTable;
  bookingExtras: BookingExtrasTable;
  bookingTables: BookingTablesTable;
  bookingLinks: BookingLinksTable;
  storageObjects: StorageObjectsTable;
  bookingEvents: BookingEventsTable;
  bookingNotes: BookingNotesTable;
  customerProfiles: CustomerProfilesTable;
}
