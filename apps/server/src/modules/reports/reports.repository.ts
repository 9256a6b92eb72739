// The dashboard's and reports' SQL: every figure is aggregated by PostgreSQL, under the caller's
// role (withRequestContext), so RLS decides which bookings count. Sold = confirmed + checked in.
import { sql } from 'kysely';
import type { Tx } from '../../db/request-context.ts';
import { dayEnd, dayStart, VENUE_TIME_ZONE } from './paris-days.ts';

export interface DayRange {
  from: string;
  to: string;
}
export interface Page {
  limit: number;
  offset: number;
}
type PerformanceStatus = 'on_sale' | 'sold_out' | 'cancelled' | 'past';

const SOLD = sql`('confirmed', 'checked_in')`;
const inRange = (column: ReturnType<typeof sql>, range: DayRange) =>
  sql`${column} >= ${dayStart(range.from)} and ${column} < ${dayEnd(range.to)}`;
const paging = (page: Page | undefined) =>
  page ? sql`limit ${page.limit} offset ${page.offset}` : sql``;

// ─── Dashboard ──────────────────────────────────────────────────────────────────────────────────
export async function performancesIn(tx: Tx, range: DayRange, page: Page) {
  const where = inRange(sql`p.starts_at`, range);
  // One connection per transaction: the statements run one after the other.
  const { rows } = await sql<{
    id: string;
    startsAt: Date;
    status: PerformanceStatus;
    salesClosed: boolean;
    showTitleFr: string;
    showTitleEn: string;
  }>`select p.id, p.starts_at, p.status, p.sales_closed,
              s.title_fr as show_title_fr, s.title_en as show_title_en
         from public.performances p join public.shows s on s.id = p.show_id
        where ${where}
        order by p.starts_at, p.id ${paging(page)}`.execute(tx);
  const count = await sql<{ total: number }>`select count(*)::integer as total
                                               from public.performances p
                                              where ${where}`.execute(tx);
  return { rows, total: count.rows[0]?.total ?? 0 };
}

export async function zoneFill(tx: Tx, performanceIds: string[]) {
  const { rows } = await sql<{
    performanceId: string;
    zoneId: string;
    code: string;
    nameFr: string;
    nameEn: string;
    capacity: number;
    held: number;
    sold: number;
  }>`select pz.performance_id, z.id as zone_id, z.code, z.name_fr, z.name_en,
            pz.capacity, pz.held, pz.sold
       from public.performance_zones pz join public.zones z on z.id = pz.zone_id
      where pz.performance_id = any (${performanceIds}::uuid[])
      order by z.sort, z.code`.execute(tx);
  return rows;
}

export async function coversByFormula(tx: Tx, performanceIds: string[]) {
  const { rows } = await sql<{
    performanceId: string;
    formulaId: string;
    code: string;
    nameFr: string;
    nameEn: string;
    guests: number;
  }>`select b.performance_id, f.id as formula_id, f.code, f.name_fr, f.name_en,
            sum(l.guests)::integer as guests
       from public.bookings b
       join public.booking_lines l on l.booking_id = b.id
       join public.formulas f on f.id = l.formula_id
      where b.performance_id = any (${performanceIds}::uuid[]) and b.status in ${SOLD}
      group by b.performance_id, f.id
      order by f.sort, f.code`.execute(tx);
  return rows;
}

/** Guests expected per 15-minute slot: the start minus their formula's arrival time. */
export async function arrivals(tx: Tx, performanceIds: string[]) {
  const { rows } = await sql<{
    performanceId: string;
    at: Date;
    guests: number;
    checkedIn: number;
  }>`select b.performance_id,
            date_bin('15 minutes', p.starts_at - make_interval(mins => f.arrival_minutes_before),
                     timestamptz '2000-01-01 00:00:00+00') as at,
            sum(l.guests)::integer as guests,
            coalesce(sum(l.guests) filter (where b.status = 'checked_in'), 0)::integer as checked_in
       from public.bookings b
       join public.performances p on p.id = b.performance_id
       join public.booking_lines l on l.booking_id = b.id
       join public.formulas f on f.id = l.formula_id
      where b.performance_id = any (${performanceIds}::uuid[]) and b.status in ${SOLD}
      group by 1, 2
      order by 2`.execute(tx);
  return rows;
}

