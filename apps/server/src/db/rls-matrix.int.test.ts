// The access matrix, table × request role × command, as a reviewed spec (EXPECTED) checked against
// a real PostgreSQL through the API's login role. Every table of every application schema must
// have a row in the spec: a new table without one fails, and so does any grant or policy that
// changes a cell. The spec is derived from the grants and policies of migrations 0001–0009 and
// from queue-schema.ts (graphile-worker's tables: no request role has any right there).
//
// Outcomes. select: 'denied' (42501) | 'none' (rows exist, none visible) | 'own' (exactly the
// caller's rows) | 'all'. insert: 'denied' | 'own' (a row of one's own, not another's) |
// 'allowed'. update/delete (a statement without WHERE): 'denied' | 'no_rows' | 'own' (exactly as
// many rows as the caller owns) | 'allowed' (every row). 'subset' (select, update, delete):
// exactly the rows the table's probe marks with its `subset` predicate (e.g. public posters).
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../test/test-database.ts';
import {
  STAFF_ROLES,
  withRequestContext,
  withServiceContext,
  type RequestClaims,
  type StaffRole,
  type Tx,
} from './request-context.ts';

type Read = 'denied' | 'none' | 'own' | 'all' | 'subset';
type Write = 'denied' | 'no_rows' | 'own' | 'allowed' | 'subset';
type Command = 'select' | 'insert' | 'update' | 'delete';
const COMMANDS: Command[] = ['select', 'insert', 'update', 'delete'];

type Aal = 'aal1' | 'aal2';
type StaffProbe = `${StaffRole}_${Aal}`;
type ProbeRole = 'anon' | 'guest_a' | 'guest_b' | StaffProbe | 'service_role';
const PROBE_ROLES: ProbeRole[] = [
  'anon',
  'guest_a',
  'guest_b',
  ...STAFF_ROLES.flatMap((role) => [`${role}_aal1`, `${role}_aal2`] as const),
  'service_role',
];

/**
 * One cell per role, written compactly: `authenticated` covers guests and staff, `guest` both
 * guests, `staff` every staff role at both levels, `admin` an admin at both levels, and
 * `admin_aal2` one of them. The most specific key wins.
 */
type Cell<O> = { anon: O; authenticated: O; service_role: O } & Partial<
  Record<'guest' | 'staff' | StaffRole | ProbeRole, O>
>;
interface TableSpec {
  select: Cell<Read>;
  insert: Cell<Write>;
  update: Cell<Write>;
  delete: Cell<Write>;
}

const nobody = { anon: 'denied', authenticated: 'denied', service_role: 'denied' } as const;
const serviceOnly = <O>(service: O) => ({ ...nobody, service_role: service });
const NO_ACCESS: TableSpec = { select: nobody, insert: nobody, update: nobody, delete: nobody };
const staffWrite = {
  anon: 'denied',
  authenticated: 'no_rows',
  admin_aal2: 'allowed',
  manager_aal2: 'allowed',
  service_role: 'allowed',
} as const;
const CATALOGUE: TableSpec = {
  select: { anon: 'all', authenticated: 'all', service_role: 'all' },
  insert: { ...staffWrite, authenticated: 'denied' },
  update: staffWrite,
  delete: nobody,
};
const BOOKING_READERS: Cell<Read> = {
  anon: 'denied',
  authenticated: 'own',
  admin_aal2: 'all',
  manager_aal2: 'all',
  box_office_aal2: 'all',
  door_aal2: 'all',
  service_role: 'all',
};

/** 0015: what booking staff at aal2 read (history, notes, customers); guests see none of it. */
const BOOKING_STAFF_READ: Cell<Read> = {
  anon: 'denied',
  authenticated: 'none',
  admin_aal2: 'all',
  manager_aal2: 'all',
  box_office_aal2: 'all',
  service_role: 'all',
};

