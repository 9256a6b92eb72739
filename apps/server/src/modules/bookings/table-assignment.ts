// Places one party at tables (seating.ts decides, this file reads and writes booking_tables): a
// change of party or zone. Runs inside the engine's transaction, AFTER the zone counters, under the
// performance's allocation lock (inventory.ts: last in the lock order; the booking_tables trigger
// takes the same key): allocations of one performance are serialised, so two parties are never
// given the same seats. Batches of holds and confirmations seat their parties themselves, in one
// pass (booking.service.ts, confirm-batch.ts).
import { sql } from 'kysely';
import type { Tx } from '../../db/request-context.ts';
import { lockAllocation, type ZoneCount } from './inventory.ts';
import { seatParties, type Floor } from './seating.ts';

/** Frees the booking's tables (a cancellation). */
export async function freeTables(tx: Tx, bookingId: string): Promise<void> {
  await tx.deleteFrom('bookingTables').where('bookingId', '=', bookingId).execute();
}

/**
 * (Re)places a booking: its guests per zone on the floor as it stands without it. Returns the
 * zone whose free tables cannot seat its guests together (nothing written then: the caller
 * refuses the change), or undefined once seated — or kept without a table when the performance
 * sells beyond its plan.
 */
export async function assignTables(
  tx: Tx,
  booking: { id: string; performanceId: string },
  counts: readonly ZoneCount[],
): Promise<{ zoneId: string; largestParty: number } | undefined> {
  await lockAllocation(tx, booking.performanceId);
  const { rows } = await sql<{ floor: Floor }>`
    select public.performance_floor(${booking.performanceId}::uuid) as floor`.execute(tx);
  const plan = seatParties(rows[0]!.floor, [{ bookingId: booking.id, counts }]);
  const refused = plan.refused.get(booking.id);
  if (refused) return refused;
  await freeTables(tx, booking.id);
  if (plan.seats.length > 0) {
    await tx
      .insertInto('bookingTables')
      .values(plan.seats.map((seat) => ({ ...seat, performanceId: booking.performanceId })))
      .execute();
  }
  return undefined;
}
