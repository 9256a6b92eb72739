// The booking engine's rules: hold, confirm, cancel, expire. Each is ONE short transaction as the
// service role (migration 0008 explains why), under a 2 s lock_timeout, taking locks in one order:
// the booking row, then the performance's zone counters by zone id (inventory.ts).
//
// A hold writes its booking and lines BEFORE it takes the counters: the row locks on the counters,
// which every buyer of the performance queues on, are then held only for the conditional UPDATEs
// and the commit. If the places are not there, the whole transaction rolls back.
import type { BookingContact, BookingState, Hold } from '@ladiva/contract/booking';
import { sql } from 'kysely';
import type { Db } from '../../db/database.ts';
import { withServiceContext, type RequestClaims, type Tx } from '../../db/request-context.ts';
import type { BookingSource } from '../../db/schema.ts';
import { AppError, notFound } from '../../lib/app-error.ts';
import * as repository from './booking.repository.ts';
import { newBookingReference } from './booking-reference.ts';
import * as inventory from './inventory.ts';

export const LOCK_TIMEOUT = '2s';
/** Staff who take bookings and may act on anyone's (with a second factor). */
const BOOKING_STAFF = ['admin', 'manager', 'box_office'] as const;

export interface CreateHoldInput {
  performanceId: string;
  lines: { formulaId: string; zoneId: string; guests: number }[];
  extras?: { extraId: string; quantity: number }[] | undefined;
  idempotencyKey?: string | undefined;
  /** phone / admin: staff taking a booking; guests always book on the web. */
  source?: BookingSource | undefined;
}

const busy = () =>
  new AppError('BUSY', 503, 'Many guests are booking right now: please try again.', {
    retryAfterSeconds: 1,
  });

const sqlState = (error: unknown) => (error as { code?: unknown }).code;
const constraint = (error: unknown) => (error as { constraint?: unknown }).constraint;

/** One inventory transaction: service role, short lock wait, a lock timeout read as BUSY. */
async function inventoryTransaction<T>(db: Db, fn: (tx: Tx) => Promise<T>): Promise<T> {
  try {
    return await withServiceContext(db, async (tx) => {
      await sql`select set_config('lock_timeout', ${LOCK_TIMEOUT}, true)`.execute(tx);
      return fn(tx);
    });
  } catch (error) {
    // 55P03: lock_timeout; 40P01: a deadlock, which the lock order should make impossible.
    if (sqlState(error) === '55P03' || sqlState(error) === '40P01') throw busy();
    throw error;
  }
}

const isBookingStaff = (claims: RequestClaims) =>
  claims.role === 'authenticated' &&
  claims.aal === 'aal2' &&
  claims.roles.some((role) => (BOOKING_STAFF as readonly string[]).includes(role));

const callerId = (claims: RequestClaims) => (claims.role === 'authenticated' ? claims.sub : null);

/**
 * Whether the caller may act on a booking: its guest, or booking staff. A booking made without an
 * account is, for now, reached by its id (a random UUID, never shown in a list); the secret link
 * of #5 will replace this.
 */
function mayManage(claims: RequestClaims, booking: { userId: string | null }): boolean {
  return booking.userId === null || booking.userId === callerId(claims) || isBookingStaff(claims);
}

function toHold(row: {
  id: string;
  reference: string;
  status: Hold['status'];
  expiresAt: Date;
  partySize: number;
  totalCents: number;
}): Hold {
  return {
    bookingId: row.id,
    reference: row.reference,
    status: row.status,
    expiresAt: row.expiresAt.toISOString(),
    partySize: row.partySize,
    totalCents: row.totalCents,
  };
}

const toState = (row: Omit<Parameters<typeof toHold>[0], 'expiresAt'>): BookingState => ({
  bookingId: row.id,
  reference: row.reference,
  status: row.status,
  partySize: row.partySize,
  totalCents: row.totalCents,
});

/** The booking a retried key made; another caller's or performance's key is a conflict. */
function replay(
  claims: RequestClaims,
  input: CreateHoldInput,
  existing: NonNullable<Awaited<ReturnType<typeof repository.findByIdempotencyKey>>>,
): Hold {
  if (existing.userId !== callerId(claims) || existing.performanceId !== input.performanceId) {
    throw new AppError('CONFLICT', 409, 'This idempotency key was used for another booking.');
  }
  return toHold(existing);
}

