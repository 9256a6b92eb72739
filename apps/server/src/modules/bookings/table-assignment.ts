// Places confirmed parties at tables (allocation.ts decides, this file reads and writes
// booking_tables). Runs inside the engine's transaction, AFTER the zone counters, under the
// performance's allocation lock (inventory.ts: last in the lock order; the booking_tables trigger
// takes the same key): allocations of one performance are serialised, so two parties are never
// given the same seats. A batch of confirmations reads the floor once and places every party of
// the batch in one pass. A party that fits no table is still confirmed (the places exist in its
// zone); it has no table until the maître d' places it by hand.
import type { Tx } from '../../db/request-context.ts';
import { allocateParty, type AllocTable, type Placement } from './allocation.ts';
import { byZone, lockAllocation, type ZoneCount } from './inventory.ts';

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

/** The zones' tables and who sits at them now (other parties' placements, per zone). */
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

/** A party to seat: its booking and its guests per zone. */
export interface PartyToSeat {
  bookingId: string;
  counts: readonly ZoneCount[];
}

/**
 * (Re)places parties of one performance, in the order given: frees their tables, then seats each
 * zone's guests. Returns, per booking, the zones whose guests found no table.
 */
export async function seatParties(
  tx: Tx,
  performanceId: string,
  parties: readonly PartyToSeat[],
): Promise<Map<string, ZoneCount[]>> {
  const unplaced = new Map<string, ZoneCount[]>();
  if (parties.length === 0) return unplaced;
  await lockAllocation(tx, performanceId);
  const bookingIds = parties.map((party) => party.bookingId);
  await tx.deleteFrom('bookingTables').where('bookingId', 'in', bookingIds).execute();
  const zoneIds = [...new Set(parties.flatMap((party) => party.counts.map((c) => c.zoneId)))];
  if (zoneIds.length === 0) return unplaced;
  const { tables, placements } = await readFloor(tx, performanceId, zoneIds);
  const rows: { bookingId: string; performanceId: string; tableId: string; guests: number }[] = [];
  for (const { bookingId, counts } of parties) {
    for (const zone of byZone(counts)) {
      const result = allocateParty(tables, placements, { bookingId, ...zone });
      if (!result.ok) {
        unplaced.set(bookingId, [...(unplaced.get(bookingId) ?? []), zone]);
        continue;
      }
      for (const seat of spread(tables, result.tableIds, zone.guests)) {
        rows.push({ bookingId, performanceId, ...seat });
      }
      placements.push({ bookingId, tableIds: result.tableIds, guests: zone.guests });
    }
  }
  if (rows.length > 0) await tx.insertInto('bookingTables').values(rows).execute();
  return unplaced;
}

/** (Re)places one booking (a change of party or zone). Returns the zones whose guests found no table. */
export async function assignTables(
  tx: Tx,
  booking: { id: string; performanceId: string },
  counts: readonly ZoneCount[],
): Promise<ZoneCount[]> {
  const unplaced = await seatParties(tx, booking.performanceId, [
    { bookingId: booking.id, counts },
  ]);
  return unplaced.get(booking.id) ?? [];
}