export async function revenueByPerformance(tx: Tx, performanceIds: string[]) {
  const { rows } = await sql<{ performanceId: string; revenueCents: string }>`
    select b.performance_id, sum(b.total_cents)::bigint as revenue_cents
      from public.bookings b
     where b.performance_id = any (${performanceIds}::uuid[]) and b.status in ${SOLD}
     group by b.performance_id`.execute(tx);
  return rows;
}

/** Per Paris day of confirmation: bookings made (whatever became of them) and cancellations. */
export async function bookingsPerDay(tx: Tx, range: DayRange) {
  const { rows } = await sql<{
    date: string;
    bookings: number;
    guests: number;
    cancelled: number;
    revenueCents: string;
  }>`with made as (
       select (b.confirmed_at at time zone ${VENUE_TIME_ZONE})::date as day,
              count(*)::integer as bookings, sum(b.party_size)::integer as guests,
              coalesce(sum(b.total_cents) filter (where b.status in ${SOLD}), 0)::bigint as revenue
         from public.bookings b
        where ${inRange(sql`b.confirmed_at`, range)}
        group by 1
     ), cancelled as (
       select (b.cancelled_at at time zone ${VENUE_TIME_ZONE})::date as day, count(*)::integer as n
         from public.bookings b
        where b.confirmed_at is not null and ${inRange(sql`b.cancelled_at`, range)}
        group by 1
     )
     select to_char(d.day, 'YYYY-MM-DD') as date, coalesce(m.bookings, 0) as bookings,
            coalesce(m.guests, 0) as guests, coalesce(c.n, 0) as cancelled,
            coalesce(m.revenue, 0) as revenue_cents
       from generate_series(${range.from}::date, ${range.to}::date, interval '1 day') as g (at)
       cross join lateral (select g.at::date as day) d
       left join made m on m.day = d.day
       left join cancelled c on c.day = d.day
      order by d.day`.execute(tx);
  return rows;
}

export async function bookingsBySource(tx: Tx, range: DayRange) {
  const { rows } = await sql<{
    source: 'web' | 'phone' | 'admin';
    bookings: number;
    guests: number;
  }>`
    select b.source, count(*)::integer as bookings, sum(b.party_size)::integer as guests
      from public.bookings b
     where ${inRange(sql`b.confirmed_at`, range)}
     group by b.source
     order by b.source`.execute(tx);
  return rows;
}

// ─── Sales ──────────────────────────────────────────────────────────────────────────────────────
export type SalesGroup = 'performance' | 'zone' | 'formula' | 'day' | 'week' | 'month';

export interface SalesFilter extends DayRange {
  groupBy: SalesGroup;
  dateBasis: 'performance' | 'sale';
}

export interface SalesRow {
  key: string;
  label: string;
  bookings: number;
  guests: number;
  ticketsCents: string;
  extrasCents: string;
  revenueCents: string;
}

/** Sold bookings in the range, with their tickets and extras split out. */
function soldBookings(filter: SalesFilter) {
  const basis = filter.dateBasis === 'sale' ? sql`b.confirmed_at` : sql`p.starts_at`;
  return sql`sold as (
      select b.id, b.party_size, b.total_cents, b.performance_id, p.starts_at,
             s.title_fr as show_title, ${basis} as basis_at,
             coalesce((select sum(l.guests * l.unit_price_cents) from public.booking_lines l
                        where l.booking_id = b.id), 0) as tickets,
             coalesce((select sum(e.quantity * e.unit_price_cents) from public.booking_extras e
                        where e.booking_id = b.id), 0) as extras
        from public.bookings b
        join public.performances p on p.id = b.performance_id
        join public.shows s on s.id = p.show_id
       where b.status in ${SOLD} and ${inRange(basis, filter)}
    )`;
}

const BOOKING_FIGURES = sql`count(*)::integer as bookings, sum(m.party_size)::integer as guests,
  sum(m.tickets)::bigint as tickets_cents, sum(m.extras)::bigint as extras_cents,
  sum(m.total_cents)::bigint as revenue_cents`;
const LINE_FIGURES = sql`count(distinct m.id)::integer as bookings,
  sum(l.guests)::integer as guests, sum(l.guests * l.unit_price_cents)::bigint as tickets_cents,
  0::bigint as extras_cents, sum(l.guests * l.unit_price_cents)::bigint as revenue_cents`;

const local = sql`(m.basis_at at time zone ${VENUE_TIME_ZONE})`;

