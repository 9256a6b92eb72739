// SQL of the back office's performances: bulk creation (a season is two statements whatever its
// size), the staff list with each zone's counters, capacity changes that never go below what is
// held and sold, and the cancellation of a performance's bookings with exact counters.
import type { ListAdminPerformancesQuery } from '@ladiva/contract/backoffice-catalogue';
import { sql } from 'kysely';
import type { Tx } from '../../db/request-context.ts';
import { LOCK_TIMEOUT } from '../bookings/inventory.ts';
import { paged } from './catalogue-admin.repository.ts';

export async function venueTimeZone(tx: Tx): Promise<string> {
  const row = await tx.selectFrom('venueSettings').select('timezone').executeTakeFirst();
  return row?.timezone ?? 'Europe/Paris';
}

export const showExists = async (tx: Tx, showId: string) =>
  (await tx.selectFrom('shows').select('id').where('id', '=', showId).executeTakeFirst()) !==
  undefined;

/** Zones that have tables, with the sum of their seats: a new performance's default capacity. */
export function layoutCapacities(tx: Tx) {
  return tx
    .selectFrom('venueTables')
    .select(['zoneId', sql<number>`sum(seats)::integer`.as('capacity')])
    .groupBy('zoneId')
    .orderBy('zoneId')
    .execute();
}

export async function existingZones(tx: Tx, zoneIds: string[]): Promise<string[]> {
  if (zoneIds.length === 0) return [];
  const rows = await tx.selectFrom('zones').select('id').where('id', 'in', zoneIds).execute();
  return rows.map((row) => row.id);
}

/**
 * Inserts performances in one statement; those that exist already (same show and start) are
 * skipped. Returns the ids of the new ones.
 */
export async function insertPerformances(
  tx: Tx,
  showId: string,
  planned: readonly { startsAt: Date; doorsAt: Date }[],
): Promise<string[]> {
  if (planned.length === 0) return [];
  const { rows } = await sql<{ id: string }>`
    insert into public.performances (show_id, starts_at, doors_at)
    select ${showId}::uuid, s, d
      from unnest(${planned.map((p) => p.startsAt.toISOString())}::timestamptz[],
                  ${planned.map((p) => p.doorsAt.toISOString())}::timestamptz[]) as u (s, d)
    on conflict (show_id, starts_at) do nothing
    returning id`.execute(tx);
  return rows.map((row) => row.id);
}

/** Every new performance gets every given zone at its capacity: one statement. */
export async function insertPerformanceZones(
  tx: Tx,
  performanceIds: readonly string[],
  capacities: readonly { zoneId: string; capacity: number }[],
): Promise<void> {
  if (performanceIds.length === 0 || capacities.length === 0) return;
  await sql`
    insert into public.performance_zones (performance_id, zone_id, capacity)
    select p, z.zone_id, z.capacity
      from unnest(${performanceIds}::uuid[]) as p
     cross join unnest(${capacities.map((c) => c.zoneId)}::uuid[],
                       ${capacities.map((c) => c.capacity)}::integer[]) as z (zone_id, capacity)`.execute(
    tx,
  );
}

// ─── The staff list ────────────────────────────────────────────────────────────────────────────

function performanceQuery(tx: Tx) {
  return tx
    .selectFrom('performances as p')
    .innerJoin('shows as s', 's.id', 'p.showId')
    .select([
      'p.id',
      'p.showId',
      's.titleFr as showTitleFr',
      's.titleEn as showTitleEn',
      'p.startsAt',
      'p.doorsAt',
      'p.status',
      'p.salesClosed',
      'p.sellBeyondPlan',
      'p.cancelledAt',
      'p.cancellationReason',
      sql<
        {
          zoneId: string;
          code: string;
          nameFr: string;
          nameEn: string;
          capacity: number;
          held: number;
          sold: number;
        }[]
      >`coalesce((
        select jsonb_agg(jsonb_build_object(
                 'zoneId', z.id, 'code', z.code, 'nameFr', z.name_fr, 'nameEn', z.name_en,
                 'capacity', pz.capacity, 'held', pz.held, 'sold', pz.sold)
               order by z.sort, z.code)
          from public.performance_zones pz join public.zones z on z.id = pz.zone_id
         where pz.performance_id = p.id), '[]'::jsonb)`.as('zones'),
    ]);
}

export async function listPerformances(tx: Tx, filter: ListAdminPerformancesQuery) {
  let query = performanceQuery(tx).select(sql<string>`count(*) over ()`.as('total'));
  if (filter.from) query = query.where('p.startsAt', '>=', new Date(filter.from));
  if (filter.to) query = query.where('p.startsAt', '<', new Date(filter.to));
  if (filter.showId) query = query.where('p.showId', '=', filter.showId);
  if (filter.status) query = query.where('p.status', '=', filter.status);
  const rows = await query
    .orderBy('p.startsAt')
    .orderBy('p.id')
    .limit(filter.limit)
    .offset(filter.offset)
    .execute();
  return paged(rows);
}

export const findPerformance = (tx: Tx, id: string) =>
  performanceQuery(tx).where('p.id', '=', id).executeTakeFirst();