function mergeLines(lines: CreateHoldInput['lines']) {
  const merged = new Map<string, { formulaId: string; zoneId: string; guests: number }>();
  for (const line of lines) {
    const key = `${line.formulaId}/${line.zoneId}`;
    const seen = merged.get(key);
    merged.set(key, { ...line, guests: (seen?.guests ?? 0) + line.guests });
  }
  return [...merged.values()];
}

async function holdOnce(db: Db, claims: RequestClaims, input: CreateHoldInput): Promise<Hold> {
  const lines = mergeLines(input.lines);
  const partySize = lines.reduce((sum, line) => sum + line.guests, 0);
  const extras = input.extras ?? [];
  return inventoryTransaction(db, async (tx) => {
    if (input.idempotencyKey) {
      const existing = await repository.findByIdempotencyKey(tx, input.idempotencyKey);
      if (existing) return replay(claims, input, existing);
    }
    const sale = await repository.findSaleContext(tx, input.performanceId);
    if (!sale) throw notFound('This performance does not exist.');
    if (!sale.salesOpen) {
      throw new AppError('SALES_CLOSED', 409, 'This performance is no longer on sale.');
    }
    if (partySize > sale.maxParty) {
      throw new AppError('PARTY_TOO_LARGE', 400, `At most ${sale.maxParty} guests per booking.`, {
        maxParty: sale.maxParty,
      });
    }
    const prices = await repository.findPrices(
      tx,
      input.performanceId,
      lines.map((line) => line.formulaId),
      lines.map((line) => line.zoneId),
    );
    const priced = lines.map((line) => ({
      ...line,
      unitPriceCents: prices.find(
        (price) => price.formulaId === line.formulaId && price.zoneId === line.zoneId,
      )?.priceCents,
    }));
    const unpriced = priced.flatMap((line, i) => (line.unitPriceCents === undefined ? [i] : []));
    const extraPrices = await repository.findExtras(
      tx,
      extras.map((extra) => extra.extraId),
    );
    const unknownExtras = extras.flatMap((extra, i) =>
      extraPrices.some((price) => price.id === extra.extraId) ? [] : [i],
    );
    if (unpriced.length > 0 || unknownExtras.length > 0) {
      throw new AppError('VALIDATION_FAILED', 400, 'Some choices are not sold here.', {
        fields: [
          ...unpriced.map((i) => ({
            path: `body.lines.${i}`,
            code: 'not_sold_here',
            message: 'This formula is not sold in this zone for this performance.',
          })),
          ...unknownExtras.map((i) => ({
            path: `body.extras.${i}`,
            code: 'unknown_extra',
            message: 'This extra does not exist.',
          })),
        ],
      });
    }
    const pricedLines = priced.map((line) => ({ ...line, unitPriceCents: line.unitPriceCents! }));
    const pricedExtras = extras.map((extra) => ({
      ...extra,
      unitPriceCents: extraPrices.find((price) => price.id === extra.extraId)!.priceCents,
    }));
    const totalCents =
      pricedLines.reduce((sum, line) => sum + line.guests * line.unitPriceCents, 0) +
      pricedExtras.reduce((sum, extra) => sum + extra.quantity * extra.unitPriceCents, 0);

    const booking = await repository.insertHeld(tx, {
      reference: newBookingReference(),
      performanceId: input.performanceId,
      partySize,
      source: input.source ?? 'web',
      userId: callerId(claims),
      holdMinutes: sale.holdMinutes,
      totalCents,
      idempotencyKey: input.idempotencyKey ?? null,
    });
    if (!booking) {
      // A twin with the same key committed while we were checking: it is the answer.
      const twin = await repository.findByIdempotencyKey(tx, input.idempotencyKey!);
      if (!twin) throw new Error('idempotency conflict without a booking');
      return replay(claims, input, twin);
    }
    await repository.insertLines(tx, booking.id, pricedLines, pricedExtras);

    const shortfall = await inventory.take(tx, input.performanceId, pricedLines, 'held');
    if (shortfall) {
      throw new AppError('SOLD_OUT', 409, 'Not enough places left in this zone.', shortfall);
    }
    return toHold(booking);
  });
}

