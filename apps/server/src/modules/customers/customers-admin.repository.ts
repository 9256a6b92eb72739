// SQL of the back office's customers (ADR 0013): a customer is the set of bookings sharing a
// lowercased contact email, identified by customer_key(email) (SHA-256, hex). Read as the staff
// member: RLS shows booking staff every booking and profile.
import type { CustomerListQuery } from '@ladiva/contract/backoffice-bookings';
import { sql } from 'kysely';
import { likeContains } from '../../db/like.ts';
import type { Tx } from '../../db/request-context.ts';

/** Erased customers keep their bookings (accounting) under this domain: not customers any more. */
export const ERASED_DOMAIN = '@erased.invalid';

export interface CustomerRow {
  customerId: string;
  email: string;
  name: string | null;
  phone: string | null;
  hasAccount: boolean;
  bookingCount: number;
  noShowCount: number;
  cancelledCount: number;
  lastPerformanceAt: Date | null;
  tags: string[];
  notes: string;
  /** The account of the latest booking made signed in, if any. */
  userId: string | null;
  marketingEmail: boolean;
}

/** One row per customer among the bookings `scope` selects (a WHERE on `b`). */
const aggregate = (scope: ReturnType<typeof sql>) => sql`
  select public.customer_key(b.contact_email) as "customerId",
         (array_agg(lower(b.contact_email) order by b.created_at desc))[1] as email,
         (array_agg(b.contact_name order by b.created_at desc))[1] as name,
         (array_agg(b.contact_phone order by b.created_at desc)
            filter (where b.contact_phone is not null))[1] as phone,
         bool_or(b.user_id is not null) as "hasAccount",
         count(*)::integer as "bookingCount",
         (count(*) filter (where b.status = 'no_show'))::integer as "noShowCount",
         (count(*) filter (where b.status = 'cancelled'))::integer as "cancelledCount",
         max(p.starts_at) filter (where b.status in ('confirmed', 'checked_in', 'no_show'))
           as "lastPerformanceAt",
         (array_agg(b.user_id order by b.created_at desc)
            filter (where b.user_id is not null))[1] as "userId",
         (array_agg(b.marketing_email order by b.created_at desc)
            filter (where b.status <> 'held'))[1] as "marketingEmail"
    from public.bookings b
    join public.performances p on p.id = b.performance_id
   where b.contact_email is not null
     and b.contact_email not like ${'%' + ERASED_DOMAIN}
     and ${scope}
   group by 1`;

const ORDER = {
  last_visit_desc: sql`c."lastPerformanceAt" desc nulls last, c."customerId"`,
  name_asc: sql`lower(c.name) asc nulls last, c."customerId"`,
  bookings_desc: sql`c."bookingCount" desc, c."customerId"`,
} as const;

function scopeOf(query: Pick<CustomerListQuery, 'q'>) {
  if (!query.q) return sql`true`;
  // Customers with a booking that matches (trigram index of 0015); their whole history counts.
  return sql`public.customer_key(b.contact_email) in (
    select public.customer_key(m.contact_email) from public.bookings m
     where m.contact_email is not null
       and public.booking_search_text(m.reference, m.contact_name, m.contact_email,
                                      m.contact_phone) like ${likeContains(query.q)})`;
}

export async function listCustomers(tx: Tx, query: CustomerListQuery) {
  const tagFilter = query.tag
    ? sql`coalesce(cp.tags, '{}') @> array[${query.tag}]::text[]`
    : sql`true`;
  const from = sql`(${aggregate(scopeOf(query))}) c
    left join public.customer_profiles cp on cp.customer_id = c."customerId"
    where ${tagFilter}`;
  const { rows: counted } = await sql<{ total: number }>`
    select count(*)::integer as total from ${from}`.execute(tx);
  const { rows } = await sql<CustomerRow>`
    select c.*, coalesce(cp.tags, '{}') as tags, coalesce(cp.notes, '') as notes from ${from}
     order by ${ORDER[query.sort]}
     limit ${query.limit} offset ${query.offset}`.execute(tx);
  return { total: counted[0]!.total, items: rows };
}

export async function findCustomer(tx: Tx, customerId: string): Promise<CustomerRow | undefined> {
  const { rows } = await sql<CustomerRow>`
    select c.*, coalesce(cp.tags, '{}') as tags, coalesce(cp.notes, '') as notes
      from (${aggregate(sql`public.customer_key(b.contact_email) = ${customerId}`)}) c
      left join public.customer_profiles cp on cp.customer_id = c."customerId"`.execute(tx);
  return rows[0];
}

export async function consentsOf(tx: Tx, userId: string) {
  const { rows } = await sql<{ kind: string; granted: boolean; wordingVersion: string; at: Date }>`
    select kind, granted, wording_version as "wordingVersion", at
      from public.customer_consents(${userId}::uuid) order by kind`.execute(tx);
  return rows;
}

export function saveProfile(
  tx: Tx,
  customerId: string,
  changes: { tags?: string[] | undefined; notes?: string | undefined },
  userId: string,
) {
  const set = {
    ...(changes.tags !== undefined ? { tags: [...new Set(changes.tags)] } : {}),
    ...(changes.notes !== undefined ? { notes: changes.notes } : {}),
    updatedAt: sql<Date>`now()`,
    updatedBy: userId,
  };
  return tx
    .insertInto('customerProfiles')
    .values({ customerId, ...set })
    .onConflict((oc) => oc.column('customerId').doUpdateSet(set))
    .execute();
}

/** The customer's bookings that still hold places for a performance to come. */
export async function liveUpcomingBookings(tx: Tx, customerId: string): Promise<number> {
  const { rows } = await sql<{ count: number }>`
    select count(*)::integer as count from public.bookings b
      join public.performances p on p.id = b.performance_id
     where b.contact_email is not null and public.customer_key(b.contact_email) = ${customerId}
       and b.status in ('held', 'confirmed') and p.starts_at > now()`.execute(tx);
  return rows[0]!.count;
}

/** Accounts linked to the customer's bookings, with whether each is staff or already erased. */
export async function linkedAccounts(tx: Tx, customerId: string) {
  const { rows } = await sql<{ id: string; staff: boolean; erased: boolean }>`
    select distinct u.id, u.roles <> '{}' as staff, u.erased_at is not null as erased
      from public.bookings b join public.users u on u.id = b.user_id
     where b.contact_email is not null
       and public.customer_key(b.contact_email) = ${customerId}`.execute(tx);
  return rows;
}

/**
 * Erases what the bookings say about the customer: contact, guests' details (dietary notes are
 * health data), occasion; the bookings themselves stay for the accounts. Their notes and profile
 * go. Run as the service role: only it writes bookings (0008) and deletes notes and profiles.
 */
export async function anonymiseCustomer(tx: Tx, customerId: string, erasedEmail: string) {
  const bookings = await tx
    .updateTable('bookings')
    .set({
      contactName: 'Erased',
      contactEmail: erasedEmail,
      contactPhone: null,
      guestDetails: '[]',
      occasion: null,
      marketingEmail: false,
      updatedAt: sql<Date>`now()`,
    })
    .where(
      sql<boolean>`contact_email is not null
                        and public.customer_key(contact_email) = ${customerId}`,
    )
    .returning('id')
    .execute();
  const ids = bookings.map((booking) => booking.id);
  if (ids.length > 0) await tx.deleteFrom('bookingNotes').where('bookingId', 'in', ids).execute();
  await tx.deleteFrom('customerProfiles').where('customerId', '=', customerId).execute();
  return ids.length;
}