// ─── The spec ───────────────────────────────────────────────────────────────────────────────
// One line per command, so that the spec reads as a table.
// prettier-ignore
const EXPECTED: Record<string, TableSpec> = {
  // 0002: read by everyone, changed by admins at aal2 and by the service, one row never added.
  'public.venue_settings': {
    select: { anon: 'all', authenticated: 'all', service_role: 'all' },
    insert: nobody,
    update: { anon: 'denied', authenticated: 'no_rows', admin_aal2: 'allowed', service_role: 'allowed' },
    delete: nobody,
  },
  // 0003: the outbox and its log belong to the service; requests use SECURITY DEFINER functions.
  'public.notifications': {
    select: serviceOnly('all'),
    insert: nobody,
    update: serviceOnly('allowed'),
    delete: nobody,
  },
  'public.notification_events': {
    select: serviceOnly('all'),
    insert: serviceOnly('allowed'),
    update: nobody,
    delete: nobody,
  },
  'public.push_subscriptions': {
    select: serviceOnly('all'),
    insert: serviceOnly('allowed'),
    update: nobody,
    delete: serviceOnly('allowed'),
  },
  'public.sms_opt_outs': {
    select: serviceOnly('all'),
    insert: serviceOnly('allowed'),
    update: nobody,
    delete: serviceOnly('allowed'),
  },
  // 0003: "only the worker infrastructure (the owner) touches it".
  'public.queue_workers': NO_ACCESS,
  // 0004: reached only through rate_limit_hit() / rate_limit_cleanup().
  'public.rate_limit_hits': NO_ACCESS,
  // 0005 + 0007: own account; admins at aal2 read and update every account and invite staff.
  'public.users': {
    select: { anon: 'denied', authenticated: 'own', admin_aal2: 'all', service_role: 'all' },
    insert: { anon: 'denied', authenticated: 'denied', admin_aal2: 'allowed', service_role: 'allowed' },
    update: { anon: 'denied', authenticated: 'own', admin_aal2: 'allowed', service_role: 'allowed' },
    delete: nobody,
  },
  // 0005 + 0007: own sessions are read (admins at aal2 read all); only the service role ends them.
  'public.sessions': {
    select: { anon: 'denied', authenticated: 'own', admin_aal2: 'all', service_role: 'all' },
    insert: serviceOnly('allowed'),
    update: serviceOnly('allowed'),
    delete: nobody,
  },
  // 0005: no request-role grant at all.
  'public.refresh_tokens': {
    select: serviceOnly('all'),
    insert: serviceOnly('allowed'),
    update: serviceOnly('allowed'),
    delete: nobody,
  },
  // 0006: admins at aal2 read; nobody writes but public.audit() (and the trigger backs that up).
  'public.audit_log': {
    select: { anon: 'denied', authenticated: 'none', admin_aal2: 'all', service_role: 'denied' },
    insert: nobody,
    update: nobody,
    delete: nobody,
  },
  // 0007: the identity flows run as the service role.
  'public.auth_links': {
    select: serviceOnly('all'),
    insert: serviceOnly('allowed'),
    update: serviceOnly('allowed'),
    delete: nobody,
  },
  // 0007: own factor and which recovery codes are left; admins at aal2 see and reset everyone's
  // (a colleague's lost phone). Enrolment and use run as the service role.
  'public.mfa_factors': {
    select: { anon: 'denied', authenticated: 'own', admin_aal2: 'all', service_role: 'all' },
    insert: serviceOnly('allowed'),
    update: serviceOnly('allowed'),
    delete: { anon: 'denied', authenticated: 'no_rows', admin_aal2: 'allowed', service_role: 'allowed' },
  },
  'public.recovery_codes': {
    select: { anon: 'denied', authenticated: 'own', admin_aal2: 'all', service_role: 'all' },
    insert: serviceOnly('allowed'),
    update: serviceOnly('allowed'),
    delete: { anon: 'denied', authenticated: 'no_rows', admin_aal2: 'allowed', service_role: 'allowed' },
  },
  // 0017: a sign-in's spent challenges, written and read by the service role alone.
  'public.used_mfa_challenges': {
    select: serviceOnly('all'),
    insert: serviceOnly('allowed'),
    update: nobody,
    delete: nobody,
  },
  // 0007: a history, never updated nor deleted by the application.
  'public.consents': {
    select: { anon: 'denied', authenticated: 'own', service_role: 'all' },
    insert: serviceOnly('allowed'),
    update: nobody,
    delete: nobody,
  },
  // 0008: the catalogue, read by everyone, added to and changed by admins and managers at aal2
  // and by the service (demo seed); never deleted but for a price.
  'public.zones': CATALOGUE,
  'public.venue_tables': CATALOGUE,
  'public.shows': CATALOGUE,
  'public.performances': CATALOGUE,
  'public.formulas': CATALOGUE,
  'public.formula_prices': { ...CATALOGUE, delete: { ...nobody, authenticated: 'no_rows', admin_aal2: 'allowed', manager_aal2: 'allowed' } },
  'public.extras': CATALOGUE,
  // 0008: the inventory counters; staff at aal2 add zones to a performance and adjust capacities
  // (held and sold are the service's alone: see below).
  'public.performance_zones': CATALOGUE,
  'public.sales_rules': {
    select: { anon: 'all', authenticated: 'all', service_role: 'all' },
    insert: nobody,
    update: { anon: 'denied', authenticated: 'no_rows', admin_aal2: 'allowed', manager_aal2: 'allowed', service_role: 'denied' },
    delete: nobody,
  },
  // 0008: a guest reads their own bookings, staff at aal2 but the kitchen read all; only the
  // service role writes. Lines and extras follow their booking. 0011: the service role deletes
  // only a hold written in its own transaction (a batch withdrawing a hold that no longer fits).
  'public.bookings': {
    select: BOOKING_READERS,
    insert: serviceOnly('allowed'),
    update: serviceOnly('allowed'),
    delete: serviceOnly('no_rows'),
  },
  // 0009: a change replaces lines and extras, so the service role deletes them.
  'public.booking_lines': { select: BOOKING_READERS, insert: serviceOnly('allowed'), update: nobody, delete: serviceOnly('allowed') },
  'public.booking_extras': { select: BOOKING_READERS, insert: serviceOnly('allowed'), update: nobody, delete: serviceOnly('allowed') },
  // 0009: table assignments follow their booking; the service assigns and frees them.
  'public.booking_tables': { select: BOOKING_READERS, insert: serviceOnly('allowed'), update: nobody, delete: serviceOnly('allowed') },
  // 0009: manage links (hashed tokens) are the service's alone.
  'public.booking_links': { select: serviceOnly('all'), insert: serviceOnly('allowed'), update: nobody, delete: nobody },
  // 0012: posters are read by everyone, exports only by admins and managers at aal2 (subset =
  // the posters); admins and managers at aal2 add and remove posters, the service role writes
  // exports; nobody updates a stored object (a new file is a new object).
  'public.storage_objects': {
    select: { anon: 'subset', authenticated: 'subset', admin_aal2: 'all', manager_aal2: 'all', service_role: 'all' },
    insert: { anon: 'denied', authenticated: 'denied', admin_aal2: 'allowed', manager_aal2: 'allowed', service_role: 'allowed' },
    update: nobody,
    delete: { anon: 'denied', authenticated: 'no_rows', admin_aal2: 'subset', manager_aal2: 'subset', service_role: 'allowed' },
  },
  // 0023: the change feed, written by triggers only (SECURITY DEFINER); the service role reads
  // it (the realtime hub), nobody else reads, writes, changes or deletes it.
  'public.change_events': { select: serviceOnly('all'), insert: nobody, update: nobody, delete: nobody },
  // 0015: a booking's history, written by triggers only (SECURITY DEFINER); booking staff at aal2
  // (not the door, not the kitchen) read it; nobody writes, changes or deletes it.
  'public.booking_events': { select: BOOKING_STAFF_READ, insert: nobody, update: nobody, delete: nobody },
  // 0015: staff notes, written by booking staff at aal2 as themselves; erased by the service.
  'public.booking_notes': {
    select: BOOKING_STAFF_READ,
    insert: { ...nobody, admin_aal2: 'own', manager_aal2: 'own', box_office_aal2: 'own' },
    update: nobody,
    delete: serviceOnly('allowed'),
  },
  // 0015: customers' tags and notes, kept by booking staff at aal2; erased by the service.
  'public.customer_profiles': {
    select: BOOKING_STAFF_READ,
    insert: { ...nobody, admin_aal2: 'allowed', manager_aal2: 'allowed', box_office_aal2: 'allowed' },
    update: { anon: 'denied', authenticated: 'no_rows', admin_aal2: 'allowed', manager_aal2: 'allowed', box_office_aal2: 'allowed', service_role: 'denied' },
    delete: serviceOnly('allowed'),
  },
  // migrate.ts: the migrator's bookkeeping, owner only.
  'ladiva_meta.schema_migrations': NO_ACCESS,
};
/** Schemas whose every table is the owner's alone (graphile-worker migrates its own tables). */
const OWNER_ONLY_SCHEMAS = ['graphile_worker'];