/** Holds places for a party: a held booking that expires after the sales rules' hold time. */
export async function createHold(
  db: Db,
  claims: RequestClaims,
  input: CreateHoldInput,
): Promise<Hold> {
  if (input.source && input.source !== 'web' && !isBookingStaff(claims)) {
    throw new AppError('FORBIDDEN', 403, 'Only staff take phone and admin bookings.');
  }
  // A reference is random (~40 bits): a clash is rare enough to simply try again.
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await holdOnce(db, claims, input);
    } catch (error) {
      const clash = sqlState(error) === '23505' && constraint(error) === 'bookings_reference_key';
      if (!clash || attempt === 3) throw error;
    }
  }
}

async function lockForCaller(tx: Tx, claims: RequestClaims, bookingId: string) {
  const booking = await repository.lockBooking(tx, bookingId);
  // Someone else's booking looks like no booking at all.
  if (!booking || !mayManage(claims, booking)) throw notFound('This booking does not exist.');
  return booking;
}

/**
 * Confirms a hold: its places become sold. In time (or expired but not yet swept, so its places
 * are still held for it) this always succeeds; once the expiry job gave the places back, it
 * succeeds only if places remain. A confirmed booking confirms again as a no-op (a retry).
 */
export async function confirmBooking(
  db: Db,
  claims: RequestClaims,
  bookingId: string,
  contact: BookingContact,
): Promise<BookingState> {
  return inventoryTransaction(db, async (tx) => {
    const booking = await lockForCaller(tx, claims, bookingId);
    if (booking.status === 'confirmed' || booking.status === 'checked_in') return toState(booking);
    if (booking.status === 'cancelled' || booking.status === 'no_show') {
      throw new AppError('CONFLICT', 409, 'This booking was cancelled.');
    }
    if (!booking.performanceAhead) {
      throw new AppError('SALES_CLOSED', 409, 'This performance is no longer on sale.');
    }
    const counts = await repository.zoneCounts(tx, booking.id);
    if (booking.status === 'held') {
      await inventory.sell(tx, booking.performanceId, counts);
    } else {
      const shortfall = await inventory.take(tx, booking.performanceId, counts, 'sold');
      if (shortfall) {
        throw new AppError(
          'HOLD_EXPIRED',
          409,
          'Your hold expired and its places were sold meanwhile.',
          shortfall,
        );
      }
    }
    await repository.setStatus(tx, booking.id, 'confirmed', contact);
    return toState({ ...booking, status: 'confirmed' });
  });
}

/**
 * Cancels a booking and gives its places back. A guest cancels a confirmed booking only before
 * the sales rules' deadline; booking staff at any time. Cancelling again is a no-op.
 */
export async function cancelBooking(
  db: Db,
  claims: RequestClaims,
  bookingId: string,
): Promise<BookingState> {
  return inventoryTransaction(db, async (tx) => {
    const booking = await lockForCaller(tx, claims, bookingId);
    if (booking.status === 'cancelled' || booking.status === 'expired') return toState(booking);
    if (booking.status === 'checked_in' || booking.status === 'no_show') {
      throw new AppError('CONFLICT', 409, 'This performance has taken place for this booking.');
    }
    if (booking.status === 'confirmed' && !booking.guestMayCancel && !isBookingStaff(claims)) {
      throw new AppError('CANCELLATION_CLOSED', 409, 'It is too late to cancel online.');
    }
    const counts = await repository.zoneCounts(tx, booking.id);
    await inventory.release(
      tx,
      booking.performanceId,
      counts,
      booking.status === 'held' ? 'held' : 'sold',
    );
    await repository.setStatus(tx, booking.id, 'cancelled');
    return toState({ ...booking, status: 'cancelled' });
  });
}

/**
 * Expires the holds past their time and gives their places back, in batches, each its own short
 * transaction. Run every minute by the queue's cron (see the report of #5 step 1); needs no
 * request. Returns how many holds expired.
 */
export async function expireHolds(db: Db, { batch = 500 } = {}): Promise<number> {
  let total = 0;
  for (;;) {
    const expired = await inventoryTransaction(db, async (tx) => {
      const rows = await repository.expireBatch(tx, batch);
      // Sorted by performance, then zone: the lock order.
      for (const row of rows) {
        await inventory.release(tx, row.performanceId, [row], 'held');
      }
      return rows[0]?.expiredBookings ?? 0;
    });
    total += expired;
    if (expired < batch) return total;
  }
}