// ─── Capacity and sales ────────────────────────────────────────────────────────────────────────

/**
 * Sets a zone's capacity unless fewer than its held + sold places: the condition and the row lock
 * are in the same statement, so a hold between a read and this write cannot slip under it.
 * Returns 'set', or the minimum allowed, or 'missing' when the performance does not sell the zone.
 */
export async function setCapacity(
  tx: Tx,
  performanceId: string,
  zoneId: string,
  capacity: number,
): Promise<'set' | 'missing' | { minimum: number }> {
  // The counter row is the engine's hot row: wait briefly, then answer BUSY (ADR 0010).
  await sql`select set_config('lock_timeout', ${LOCK_TIMEOUT}, true)`.execute(tx);
  const { rows } = await sql<{ zoneId: string }>`
    update public.performance_zones set capacity = ${capacity}::integer
     where performance_id = ${performanceId} and zone_id = ${zoneId}
       and held + sold <= ${capacity}::integer
    returning zone_id`.execute(tx);
  if (rows.length > 0) return 'set';
  const row = await tx
    .selectFrom('performanceZones')
    .select(sql<number>`held + sold`.as('booked'))
    .where('performanceId', '=', performanceId)
    .where('zoneId', '=', zoneId)
    .executeTakeFirst();
  return row ? { minimum: row.booked } : 'missing';
}

export async function addZone(tx: Tx, performanceId: string, zoneId: string, capacity: number) {
  await tx.insertInto('performanceZones').values({ performanceId, zoneId, capacity }).execute();
}

export async function setSwitches(
  tx: Tx,
  id: string,
  switches: { salesClosed?: boolean | undefined; sellBeyondPlan?: boolean | undefined },
) {
  const result = await tx
    .updateTable('performances')
    .set({
      ...(switches.salesClosed === undefined ? {} : { salesClosed: switches.salesClosed }),
      ...(switches.sellBeyondPlan === undefined ? {} : { sellBeyondPlan: switches.sellBeyondPlan }),
    })
    .where('id', '=', id)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

// ─── Cancellation ──────────────────────────────────────────────────────────────────────────────

/** Marks a performance cancelled (as the caller: the policies decide). Undefined if not changed. */
export async function markCancelled(tx: Tx, id: string, reason: string | null) {
  return tx
    .updateTable('performances')
    .set({
      status: 'cancelled',
      salesClosed: true,
      cancelledAt: sql<Date>`now()`,
      cancellationReason: reason,
    })
    .where('id', '=', id)
    .where('status', '<>', 'cancelled')
    .returning(['id', 'startsAt'])
    .executeTakeFirst();
}

/**
 * Switches the transaction to the service role, which alone writes bookings and counters
 * (migration 0008, ADR 0010). Called only after the caller's own statement (cancelling the
 * performance) was accepted by the policies: the service role then does what follows from it.
 */
export async function becomeServiceRole(tx: Tx): Promise<void> {
  await sql`select set_config('role', 'service_role', true),
                   set_config('request.jwt.claims', '{"role":"service_role"}', true),
                   set_config('lock_timeout', ${LOCK_TIMEOUT}, true)`.execute(tx);
}

/**
 * Cancels every held and confirmed booking of the performance and gives their places back, in
 * the engine's lock order (inventory.ts): the booking rows first, then the zone counters by zone
 * id. held and sold go down by exactly the guests of the lines of the bookings cancelled here.
 * Returns the cancelled bookings with their former status.
 */
export async function cancelBookingsOf(tx: Tx, performanceId: string) {
  const { rows: bookings } = await sql<{ id: string; status: 'held' | 'confirmed' }>`
    select id, status from public.bookings
     where performance_id = ${performanceId} and status in ('held', 'confirmed')
     order by id
       for update`.execute(tx);
  if (bookings.length === 0) return [];
  const ids = bookings.map((b) => b.id);
  // Counters next, by zone id (the engine's order), before they are changed.
  await sql`
    select zone_id from public.performance_zones
     where performance_id = ${performanceId}
     order by zone_id
       for update`.execute(tx);
  await sql`
    with released as (
      select l.zone_id,
             coalesce(sum(l.guests) filter (where b.status = 'held'), 0)::integer as held,
             coalesce(sum(l.guests) filter (where b.status = 'confirmed'), 0)::integer as sold
        from public.bookings b join public.booking_lines l on l.booking_id = b.id
       where b.id = any (${ids}::uuid[])
       group by l.zone_id
    )
    update public.performance_zones pz
       set held = pz.held - r.held, sold = pz.sold - r.sold
      from released r
     where pz.performance_id = ${performanceId} and pz.zone_id = r.zone_id`.execute(tx);
  await sql`
    update public.bookings
       set status = 'cancelled', cancelled_at = now(), updated_at = now()
     where id = any (${ids}::uuid[])`.execute(tx);
  // The confirmed parties' tables are free again (booking.service.ts does the same per booking).
  await sql`delete from public.booking_tables where booking_id = any (${ids}::uuid[])`.execute(tx);
  return bookings;
}