// ─── How each table is exercised ─────────────────────────────────────────────────────────────
interface Fixtures {
  users: Record<'guest_a' | 'guest_b' | StaffRole | 'carol', { id: string; sessionId: string }>;
  notificationId: string;
  catalogue: {
    zoneId: string;
    otherZoneId: string;
    showId: string;
    performanceId: string;
    formulaId: string;
    extraId: string;
    bookingId: string;
  };
}
interface TableProbe {
  /** Columns the intended readers may select; the first one names a row uniquely. */
  read: string;
  /** The user a row belongs to, as an SQL expression (evaluated as the owner). */
  owner?: string;
  /** An INSERT … VALUES for a row belonging to `owner` (a user id). */
  insert?: (f: Fixtures, owner: string) => string;
  /** The SET clause of the update probe: columns granted to the intended writers. */
  set?: string;
  /** A predicate (evaluated as the owner) naming the rows of the 'subset' outcome. */
  subset?: string;
}
const hash = (text: string) => `sha256(convert_to('${text}', 'UTF8'))`;
const bookingOwner = '(select b.user_id from public.bookings b where b.id = booking_id)';
const PROBES: Record<string, TableProbe> = {
  'public.zones': {
    read: 'id, code, name_fr',
    insert: () => `(code, name_fr, name_en) values ('probe', 'p', 'p')`,
    set: 'sort = 1',
  },
  'public.venue_tables': {
    read: 'id, label, seats, neighbour_ids',
    insert: (f) => `(zone_id, label, seats) values ('${f.catalogue.zoneId}', 'probe', 2)`,
    set: 'x = 1',
  },
  'public.shows': {
    read: 'id, slug',
    insert: () => `(slug, title_fr, title_en, duration_minutes) values ('probe', 'p', 'p', 60)`,
    set: 'duration_minutes = 90',
  },
  'public.performances': {
    read: 'id, starts_at, status',
    insert: (f) =>
      `(show_id, starts_at, doors_at) values ('${f.catalogue.showId}', now() + interval '1 year', now())`,
    set: 'sales_closed = true',
  },
  'public.formulas': {
    read: 'id, code, menu',
    insert: () => `(code, name_fr, name_en) values ('probe', 'p', 'p')`,
    set: 'sort = 1',
  },
  'public.formula_prices': {
    read: 'formula_id, zone_id, price_cents',
    insert: (f) =>
      `(formula_id, zone_id, price_cents) values ('${f.catalogue.formulaId}', '${f.catalogue.otherZoneId}', 1)`,
    set: 'price_cents = 1',
  },
  'public.extras': {
    read: 'id, code, price_cents',
    insert: () => `(code, name_fr, name_en, price_cents) values ('probe', 'p', 'p', 1)`,
    set: 'sort = 1',
  },
  'public.performance_zones': {
    read: 'zone_id, performance_id, capacity, held, sold',
    insert: (f) =>
      `(performance_id, zone_id, capacity) values ('${f.catalogue.performanceId}', '${f.catalogue.otherZoneId}', 10)`,
    set: 'capacity = capacity + 1',
  },
  'public.sales_rules': {
    read: 'id, hold_minutes, max_party',
    set: 'updated_at = now()',
  },
  'public.bookings': {
    read: 'id, reference, status, user_id',
    owner: 'user_id',
    insert: (f, owner) =>
      `(reference, performance_id, party_size, user_id, expires_at, total_cents)
       values ('PRBE2345', '${f.catalogue.performanceId}', 2, '${owner}', now(), 0)`,
    set: 'updated_at = now()',
  },
  'public.booking_lines': {
    read: 'id, booking_id, guests',
    owner: bookingOwner,
    insert: (f) =>
      `(booking_id, formula_id, zone_id, guests, unit_price_cents)
       values ('${f.catalogue.bookingId}', '${f.catalogue.formulaId}', '${f.catalogue.otherZoneId}', 1, 0)`,
    set: 'guests = 1',
  },
  'public.booking_extras': {
    read: 'id, booking_id, quantity',
    owner: bookingOwner,
    insert: (f) =>
      `(booking_id, extra_id, quantity, unit_price_cents)
       values ('${f.catalogue.bookingId}', '${f.catalogue.extraId}', 5, 0)`,
    set: 'quantity = 1',
  },
  'public.booking_tables': {
    read: 'booking_id, table_id, guests',
    owner: bookingOwner,
    insert: (f) =>
      `(booking_id, performance_id, table_id, guests)
       values ('${f.catalogue.bookingId}', '${f.catalogue.performanceId}',
               (select id from public.venue_tables where label = 'T1'), 1)`,
    set: 'guests = 1',
  },
  'public.booking_links': {
    read: 'id, booking_id',
    insert: (f) =>
      `(booking_id, token_hash, expires_at) values ('${f.catalogue.bookingId}', ${hash('probe')}, now())`,
  },
  'public.storage_objects': {
    read: 'id, bucket, key, content_type, size, variants',
    subset: `bucket = 'posters'`,
    insert: () =>
      `(bucket, key, content_type, source_type, size) values ('posters', 'probe.webp', 'image/webp', 'image/png', 1)`,
  },
  'public.change_events': {
    read: 'id, tx, topic, audience, payload',
    insert: () => `(topic, audience) values ('room:probe', 'staff')`,
    set: `payload = '{}'`,
  },
  'public.booking_events': {
    read: 'id, booking_id, kind, actor_id, data',
    insert: (f) => `(booking_id, kind) values ('${f.catalogue.bookingId}', 'note')`,
    set: `kind = 'note'`,
  },
  'public.booking_notes': {
    read: 'id, booking_id, author_id, body',
    owner: 'author_id',
    insert: (f, owner) =>
      `(booking_id, author_id, body) values ('${f.catalogue.bookingId}', '${owner}', 'probe')`,
    set: `body = 'probe'`,
  },
  'public.customer_profiles': {
    read: 'customer_id, tags, notes',
    insert: () => `(customer_id) values (repeat('b', 64))`,
    set: `notes = 'probe'`,
  },
  'public.venue_settings': {
    read: 'id, name, tagline_fr, tagline_en, email, phone, address',
    insert: () => `(id, name, tagline_fr, tagline_en) values (true, 'n', 't', 't')`,
    set: 'updated_at = now()',
  },
  'public.notifications': {
    read: 'id, status',
    insert: () =>
      `(idempotency_key, kind, channel, recipient, locale, max_attempts)
       values ('probe', 'probe', 'email', 'probe@example.com', 'fr', 3)`,
    set: 'updated_at = now()',
  },
  'public.notification_events': {
    read: 'id, status',
    insert: (f) => `(notification_id, status) values ('${f.notificationId}', 'queued')`,
    set: `detail = 'probe'`,
  },
  'public.push_subscriptions': {
    read: 'id, endpoint',
    owner: 'user_id',
    insert: (_f, owner) =>
      `(endpoint, p256dh, auth, user_id) values ('https://push.example/probe', 'k', 'a', '${owner}')`,
    set: `locale = 'en'`,
  },
  'public.sms_opt_outs': {
    read: 'phone',
    insert: () => `(phone) values ('+33600000099')`,
    set: 'created_at = now()',
  },
  'public.queue_workers': {
    read: 'worker_id',
    insert: () => `(worker_id, process_id) values ('probe', 'probe')`,
    set: 'heartbeat_at = now()',
  },
  'public.rate_limit_hits': {
    read: 'bucket, window_start',
    insert: () => `(bucket, window_start, expires_at) values (repeat('b', 64), now(), now())`,
    set: 'hits = 1',
  },
  'public.users': {
    read: 'id, email, email_verified_at, locale, display_name, roles, disabled_at, created_at, updated_at, erased_at',
    owner: 'id',
    insert: () =>
      `(email, display_name, locale, roles) values ('probe@example.com', 'Probe', 'fr', '{door}')`,
    set: `display_name = 'Probe'`,
  },
  'public.sessions': {
    read: 'id, user_id, aal, ip, user_agent, created_at, last_seen_at, revoked_at, revoked_reason',
    owner: 'user_id',
    insert: (_f, owner) => `(user_id) values ('${owner}')`,
    set: `revoked_at = now(), revoked_reason = 'probe'`,
  },
  'public.refresh_tokens': {
    read: 'id, session_id, family_id, token_hash, used_at, revoked_at',
    owner: '(select s.user_id from public.sessions s where s.id = session_id)',
    insert: (f, owner) =>
      `(session_id, family_id, token_hash)
       values ('${sessionOf(f, owner)}', gen_random_uuid(), ${hash('probe')})`,
    set: 'revoked_at = now()',
  },
  'public.audit_log': {
    read: 'id, at, actor_id, actor_role, action, target_type, target_id',
    owner: 'actor_id',
    insert: () => `(actor_role, action) values ('probe', 'probe.inserted')`,
    set: `action = 'probe.updated'`,
  },
  'public.auth_links': {
    read: 'id, kind, user_id, token_hash',
    owner: 'user_id',
    insert: (_f, owner) =>
      `(kind, user_id, token_hash, expires_at)
       values ('password_reset', '${owner}', ${hash('probe')}, now() + interval '1 hour')`,
    set: 'used_at = now()',
  },
  'public.mfa_factors': {
    read: 'user_id, confirmed_at, created_at',
    owner: 'user_id',
    // Every probe user already has a factor: a duplicate key means the checks were passed.
    insert: (_f, owner) => `(user_id, secret_sealed) values ('${owner}', 'sealed')`,
    set: 'last_used_step = 1',
  },
  'public.recovery_codes': {
    read: 'id, user_id, used_at, created_at',
    owner: 'user_id',
    insert: (_f, owner) => `(user_id, code_hash) values ('${owner}', ${hash('probe')})`,
    set: 'used_at = now()',
  },
  'public.used_mfa_challenges': {
    read: 'jti, user_id',
    insert: (_f, owner) =>
      `(jti, user_id, expires_at) values (gen_random_uuid(), '${owner}', now() + interval '5 minutes')`,
    set: 'expires_at = now()',
  },
  'public.consents': {
    // wording_version is unique per row in the fixtures, so it names the row.
    read: 'wording_version, kind, granted, at',
    owner: 'user_id',
    insert: (_f, owner) =>
      `(user_id, kind, granted, wording_version) values ('${owner}', 'terms', true, 'probe')`,
    set: 'granted = false',
  },
};

