// The inventory: the only code that moves the held and sold counters of performance_zones
// (migration 0008), and the owner of the locking every writer of the inventory follows. Each move
// is one conditional UPDATE on the counter row, so the row's lock is taken by the statement that
// checks the capacity: two buyers can never both see the last places. The CHECK on the table is
// the backstop; these statements never reach it.
//
// Lock order, everywhere (the engine, hold_batch, the floor plan, the catalogue, cancellations):
//   1. booking rows, by booking id;
//   2. counter rows, by performance id then zone id (byZone; confirm-batch.ts's first message);
//   3. the performance's allocation lock (lockAllocation: booking_tables).
// With one order, two transactions never wait on each other in a cycle, so there are no
// deadlocks; a short lock_timeout (LOCK_TIMEOUT) turns a long wait into BUSY (503, retry).
import { sql } from 'kysely';
import type { Db } from '../../db/database.ts';
import { isLockFailure } from '../../db/pg-errors.ts';
import { withServiceContext, type Tx } from '../../db/request-context.ts';
import { AppError } from '../../lib/app-error.ts';

/** How long a writer of the inventory waits for a lock before answering BUSY. */
export const LOCK_TIMEOUT = '2s';

export const busy = () =>
  new AppError('BUSY', 503, 'Many guests are booking right now: please try again.', {
    retryAfterSeconds: 1,
  });

/** Sets the inventory's lock timeout (and, given, the staff member the history names). */
export async function inventoryLocking(tx: Tx, actorId?: string): Promise<void> {
  if (actorId === undefined) {
    await sql`select set_config('lock_timeout', ${LOCK_TIMEOUT}, true)`.execute(tx);
  } else {
    await sql`select set_config('lock_timeout', ${LOCK_TIMEOUT}, true),
                     set_config('ladiva.actor_id', ${actorId}, true)`.execute(tx);
  }
}

/**
 * One inventory transaction: service role, the inventory's lock timeout, a lock timeout read as
 * BUSY. Every writer of counters or tables that is not a single SQL function runs in one.
 */
export async function inventoryTransaction<T>(
  db: Db,
  fn: (tx: Tx) => Promise<T>,
  { actorId }: { actorId?: string } = {},
): Promise<T> {
  try {
    return await withServiceContext(db, async (tx) => {
      await inventoryLocking(tx, actorId);
      return fn(tx);
    });
  } catch (error) {
    if (isLockFailure(error)) throw busy();
    throw error;
  }
}

/** The performance's allocation lock (last in the lock order); the booking_tables trigger takes it too. */
export async function lockAllocation(tx: Tx, performanceId: string): Promise<void> {
  await sql`select pg_advisory_xact_lock(public.allocation_lock_key(${performanceId}::uuid))`.execute(
    tx,
  );
}

/** Guests per zone of one performance. */
export interface ZoneCount {
  zoneId: string;
  guests: number;
}

/** Merges counts of the same zone and sorts them by zone id: the one lock order. */
export function byZone(counts: readonly ZoneCount[]): ZoneCount[] {
  const merged = new Map<string, number>();
  for (const { zoneId, guests } of counts) merged.set(zoneId, (merged.get(zoneId) ?? 0) + guests);
  return [...merged.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([zoneId, guests]) => ({ zoneId, guests }));
}

export type Shortfall = { zoneId: string; seatsLeft: number };

/**
 * Takes places for a new hold (`held`) or a late confirmation (`sold`), zone by zone in the lock
 * order. Returns the first zone without enough places (the caller rolls back), or undefined.
 */
export async function take(
  tx: Tx,
  performanceId: string,
  counts: readonly ZoneCount[],
  as: 'held' | 'sold',
): Promise<Shortfall | undefined> {
  for (const { zoneId, guests } of byZone(counts)) {
    const column = sql.ref(as);
    const { rows } = await sql<{ zoneId: string }>`
      update public.performance_zones
         set ${column} = ${column} + ${guests}::integer
       where performance_id = ${performanceId} and zone_id = ${zoneId}
         and held + sold + ${guests}::integer <= capacity
       returning zone_id`.execute(tx);
    if (rows.length === 0) return { zoneId, seatsLeft: await seatsLeft(tx, performanceId, zoneId) };
  }
  return undefined;
}

/** Gives places back (a cancellation or an expiry). */
export async function release(
  tx: Tx,
  performanceId: string,
  counts: readonly ZoneCount[],
  from: 'held' | 'sold',
) {
  for (const { zoneId, guests } of byZone(counts)) {
    const column = sql.ref(from);
    await sql`
      update public.performance_zones
         set ${column} = ${column} - ${guests}::integer
       where performance_id = ${performanceId} and zone_id = ${zoneId}`.execute(tx);
  }
}

async function seatsLeft(tx: Tx, performanceId: string, zoneId: string): Promise<number> {
  const row = await tx
    .selectFrom('performanceZones')
    .select(sql<number>`greatest(capacity - held - sold, 0)`.as('left'))
    .where('performanceId', '=', performanceId)
    .where('zoneId', '=', zoneId)
    .executeTakeFirst();
  return row?.left ?? 0;
}
