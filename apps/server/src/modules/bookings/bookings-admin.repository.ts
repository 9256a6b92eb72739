// SQL of the back office's bookings: the searchable list, a booking's detail and history, notes
// and no-shows. Runs as the staff member (withRequestContext): RLS decides what is visible.
import type { AdminBookingListQuery } from '@ladiva/contract/backoffice-bookings';
import { sql } from 'kysely';
import { likeContains } from '../../db/like.ts';
import type { Tx } from '../../db/request-context.ts';
import type { BookingStatus } from '../../db/schema.ts';

/** The venue's clock: a performance's date is its date in Paris. */
export const VENUE_TIME_ZONE = 'Europe/Paris';

function fromBookings(tx: Tx) {
  return tx
    .selectFrom('bookings as b')
    .innerJoin('performances as p', 'p.id', 'b.performanceId')
    .innerJoin('shows as s', 's.id', 'p.showId');
}
type FromBookings = ReturnType<typeof fromBookings>;

/** The columns of a booking as the back office lists it (performance and show joined). */
function withColumns(query: FromBookings) {
  return query.select([
    'b.id',
    'b.reference',
    'b.status',
    'b.source',
    'b.partySize',
    'b.totalCents',
    'b.contactName',
    'b.contactEmail',
    'b.contactPhone',
    'b.occasion',
    'b.createdAt',
    'b.confirmedAt',
    'b.cancelledAt',
    'b.guestDetails',
    'b.marketingEmail',
    'b.userId',
    sql<boolean>`b.user_id is not null`.as('hasAccount'),
    sql<string | null>`case when b.contact_email is not null
                            then public.customer_key(b.contact_email) end`.as('customerId'),
    'p.id as performanceId',
    'p.startsAt',
    's.titleFr as showTitleFr',
    's.titleEn as showTitleEn',
  ]);
}
export type BookingRow = Awaited<ReturnType<ReturnType<typeof withColumns>['execute']>>[number];

/** Bookings of one customer (customer_key of the contact email; index of migration 0015). */
export function customerBookingRows(tx: Tx, customerId: string, limit: number) {
  return withColumns(fromBookings(tx))
    .where(
      sql<boolean>`b.contact_email is not null
                        and public.customer_key(b.contact_email) = ${customerId}`,
    )
    .orderBy('p.startsAt', 'desc')
    .orderBy('b.id', 'desc')
    .limit(limit)
    .execute();
}

function filtered(tx: Tx, filters: AdminBookingListQuery): FromBookings {
  let q = fromBookings(tx);
  if (filters.from) {
    q = q.where(sql<boolean>`p.starts_at >= (${filters.from}::date::timestamp
                             at time zone ${VENUE_TIME_ZONE})`);
  }
  if (filters.to) {
    q = q.where(sql<boolean>`p.starts_at < ((${filters.to}::date + 1)::timestamp
                             at time zone ${VENUE_TIME_ZONE})`);
  }
  if (filters.performanceId) q = q.where('b.performanceId', '=', filters.performanceId);
  if (filters.status) {
    q = q.where('b.status', 'in', filters.status.split(',') as BookingStatus[]);
  }
  if (filters.source) q = q.where('b.source', '=', filters.source);
  if (filters.q) {
    // The trigram index of migration 0015 serves this LIKE, wherever the text is.
    q = q.where(
      sql<boolean>`public.booking_search_text(b.reference, b.contact_name, b.contact_email,
                                              b.contact_phone) like ${likeContains(filters.q)}`,
    );
  }
  return q;
}

const ORDER = {
  performance_asc: sql`p.starts_at asc, b.created_at asc, b.id asc`,
  performance_desc: sql`p.starts_at desc, b.created_at desc, b.id desc`,
  created_asc: sql`b.created_at asc, b.id asc`,
  created_desc: sql`b.created_at desc, b.id desc`,
  name_asc: sql`lower(b.contact_name) asc nulls last, b.id asc`,
} as const;

export async function listBookings(tx: Tx, filters: AdminBookingListQuery) {
  const { total } = await filtered(tx, filters)
    .select(sql<number>`count(*)::integer`.as('total'))
    .executeTakeFirstOrThrow();
  const items = await withColumns(filtered(tx, filters))
    .orderBy(ORDER[filters.sort])
    .limit(filters.limit)
    .offset(filters.offset)
    .execute();
  return { total, items };
}

export function findBooking(tx: Tx, bookingId: string) {
  return withColumns(fromBookings(tx)).where('b.id', '=', bookingId).executeTakeFirst();
}

export function bookingLines(tx: Tx, bookingId: string) {
  return tx
    .selectFrom('bookingLines as l')
    .innerJoin('formulas as f', 'f.id', 'l.formulaId')
    .innerJoin('zones as z', 'z.id', 'l.zoneId')
    .select([
      'l.formulaId',
      'f.nameFr as formulaNameFr',
      'f.nameEn as formulaNameEn',
      'l.zoneId',
      'z.nameFr as zoneNameFr',
      'z.nameEn as zoneNameEn',
      'l.guests',
      'l.unitPriceCents',
    ])
    .where('l.bookingId', '=', bookingId)
    .orderBy('z.sort')
    .orderBy('f.sort')
    .execute();
}

export function bookingExtras(tx: Tx, bookingId: string) {
  return tx
    .selectFrom('bookingExtras as be')
    .innerJoin('extras as e', 'e.id', 'be.extraId')
    .select(['be.extraId', 'e.nameFr', 'e.nameEn', 'be.quantity', 'be.unitPriceCents'])
    .where('be.bookingId', '=', bookingId)
    .orderBy('e.sort')
    .execute();
}

export function bookingTables(tx: Tx, bookingId: string) {
  return tx
    .selectFrom('bookingTables as bt')
    .innerJoin('venueTables as vt', 'vt.id', 'bt.tableId')
    .select(['bt.tableId', 'vt.label', 'bt.guests'])
    .where('bt.bookingId', '=', bookingId)
    .orderBy('vt.label')
    .execute();
}

/** The history, oldest first, with the text of its notes (gone once erased). */
export function bookingHistory(tx: Tx, bookingIds: string[]) {
  return tx
    .selectFrom('bookingEvents as e')
    .leftJoin('bookingNotes as n', (join) =>
      join.on('e.kind', '=', 'note').on(sql<boolean>`n.id = (e.data ->> 'noteId')::uuid`),
    )
    .select(['e.id', 'e.bookingId', 'e.at', 'e.kind', 'e.actorId', 'e.data', 'n.body as note'])
    .where('e.bookingId', 'in', bookingIds)
    .orderBy('e.id')
    .execute();
}

/** Display names of staff accounts (guests are not named: public.staff_names). */
export async function staffNames(tx: Tx, ids: string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const { rows } = await sql<{ id: string; name: string }>`
    select id, name from public.staff_names(${ids}::uuid[])`.execute(tx);
  return new Map(rows.map((row) => [row.id, row.name]));
}

export async function addNote(tx: Tx, bookingId: string, authorId: string, body: string) {
  return tx
    .insertInto('bookingNotes')
    .values({ bookingId, authorId, body })
    .returning(['id'])
    .executeTakeFirstOrThrow();
}

/** Ids of the bookings it marked (public.mark_no_show checks the caller and each booking). */
export async function markNoShow(tx: Tx, bookingIds: string[]): Promise<string[]> {
  const { rows } = await sql<{ id: string }>`
    select id from public.mark_no_show(${bookingIds}::uuid[]) as id`.execute(tx);
  return rows.map((row) => row.id);
}
