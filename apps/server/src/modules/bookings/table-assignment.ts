// Places a confirmed party at tables (allocation.ts decides, this file reads and writes
// booking_tables). Runs inside the engine's transaction, AFTER the zone counters, under the
// performance's allocation lock (a transaction-scoped advisory lock, the same key the
// booking_tables trigger takes): allocations of one performance are serialised, so two parties
// are never given the same seats. Lock order, everywhere: booking row → zone counters (zone id) →
// allocation lock. A party that fits no table is still confirmed (the places exist in its zone);
// it has no table until the maître d' places it by hand.
import { sql } from 'kysely';
import type { Tx } from '../../db/request-context.ts';
import { allocateParty, type AllocTable, type Placement } from './allocation.ts';
import { byZone, type ZoneCount } from './inventory.ts';

export async function lockAllocation(tx: Tx, performanceId: string): Promise<void> {
  await sql`select pg_advisory_xact_lock(public.allocation_lock_key(${performanceId}::uuid))`.execute(
    tx,
  );
}

/** Frees the booking's tables (a cancellation, or before a re-allocation). */
export async function freeTables(tx: Tx, bookingId: string): Promise<void> {
  await tx.deleteFrom('bookingTables').where('bookingId', '=', bookingId).execute();
}

/** Splits a party over a group of tables, filling each in turn (every table of a minimal group gets someone). */
function spread(tables: readonly AllocTable[], tableIds: readonly string[], guests: number) {
  let left = guests;
  return tableIds.map((tableId) => {
    const seats = tables.find((t) => t.id === tableId)!.seats;
    const here = Math.min(seats, left);
    left -= here;
    return { tableId, guests: here };
  });
}

/**
 * (Re)places a booking: frees its tables, then seats each zone's guests. Returns the zones whose
 * guests found no table.
 */
export async function assignTables(
  tx: Tx,
  booking: { id: string; performanceId: string },
  counts: readonly ZoneCount[],
): Promise<ZoneCount[]> {
  await lockAllocation(tx, booking.performanceId);
  await freeTables(tx, booking.id);
  const zones = byZone(counts);
  if (zones.length === 0) return [];
  const rows = await tx
    .selectFrom('venueTables')
    .select(['id', 'zoneId', 'seats', 'shared', 'neighbourIds'])
    .where(
      'zoneId',
      'in',
      zones.map((z) => z.zoneId),
    )
    .execute();
  const tables: AllocTable[] = rows.map((t) => ({ ...t, neighbours: t.neighbourIds }));
  const seated = await tx
    .selectFrom('bookingTables as bt')
    .innerJoin('venueTables as vt', 'vt.id', 'bt.tableId')
    .select(['bt.bookingId', 'bt.tableId', 'bt.guests', 'vt.zoneId'])
    .where('bt.performanceId', '=', booking.performanceId)
    .where(
      'vt.zoneId',
      'in',
      zones.map((z) => z.zoneId),
    )
    .orderBy('bt.tableId')
    .execute();
  const grouped = new Map<string, { bookingId: string; tableIds: string[]; guests: number }>();
  for (const row of seated) {
    const key = `${row.bookingId}/${row.zoneId}`;
    const placement = grouped.get(key) ?? { bookingId: row.bookingId, tableIds: [], guests: 0 };
    placement.tableIds.push(row.tableId);
    placement.guests += row.guests;
    grouped.set(key, placement);
  }
  const placements: Placement[] = [...grouped.values()];
  const unplaced: ZoneCount[] = [];
  for (const zone of zones) {
    const result = allocateParty(tables, placements, { bookingId: booking.id, ...zone });
    if (!result.ok) {
      unplaced.push(zone);
      continue;
    }
    await tx
      .insertInto('bookingTables')
      .values(
        spread(tables, result.tableIds, zone.guests).map((seat) => ({
          bookingId: booking.id,
          performanceId: booking.performanceId,
          ...seat,
        })),
      )
      .execute();
    placements.push({ bookingId: booking.id, tableIds: result.tableIds, guests: zone.guests });
  }
  return unplaced;
}