function sessionOf(f: Fixtures, userId: string): string {
  return Object.values(f.users).find((user) => user.id === userId)!.sessionId;
}

function expectedCell<O>(cell: Cell<O>, role: ProbeRole): O {
  if (role === 'anon' || role === 'service_role') return cell[role];
  if (role === 'guest_a' || role === 'guest_b')
    return cell[role] ?? cell.guest ?? cell.authenticated;
  const staffRole = role.replace(/_aal[12]$/, '') as StaffRole;
  return cell[role] ?? cell[staffRole] ?? cell.staff ?? cell.authenticated;
}

// ─── Running the probes ──────────────────────────────────────────────────────────────────────
/** Carries a probe's result out of its transaction, which it rolls back. */
class Rollback extends Error {
  constructor(readonly result: string) {
    super('rollback');
  }
}

describe('the access matrix: table × role × command', () => {
  let database: TestDatabase;
  let fixtures: Fixtures;
  /** Per table: each row's key (first readable column) and owner, as the owner sees them. */
  const rowsOf = new Map<string, { key: string; owner: string | null; subset: boolean }[]>();

  const userOf = (role: ProbeRole): string | undefined => {
    if (role === 'anon' || role === 'service_role') return undefined;
    const name = role === 'guest_a' || role === 'guest_b' ? role : role.replace(/_aal[12]$/, '');
    return fixtures.users[name as keyof Fixtures['users']].id;
  };
  const claimsOf = (role: ProbeRole): RequestClaims => {
    if (role === 'anon' || role === 'service_role') return { role: 'anon' };
    const match = /^(.*)_(aal[12])$/.exec(role);
    return {
      role: 'authenticated',
      sub: userOf(role)!,
      roles: match ? [match[1] as StaffRole] : [],
      aal: match ? (match[2] as Aal) : 'aal1',
    };
  };

  /** Runs `fn` as `role` in a transaction that is always rolled back; 42501 reads 'denied'. */
  async function probe(role: ProbeRole, fn: (tx: Tx) => Promise<string>): Promise<string> {
    const body = async (tx: Tx) => {
      throw new Rollback(await fn(tx));
    };
    try {
      if (role === 'service_role') await withServiceContext(database.db, body);
      else await withRequestContext(database.db, claimsOf(role), body);
      throw new Error('unreachable');
    } catch (error) {
      if (error instanceof Rollback) return error.result;
      const code = (error as { code?: string }).code;
      if (code === '42501') return 'denied';
      // A duplicate key is raised after the privilege and RLS checks were passed.
      if (code === '23505') return 'allowed';
      return `error ${code ?? ''}: ${(error as Error).message}`;
    }
  }

  function probeOf(table: string): TableProbe {
    return PROBES[table] ?? { read: '1' };
  }

  async function classifySelect(table: string, role: ProbeRole): Promise<string> {
    const { read } = probeOf(table);
    return probe(role, async (tx) => {
      const { rows } = await sql
        .raw<Record<string, unknown>>(`select ${read} from ${table}`)
        .execute(tx);
      const all = rowsOf.get(table)!;
      if (rows.length === 0) return all.length === 0 ? 'none (empty table)' : 'none';
      const seen = rows.map((row) => String(Object.values(row)[0])).sort();
      if (
        sameKeys(
          seen,
          all.map((row) => row.key),
        )
      )
        return 'all';
      const mine = all.filter((row) => row.owner !== null && row.owner === userOf(role));
      if (
        mine.length > 0 &&
        sameKeys(
          seen,
          mine.map((row) => row.key),
        )
      )
        return 'own';
      const subset = all.filter((row) => row.subset);
      if (
        subset.length > 0 &&
        sameKeys(
          seen,
          subset.map((row) => row.key),
        )
      )
        return 'subset';
      return `some (${rows.length} of ${all.length})`;
    });
  }

  function countOutcome(table: string, role: ProbeRole, affected: number): string {
    const all = rowsOf.get(table)!;
    if (affected === 0) return 'no_rows';
    if (affected === all.length) return 'allowed';
    const mine = all.filter((row) => row.owner !== null && row.owner === userOf(role)).length;
    if (affected === mine) return 'own';
    if (affected === all.filter((row) => row.subset).length) return 'subset';
    return `some (${affected} of ${all.length})`;
  }

  async function classifyWrite(table: string, role: ProbeRole, statement: string) {
    return probe(role, async (tx) => {
      const result = await sql.raw(statement).execute(tx);
      return countOutcome(table, role, Number(result.numAffectedRows ?? 0n));
    });
  }

  async function classifyInsert(table: string, role: ProbeRole): Promise<string> {
    const { insert, owner } = probeOf(table);
    const statement = (ownerId: string) =>
      `insert into ${table} ${insert ? insert(fixtures, ownerId) : 'default values'}`;
    const run = (ownerId: string) =>
      probe(role, async (tx) => {
        await sql.raw(statement(ownerId)).execute(tx);
        return 'allowed';
      });
    const own = userOf(role) ?? fixtures.users.guest_a.id;
    if (!owner) return run(own);
    const [mine, theirs] = [await run(own), await run(fixtures.users.carol.id)];
    if (mine === 'allowed' && theirs === 'denied') return 'own';
    return mine === theirs ? mine : `own: ${mine}, another's: ${theirs}`;
  }

  async function actual(table: string, command: Command, role: ProbeRole): Promise<string> {
    switch (command) {
      case 'select':
        return classifySelect(table, role);
      case 'insert':
        return classifyInsert(table, role);
      case 'update': {
        const set =
          probeOf(table).set ?? `${await firstColumn(table)} = ${await firstColumn(table)}`;
        return classifyWrite(table, role, `update ${table} set ${set}`);
      }
      case 'delete':
        return classifyWrite(table, role, `delete from ${table}`);
    }
  }

  async function firstColumn(table: string): Promise<string> {
    const { rows } = await database.owner.query<{ name: string }>(
      `select quote_ident(attname) as name from pg_attribute
        where attrelid = $1::regclass and attnum > 0 and not attisdropped order by attnum limit 1`,
      [table],
    );
    return rows[0]!.name;
  }

  /** Actual and expected outcomes of one table and command, for every role. */
  async function matrixRow(table: string, command: Command, spec: TableSpec) {
    const roles = PROBE_ROLES;
    const outcomes = await Promise.all(roles.map((role) => actual(table, command, role)));
    return {
      actual: Object.fromEntries(roles.map((role, i) => [role, outcomes[i]])),
      expected: Object.fromEntries(roles.map((role) => [role, expectedCell(spec[command], role)])),
    };
  }

  async function loadRows(table: string): Promise<void> {
    const { read, owner, subset } = probeOf(table);
    const key = read.split(',')[0]!.trim();
    const { rows } = await database.owner.query<{
      key: string;
      owner: string | null;
      subset: boolean;
    }>(
      `select (${key})::text as key, (${owner ?? 'null'})::text as owner,
              coalesce(${subset ?? 'false'}, false) as subset from ${table}`,
    );
    rowsOf.set(table, rows);
  }

  async function catalogTables(): Promise<string[]> {
    const { rows } = await database.owner.query<{ name: string }>(`
      select n.nspname || '.' || c.relname as name
        from pg_class c join pg_namespace n on n.oid = c.relnamespace
       where c.relkind in ('r', 'p', 'v', 'm', 'f')
         and n.nspname not in ('pg_catalog', 'information_schema')
         and n.nspname not like 'pg\\_%'
       order by 1`);
    return rows.map((row) => row.name);
  }

  function specOf(table: string): TableSpec | undefined {
    return (
      EXPECTED[table] ?? (OWNER_ONLY_SCHEMAS.includes(table.split('.')[0]!) ? NO_ACCESS : undefined)
    );
  }

  beforeAll(async () => {
    database = await createTestDatabase({ poolSize: 8 });
    fixtures = await seed(database);
    for (const table of await catalogTables()) await loadRows(table);
  });
  afterAll(() => database.close());

  it('every table, view and partition of the application schemas has a spec, and no spec is stale', async () => {
    const tables = await catalogTables();
    expect(tables.filter((table) => !specOf(table))).toEqual([]);
    expect(Object.keys(EXPECTED).filter((table) => !tables.includes(table))).toEqual([]);
  });

  it('the fixtures give every probe user rows of their own, and others besides, in every owned table', () => {
    for (const [table, { owner }] of Object.entries(PROBES)) {
      if (!owner) continue;
      const rows = rowsOf.get(table)!;
      for (const role of PROBE_ROLES) {
        const user = userOf(role);
        if (!user) continue;
        const mine = rows.filter((row) => row.owner === user).length;
        expect({ table, role, mine: mine > 0, others: mine < rows.length }).toEqual({
          table,
          role,
          mine: true,
          others: true,
        });
      }
    }
  });

  describe.each(Object.keys(EXPECTED))('%s', (table) => {
    it.each(COMMANDS)('%s', async (command) => {
      const { actual: got, expected } = await matrixRow(table, command, EXPECTED[table]!);
      expect(got).toEqual(expected);
    });
  });

  it('graphile-worker’s tables are the owner’s alone', async () => {
    const tables = (await catalogTables()).filter((table) =>
      OWNER_ONLY_SCHEMAS.includes(table.split('.')[0]!),
    );
    expect(tables.length).toBeGreaterThan(0);
    for (const table of tables) {
      for (const command of COMMANDS) {
        const { actual: got, expected } = await matrixRow(table, command, NO_ACCESS);
        expect({ table, command, ...got }).toEqual({ table, command, ...expected });
      }
    }
  });

  describe('the matrix notices a change', () => {
    it('an extra permissive policy turns a cell from own to all', async () => {
      await database.owner.query(
        `create policy "probe: a leak" on public.consents for select to authenticated using (true)`,
      );
      try {
        const { actual: got, expected } = await matrixRow(
          'public.consents',
          'select',
          EXPECTED['public.consents']!,
        );
        expect(expected.guest_a).toBe('own');
        expect(got.guest_a).toBe('all');
        expect(got).not.toEqual(expected);
      } finally {
        await database.owner.query(`drop policy "probe: a leak" on public.consents`);
      }
      const { actual: got, expected } = await matrixRow(
        'public.consents',
        'select',
        EXPECTED['public.consents']!,
      );
      expect(got).toEqual(expected);
    });

    it('an extra grant turns a cell from denied to no_rows', async () => {
      await database.owner.query('grant delete on public.consents to authenticated');
      try {
        const { actual: got } = await matrixRow(
          'public.consents',
          'delete',
          EXPECTED['public.consents']!,
        );
        expect(got.guest_a).toBe('no_rows');
      } finally {
        await database.owner.query('revoke delete on public.consents from authenticated');
      }
    });
  });

  // The matrix's probes have no WHERE; the application's statements do, and then PostgreSQL applies
  // the SELECT policies to UPDATE as well: a row one cannot read cannot be targeted.
  describe('updates as the application writes them, with a WHERE', () => {
    const affected = (role: ProbeRole, ...statements: string[]) =>
      probe(role, async (tx) => {
        let count = 0;
        for (const statement of statements) {
          count = Number((await sql.raw(statement).execute(tx)).numAffectedRows ?? 0n);
        }
        return String(count);
      });
    const end = (sessionId: string) =>
      `update public.sessions set revoked_at = now(), revoked_reason = 'user_signed_out'
        where id = '${sessionId}'`;

    it('no request role writes a session, not even to end its own (nor to revive it)', async () => {
      const mine = fixtures.users.guest_a.sessionId;
      expect(await affected('guest_a', end(mine))).toBe('denied');
      expect(await affected('admin_aal2', end(fixtures.users.door.sessionId))).toBe('denied');
      const revive = `update public.sessions set revoked_at = null, revoked_reason = null
                       where id = '${mine}'`;
      expect(await affected('guest_a', revive)).toBe('denied');
    });

    it('a user changes their own name, never their roles nor whether they are disabled', async () => {
      const me = fixtures.users.guest_a.id;
      const update = (set: string) => `update public.users set ${set} where id = '${me}'`;
      expect(await affected('guest_a', update(`display_name = 'A'`))).toBe('1');
      expect(await affected('guest_a', update(`roles = '{admin}'`))).toBe('denied');
      expect(await affected('guest_a', update('disabled_at = now()'))).toBe('denied');
      expect(await affected('admin_aal1', update(`display_name = 'A'`))).toBe('0');
    });

    it('staff adjust a capacity, never the held and sold counters (the engine’s alone)', async () => {
      const { performanceId, zoneId, otherZoneId } = fixtures.catalogue;
      const update = (set: string) =>
        `update public.performance_zones set ${set} where performance_id = '${performanceId}'`;
      expect(await affected('admin_aal2', update('capacity = 60'))).toBe('1');
      expect(await affected('manager_aal2', update('capacity = 40'))).toBe('1');
      expect(await affected('box_office_aal2', update('capacity = 60'))).toBe('0');
      expect(await affected('admin_aal2', update('held = 0'))).toBe('denied');
      expect(await affected('manager_aal2', update('sold = 0'))).toBe('denied');
      expect(await affected('admin_aal2', update('capacity = -1'))).toMatch(/^error 23514/);
      const insert = `insert into public.performance_zones (performance_id, zone_id, capacity, sold)
                      values ('${performanceId}', '${otherZoneId}', 10, 10)`;
      expect(await affected('admin_aal2', insert)).toBe('denied');
      expect(zoneId).toBeDefined();
    });

    it('no request role writes a booking, not even its own', async () => {
      const mine = `update public.bookings set status = 'confirmed', contact_name = 'x',
                      contact_email = 'x@example.com' where user_id = '${fixtures.users.guest_a.id}'`;
      expect(await affected('guest_a', mine)).toBe('denied');
      expect(await affected('admin_aal2', mine)).toBe('denied');
      expect(await affected('service_role', mine)).toBe('1');
    });

    it('an admin at aal2 changes another account’s roles but never demotes themselves', async () => {
      const { door, admin } = fixtures.users;
      expect(
        await affected(
          'admin_aal2',
          `update public.users set roles = '{}' where id = '${door.id}'`,
        ),
      ).toBe('1');
      expect(
        await affected(
          'admin_aal2',
          `update public.users set roles = '{}' where id = '${admin.id}'`,
        ),
      ).toBe('denied');
    });
  });

  describe('secret columns', () => {
    const SECRETS: [string, string[]][] = [
      ['public.users', ['password_hash']],
      ['public.mfa_factors', ['secret_sealed', 'last_used_step']],
      [
        'public.refresh_tokens',
        ['id', 'session_id', 'family_id', 'token_hash', 'parent_id', 'used_at', 'revoked_at'],
      ],
      ['public.recovery_codes', ['code_hash']],
      [
        'public.auth_links',
        ['id', 'kind', 'user_id', 'email', 'token_hash', 'expires_at', 'used_at'],
      ],
      ['public.consents', ['id', 'user_id', 'ip']],
    ];
    const readers: ProbeRole[] = ['anon', 'guest_a', 'admin_aal2', 'manager_aal2'];

    it.each(SECRETS)(
      '%s: no request role reads %s, not even its own row',
      async (table, columns) => {
        for (const role of readers) {
          for (const column of [...columns, '*']) {
            const outcome = await probe(role, async (tx) => {
              await sql.raw(`select ${column} from ${table}`).execute(tx);
              return 'read';
            });
            expect({ role, column, outcome }).toEqual({ role, column, outcome: 'denied' });
          }
        }
      },
    );

    it('the catalog grants anon and authenticated no privilege on any secret column', async () => {
      const { rows } = await database.owner.query<{ grant: string }>(
        `select r || ' ' || p || ' ' || t || '.' || c as grant
           from unnest($1::text[], $2::text[]) as s (t, c),
                unnest(array['anon', 'authenticated']) as r,
                unnest(array['SELECT', 'INSERT', 'UPDATE', 'REFERENCES']) as p
          where has_column_privilege(r, t, c, p)`,
        [
          SECRETS.flatMap(([table, columns]) => columns.map(() => table)),
          SECRETS.flatMap(([, columns]) => columns),
        ],
      );
      expect(rows).toEqual([]);
    });
  });
});