/** key, label and sort order of each grouping: fixed SQL, chosen from the enum. */
function grouped(groupBy: SalesGroup) {
  switch (groupBy) {
    case 'performance':
      return sql`select m.performance_id::text as key,
                        m.show_title || ' ' ||
                          to_char(m.starts_at at time zone ${VENUE_TIME_ZONE}, 'YYYY-MM-DD HH24:MI')
                          as label,
                        min(m.starts_at)::text as sort_key, ${BOOKING_FIGURES}
                   from sold m group by m.performance_id, m.show_title, m.starts_at`;
    case 'day':
    case 'week':
    case 'month': {
      const start = sql`date_trunc(${sql.lit(groupBy)}, ${local})`;
      const label =
        groupBy === 'week'
          ? sql`to_char(${start}, 'IYYY-"W"IW')`
          : sql`to_char(${start}, ${groupBy === 'month' ? 'YYYY-MM' : 'YYYY-MM-DD'})`;
      return sql`select to_char(${start}, 'YYYY-MM-DD') as key, ${label} as label,
                        to_char(${start}, 'YYYY-MM-DD') as sort_key, ${BOOKING_FIGURES}
                   from sold m group by 1, 2, 3`;
    }
    case 'zone':
    case 'formula': {
      const table = groupBy === 'zone' ? sql`public.zones` : sql`public.formulas`;
      const column = groupBy === 'zone' ? sql`l.zone_id` : sql`l.formula_id`;
      return sql`select g.id::text as key, g.name_fr as label,
                        lpad(g.sort::text, 10, '0') || g.code as sort_key, ${LINE_FIGURES}
                   from sold m
                   join public.booking_lines l on l.booking_id = m.id
                   join ${table} g on g.id = ${column}
                  group by g.id`;
    }
  }
}

export async function salesRows(tx: Tx, filter: SalesFilter, page?: Page) {
  const { rows } = await sql<SalesRow>`
    with ${soldBookings(filter)}, grouped as (${grouped(filter.groupBy)})
    select key, label, bookings, guests, tickets_cents, extras_cents, revenue_cents
      from grouped order by sort_key, key ${paging(page)}`.execute(tx);
  return rows;
}

export async function salesSummary(tx: Tx, filter: SalesFilter) {
  const { rows } = await sql<Omit<SalesRow, 'key' | 'label'> & { total: number }>`
    with ${soldBookings(filter)}, grouped as (${grouped(filter.groupBy)})
    select (select count(*) from grouped)::integer as total, count(*)::integer as bookings,
           coalesce(sum(m.party_size), 0)::integer as guests,
           coalesce(sum(m.tickets), 0)::bigint as tickets_cents,
           coalesce(sum(m.extras), 0)::bigint as extras_cents,
           coalesce(sum(m.total_cents), 0)::bigint as revenue_cents
      from sold m`.execute(tx);
  return rows[0]!;
}

// ─── Occupancy ──────────────────────────────────────────────────────────────────────────────────
export interface OccupancyRow {
  performanceId: string;
  startsAt: Date;
  status: PerformanceStatus;
  showTitleFr: string;
  capacity: number;
  held: number;
  sold: number;
  checkedIn: number;
  noShow: number;
}

export async function occupancyRows(tx: Tx, range: DayRange, page?: Page) {
  const { rows } = await sql<OccupancyRow>`
    select p.id as performance_id, p.starts_at, p.status, s.title_fr as show_title_fr,
           coalesce(z.capacity, 0) as capacity, coalesce(z.held, 0) as held,
           coalesce(z.sold, 0) as sold, coalesce(g.checked_in, 0) as checked_in,
           coalesce(g.no_show, 0) as no_show
      from public.performances p
      join public.shows s on s.id = p.show_id
      left join lateral (
        select sum(capacity)::integer as capacity, sum(held)::integer as held,
               sum(sold)::integer as sold
          from public.performance_zones where performance_id = p.id
      ) z on true
      left join lateral (
        select (sum(party_size) filter (where status = 'checked_in'))::integer as checked_in,
               (sum(party_size) filter (where status = 'no_show'))::integer as no_show
          from public.bookings
         where performance_id = p.id and status in ('checked_in', 'no_show')
      ) g on true
     where ${inRange(sql`p.starts_at`, range)}
     order by p.starts_at, p.id ${paging(page)}`.execute(tx);
  return rows;
}

export async function occupancyCount(tx: Tx, range: DayRange) {
  const { rows } = await sql<{ total: number }>`
    select count(*)::integer as total from public.performances p
     where ${inRange(sql`p.starts_at`, range)}`.execute(tx);
  return rows[0]?.total ?? 0;
}
