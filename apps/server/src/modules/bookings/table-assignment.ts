// Places one confirmed party at tables (allocation.ts decides, this file reads and writes
// booking_tables): a change of party or zone. Runs inside the engine's transaction, AFTER the zone
// counters, under the performance's allocation lock (inventory.ts: last in the lock order; the
// booking_tables trigger takes the same key): allocations of one performance are serialised, so
// two parties are never given the same seats. A batch of confirmations places its parties itself,
// in one pass (confirm-batch.ts). A party that fits no table is still confirmed (the places exist
// in its zone); it has no table until the maître d' places it by hand.
import type { Tx } from '../../db/request-context.ts';
import { allocateParty, spreadParty, type AllocTable, type Placement } from './allocation.ts';
import { byZone, lockAllocation, type ZoneCount } from './inventory.ts';

/** Frees the booking's tables (a cancellation, or before a re-allocation). */
export async function freeTables(tx: Tx, bookingId: string): Promise<void> {
  await tx.deleteFrom('bookingTables').where('bookingId', '=', bookingId).execute();
}

/** The zones' tables, and the other parties' placements in them. */
async function readFloor(tx: Tx, performanceId: string, zoneIds: readonly string[]) {
  const [rows, seated] = await Promise.all([
    tx
      .selectFrom('venueTables')
      .select(['id', 'zoneId', 'seats', 'shared', 'neighbourIds'])
      .where('zoneId', 'in', zoneIds)
      .execute(),
    tx
      .selectFrom('bookingTables as bt')
      .innerJoin('venueTables as vt', 'vt.id', 'bt.tableId')
      .select(['bt.bookingId', 'bt.tableId', 'bt.guests', 'vt.zoneId'])
      .where('bt.performanceId', '=', performanceId)
      .where('vt.zoneId', 'in', zoneIds)
      .orderBy('bt.tableId')
      .execute(),
  ]);
  const tables: AllocTable[] = rows.map((t) => ({ ...t, neighbours: t.neighbourIds }));
  const grouped = new Map<string, { bookingId: string; tableIds: string[]; guests: number }>();
  for (const row of seated) {
    const key = `${row.bookingId}/${row.zoneId}`;
    const placement = grouped.get(key) ?? { bookingId: row.bookingId, tableIds: [], guests: 0 };
    placement.tableIds.push(row.tableId);
    placement.guests += row.guests;
    grouped.set(key, placement);
  }
  return { tables, placements: [...grouped.values()] as Placement[] };
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
  const { tables, placements } = await readFloor(
    tx,
    booking.performanceId,
    zones.map((z) => z.zoneId),
  );
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
        spreadParty(tables, result.tableIds, zone.guests).map((seat) => ({
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