function sameKeys(a: string[], b: string[]): boolean {
  const left = [...a].sort();
  const right = [...b].sort();
  return left.length === right.length && left.every((key, i) => key === right[i]);
}

// ─── Fixtures, as the owner ──────────────────────────────────────────────────────────────────
async function seed(database: TestDatabase): Promise<Fixtures> {
  const q = async <R extends object = { id: string }>(text: string, values: unknown[] = []) =>
    (await database.owner.query<R>(text, values)).rows;
  const names = ['guest_a', 'guest_b', ...STAFF_ROLES, 'carol'] as const;
  const users = {} as Fixtures['users'];
  for (const name of names) {
    const roles = (STAFF_ROLES as readonly string[]).includes(name) ? [name] : [];
    const [user] = await q(
      `insert into public.users (email, password_hash, display_name, roles)
       values ($1, '$argon2id$v=19$m=19456,t=2,p=1$c2FsdA$aGFzaA', $2, $3) returning id`,
      [`${name}@example.com`, name, roles],
    );
    const [session] = await q(`insert into public.sessions (user_id) values ($1) returning id`, [
      user!.id,
    ]);
    users[name] = { id: user!.id, sessionId: session!.id };
  }
  // Everybody but carol owns rows everywhere; carol is "another user" for the insert probes.
  const owners = names.filter((name) => name !== 'carol').map((name) => users[name].id);
  await q(`insert into public.sessions (user_id) values ($1)`, [users.guest_b.id]);
  await q(
    `insert into public.refresh_tokens (session_id, family_id, token_hash)
     select id, gen_random_uuid(), sha256(convert_to(id::text, 'UTF8')) from public.sessions`,
  );
  await q(
    `insert into public.mfa_factors (user_id, secret_sealed, confirmed_at)
     select u, 'sealed:' || u, now() from unnest($1::uuid[]) as u`,
    [owners],
  );
  await q(
    `insert into public.recovery_codes (user_id, code_hash)
     select u, sha256(convert_to(u::text || n, 'UTF8')) from unnest($1::uuid[]) as u, generate_series(1, 2) as n`,
    [owners],
  );
  await q(
    `insert into public.used_mfa_challenges (jti, user_id, expires_at)
     select gen_random_uuid(), u, now() + interval '5 minutes' from unnest($1::uuid[]) as u`,
    [owners],
  );
  await q(
    `insert into public.consents (user_id, kind, granted, wording_version)
     select u, 'terms', true, 'v-' || u from unnest($1::uuid[]) as u`,
    [owners],
  );
  await q(
    `insert into public.auth_links (kind, user_id, email, token_hash, expires_at)
     select 'email_verification', u, 'x@example.com', sha256(convert_to('link' || u, 'UTF8')),
            now() + interval '1 day'
       from unnest($1::uuid[]) as u
     union all
     select 'setup', null, 'setup@example.com', sha256(convert_to('setup', 'UTF8')), now() + interval '1 day'`,
    [owners],
  );
  await q(
    `insert into public.push_subscriptions (endpoint, p256dh, auth, user_id)
     select 'https://push.example/' || u, 'k', 'a', u from unnest($1::uuid[]) as u
     union all select 'https://push.example/anonymous', 'k', 'a', null`,
    [owners],
  );
  await q(
    `insert into public.audit_log (actor_id, actor_role, action)
     select u, 'authenticated', 'auth.login.succeeded' from unnest($1::uuid[]) as u
     union all select null, 'anon', 'auth.login.failed'`,
    [owners],
  );
  await q(`insert into public.sms_opt_outs (phone) values ('+33600000001')`);
  await q(
    `insert into public.storage_objects (bucket, key, content_type, source_type, size, created_by)
     values ('posters', 'poster-1-480.webp', 'image/webp', 'image/jpeg', 10, $1),
            ('posters', 'poster-2-480.webp', 'image/webp', 'image/png', 10, $1),
            ('exports', 'export-1.pdf', 'application/pdf', 'application/pdf', 10, null)`,
    [users.admin.id],
  );
  await q(`insert into public.queue_workers (worker_id, process_id) values ('w1', 'p1')`);
  await q(`select * from public.rate_limit_hit(repeat('a', 64), 5, 60)`);
  const [notification] = await q<{ id: string }>(
    `select public.enqueue_notification('probe', 'email', 'x@example.com', 'fr', '{}', 3) as id`,
  );
  return { users, notificationId: notification!.id, catalogue: await seedCatalogue(q, owners) };
}

/** A zone with a table, a show with a performance, a priced formula, an extra; bookings with a
 * line and an extra for every owner, and one made without an account. */
async function seedCatalogue(
  q: <R extends object = { id: string }>(text: string, values?: unknown[]) => Promise<R[]>,
  owners: string[],
): Promise<Fixtures['catalogue']> {
  const id = async (text: string, values: unknown[] = []) => (await q(text, values))[0]!.id;
  const zoneId = await id(
    `insert into public.zones (code, name_fr, name_en) values ('or', 'Or', 'Gold') returning id`,
  );
  const otherZoneId = await id(
    `insert into public.zones (code, name_fr, name_en) values ('bar', 'Bar', 'Bar') returning id`,
  );
  await q(`insert into public.venue_tables (zone_id, label, seats) values ($1, 'T1', 4)`, [zoneId]);
  const showId = await id(
    `insert into public.shows (slug, title_fr, title_en, duration_minutes) values ('revue', 'R', 'R', 90) returning id`,
  );
  const performanceId = await id(
    `insert into public.performances (show_id, starts_at, doors_at)
     values ($1, now() + interval '7 days', now() + interval '7 days') returning id`,
    [showId],
  );
  await q(
    `insert into public.performance_zones (performance_id, zone_id, capacity) values ($1, $2, 50)`,
    [performanceId, zoneId],
  );
  const formulaId = await id(
    `insert into public.formulas (code, name_fr, name_en) values ('diner', 'Dîner', 'Dinner') returning id`,
  );
  await q(
    `insert into public.formula_prices (formula_id, zone_id, price_cents) values ($1, $2, 10000)`,
    [formulaId, zoneId],
  );
  const extraId = await id(
    `insert into public.extras (code, name_fr, name_en, price_cents) values ('gateau', 'G', 'C', 3500) returning id`,
  );
  const bookings = await q(
    `insert into public.bookings (reference, performance_id, party_size, user_id, expires_at, total_cents)
     select upper(substr(translate(md5(coalesce(u::text, 'anonymous')), '01', '23'), 1, 8)), $1, 2, u, now(), 0
       from unnest($2::uuid[] || array[null::uuid]) as u
     returning id`,
    [performanceId, owners],
  );
  await q(
    `insert into public.booking_lines (booking_id, formula_id, zone_id, guests, unit_price_cents)
     select b, $2, $3, 2, 10000 from unnest($1::uuid[]) as b`,
    [bookings.map((b) => b.id), formulaId, zoneId],
  );
  await q(
    `insert into public.booking_extras (booking_id, extra_id, quantity, unit_price_cents)
     select b, $2, 1, 3500 from unnest($1::uuid[]) as b`,
    [bookings.map((b) => b.id), extraId],
  );
  await q(
    `insert into public.venue_tables (zone_id, label, seats, shared) values ($1, 'S1', 20, true)`,
    [zoneId],
  );
  await q(
    `insert into public.booking_tables (booking_id, performance_id, table_id, guests)
     select b, $2, (select id from public.venue_tables where label = 'S1'), 1 from unnest($1::uuid[]) as b`,
    [bookings.map((b) => b.id), performanceId],
  );
  await q(
    `insert into public.booking_notes (booking_id, author_id, body)
     select $1, u, 'a note' from unnest($2::uuid[]) as u`,
    [bookings[0]!.id, owners],
  );
  await q(
    `insert into public.customer_profiles (customer_id, tags) values (repeat('a', 64), '{vip}')`,
  );
  await q(
    `insert into public.booking_links (booking_id, token_hash, expires_at)
     select b, sha256(convert_to(b::text, 'UTF8')), now() + interval '1 day' from unnest($1::uuid[]) as b`,
    [bookings.map((b) => b.id)],
  );
  return {
    zoneId,
    otherZoneId,
    showId,
    performanceId,
    formulaId,
    extraId,
    bookingId: bookings[0]!.id,
  };
}
