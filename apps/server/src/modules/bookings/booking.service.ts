// The booking engine's rules: hold, confirm, cancel, expire. Each is ONE short transaction as the
// service role (migration 0008 explains why), under a 2 s lock_timeout, taking locks in one order:
// the booking row, then the performance's zone counters by zone id (inventory.ts).
//
// Holds are the rush's hot path: the holds of one performance that arrive together are decided in
// ONE statement (public.hold_batch, migration 0011) and committed together (ADR 0010), under the
// same counters, lock order and CHECK as every other move of the inventory. Confirmations, the
// rush's second half, are batched the same way (confirm-batch.ts, ADR 0025).
import { hash } from 'node:crypto';
import type { BookingState, Hold } from '@ladiva/contract/booking';
import type { Db } from '../../db/database.ts';
import { constraintOf, isLockFailure, sqlState } from '../../db/pg-errors.ts';
import { type RequestClaims, type Tx } from '../../db/request-context.ts';
import {
  jsonLiteral,
  literal,
  literalArray,
  twoTrips,
  type Decision,
} from '../../db/single-trip.ts';
import type { BookingSource } from '../../db/schema.ts';
import { AppError, notFound } from '../../lib/app-error.ts';
import { MicroBatcher } from '../../lib/micro-batcher.ts';
import * as repository from './booking.repository.ts';
import { newBookingReference } from './booking-reference.ts';
import {
  readBeforeChange,
  sendCancelled,
  sendChanged,
  type BookingMail,
} from './booking-emails.ts';
import { callerId, isBookingStaff, mayAccess, toState, type Caller } from './callers.ts';
import type { BookingWithParts } from './booking-view.repository.ts';
import { confirmBatcher, type ConfirmInput } from './confirm-batch.ts';
import * as inventory from './inventory.ts';
import { busy, inventoryTransaction, LOCK_TIMEOUT } from './inventory.ts';
import { seatParties, type Floor } from './seating.ts';
import { assignTables, freeTables } from './table-assignment.ts';
import { isUuid } from '../../lib/uuid.ts';

export interface CreateHoldInput {
  performanceId: string;
  lines: { formulaId: string; zoneId: string; guests: number }[];
  extras?: { extraId: string; quantity: number }[] | undefined;
  idempotencyKey?: string | undefined;
  /** phone / admin: staff taking a booking; guests always book on the web. */
  source?: BookingSource | undefined;
  /**
   * The rest of the request the key stands for, beyond the hold (a phone booking's guest
   * details): a retry must carry it unchanged too.
   */
  keyedRequest?: unknown;
}

/** What the engine needs beyond the database: the guest emails (absent in inventory tests). */
export interface BookingEngine {
  db: Db;
  mail?: BookingMail | undefined;
  /** The staff member acting (bookings-admin.service.ts): their id lands in the history. */
  actorId?: string | undefined;
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

/** Whose a new hold is: the signed-in guest's; a phone or admin booking is the guest's, not the
 * staff member's who takes it (no account). */
const ownerOf = (claims: RequestClaims, input: CreateHoldInput) =>
  input.source && input.source !== 'web' ? null : callerId(claims);

/** The booking a retried key made; another caller's or performance's key is a conflict. */
function replay(
  claims: RequestClaims,
  input: CreateHoldInput,
  existing: { userId: string | null; performanceId: string } & Parameters<typeof toHold>[0],
): Hold {
  if (
    existing.userId !== ownerOf(claims, input) ||
    existing.performanceId !== input.performanceId
  ) {
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

/** The same extra named twice is one extra, its quantities added (as hold_batch reads them). */
function mergeExtras(extras: NonNullable<CreateHoldInput['extras']>) {
  const merged = new Map<string, number>();
  for (const { extraId, quantity } of extras) {
    merged.set(extraId, (merged.get(extraId) ?? 0) + quantity);
  }
  return [...merged].map(([extraId, quantity]) => ({ extraId, quantity }));
}

/** JSON with every object's keys sorted: one text per value, whatever the order it came in. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, inner]) => inner !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, inner]) => `${JSON.stringify(key)}:${canonicalJson(inner)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/**
 * What an idempotency key stands for (migration 0018): the hold as the engine reads it — the
 * performance, the lines and the extras merged and sorted (the same booking in another order is
 * the same request), the source — and the rest of the request (`keyedRequest`). A retry with
 * another fingerprint is refused with IDEMPOTENCY_KEY_REUSED.
 */
export function requestFingerprint(input: CreateHoldInput): string {
  const extras = new Map<string, number>();
  for (const extra of input.extras ?? []) {
    extras.set(extra.extraId, (extras.get(extra.extraId) ?? 0) + extra.quantity);
  }
  const lines = mergeLines(input.lines).map((line) => [line.formulaId, line.zoneId, line.guests]);
  return hash(
    'sha256',
    canonicalJson({
      performanceId: input.performanceId,
      lines: lines.sort((a, b) => String(a).localeCompare(String(b))),
      extras: [...extras].sort(([a], [b]) => a.localeCompare(b)),
      source: input.source ?? 'web',
      request: input.keyedRequest ?? null,
    }),
    'hex',
  );
}

/** One hold as `public.hold_batch` takes it (migration 0011). */
interface HoldRequest {
  reference: string;
  source: BookingSource;
  userId: string | null;
  idempotencyKey: string | null;
  /** Stored with the key, compared on a replay (requestFingerprint). */
  fingerprint: string | null;
  lines: { formulaId: string; zoneId: string; guests: number }[];
  extras: { extraId: string; quantity: number }[];
}

/** What `public.hold_batch` answers for one hold. */
interface HoldOutcome {
  outcome:
    | 'held'
    | 'replay'
    | 'replay_pending'
    | 'key_reused'
    | 'not_found'
    | 'sales_closed'
    | 'party_too_large'
    | 'not_sold_here'
    | 'sold_out'
    | 'no_table';
  bookingId: string | null;
  reference: string | null;
  status: Hold['status'] | null;
  expiresAt: Date | null;
  partySize: number | null;
  totalCents: number | null;
  userId: string | null;
  performanceId: string | null;
  detail: Record<string, unknown> | null;
}

/** A row of `public.hold_batch`, as PostgreSQL names its columns. */
interface HoldBatchRow {
  outcome: HoldOutcome['outcome'];
  booking_id: string | null;
  reference: string | null;
  status: Hold['status'] | null;
  expires_at: Date | null;
  party_size: number | null;
  total_cents: number | null;
  user_id: string | null;
  performance_id: string | null;
  detail: Record<string, unknown> | null;
}

/** No free table seats the party together (`largestParty`: the most its zone still seats). */
const noTableError = (detail: Record<string, unknown>) =>
  new AppError('NO_TABLE', 409, 'No table left in this zone can seat this party together.', detail);

/** A held outcome the floor could not seat: withdrawn, and answered NO_TABLE. */
function noTable(refusal: { zoneId: string; largestParty: number }): Partial<HoldOutcome> {
  return {
    outcome: 'no_table',
    bookingId: null,
    status: null,
    detail: { zoneId: refusal.zoneId, largestParty: refusal.largestParty },
  };
}

/**
 * Seats the batch's new holds (seating.ts), from what the first message read: the statements that
 * write their tables and withdraw the holds no table can take (their booking, written in this
 * transaction, deleted; their held places given back), and every hold's final outcome.
 */
function seatHolds(
  performanceId: string,
  holds: readonly HoldRequest[],
  outcomes: HoldOutcome[],
  floor: Floor,
): Decision<HoldOutcome[]> {
  const held = outcomes.flatMap((outcome, ord) =>
    outcome.outcome === 'held' ? [{ outcome, ord }] : [],
  );
  if (held.length === 0 || floor.tables.length === 0) return { statements: '', answer: outcomes };
  const plan = seatParties(
    floor,
    held.map(({ outcome, ord }) => ({
      bookingId: outcome.bookingId!,
      counts: inventory.byZone(holds[ord]!.lines),
    })),
  );
  const answer = outcomes.map((outcome) => {
    const refusal = outcome.bookingId ? plan.refused.get(outcome.bookingId) : undefined;
    if (!refusal || outcome.outcome !== 'held') return outcome;
    return { ...outcome, ...noTable(refusal) };
  });
  // The places the withdrawn holds had taken, per zone.
  const released = inventory.byZone(
    held.flatMap(({ outcome, ord }) =>
      plan.refused.has(outcome.bookingId!) ? holds[ord]!.lines : [],
    ),
  );
  const statements = [
    plan.seats.length > 0
      ? `insert into public.booking_tables (booking_id, performance_id, table_id, guests)
         select "bookingId", ${literal(performanceId)}::uuid, "tableId", guests
           from jsonb_to_recordset(${jsonLiteral(plan.seats)})
                as s("bookingId" uuid, "tableId" uuid, guests integer)`
      : '',
    plan.refused.size > 0
      ? `delete from public.bookings where id = any(${literalArray([...plan.refused.keys()])}::uuid[])`
      : '',
    released.length > 0
      ? `update public.performance_zones pz set held = pz.held - r.guests
           from jsonb_to_recordset(${jsonLiteral(released)})
                as r("zoneId" uuid, guests integer)
          where pz.performance_id = ${literal(performanceId)}::uuid and pz.zone_id = r."zoneId"`
      : '',
  ].filter(Boolean);
  return { statements: statements.join(';\n'), answer };
}

/**
 * Runs one batch of a performance's holds in ONE transaction sent as TWO messages (ADR 0010, ADR
 * 0026): the first runs `public.hold_batch`, which locks the zone counters once, decides every
 * hold in arrival order against the rules, prices and places left, and writes the accepted ones in
 * bulk; then takes the performance's allocation lock and reads its floor. The second seats the new
 * holds (seatHolds) and commits them all at once. A lock timeout is BUSY for the whole batch.
 */
function runHoldBatch(db: Db) {
  return async (performanceId: string, holds: HoldRequest[]): Promise<HoldOutcome[]> => {
    const performance = `${literal(performanceId)}::uuid`;
    try {
      const { answer } = await twoTrips<HoldOutcome[]>(
        db,
        'service_role',
        `select * from public.hold_batch(${performance},
                                         ${jsonLiteral(holds)}) order by ord;
         select pg_advisory_xact_lock(public.allocation_lock_key(${performance}));
         select public.performance_floor(${performance}) as floor`,
        (results) =>
          seatHolds(
            performanceId,
            holds,
            (results[0]!.rows as HoldBatchRow[]).map(toOutcome),
            (results[2]!.rows[0] as { floor: Floor }).floor,
          ),
        { lock_timeout: LOCK_TIMEOUT },
      );
      return answer;
    } catch (error) {
      if (isLockFailure(error)) throw busy();
      throw error;
    }
  };
}

function toOutcome(row: HoldBatchRow): HoldOutcome {
  return {
    outcome: row.outcome,
    bookingId: row.booking_id,
    reference: row.reference,
    status: row.status,
    expiresAt: row.expires_at,
    partySize: row.party_size,
    totalCents: row.total_cents,
    userId: row.user_id,
    performanceId: row.performance_id,
    detail: row.detail,
  };
}

/** One batcher per database handle (the server has one; tests have several). */
const batchers = new WeakMap<Db, MicroBatcher<HoldRequest, HoldOutcome>>();

function batcherFor(db: Db): MicroBatcher<HoldRequest, HoldOutcome> {
  let batcher = batchers.get(db);
  if (!batcher) {
    // Two batches per performance: one writes its bookings while the other holds the counters.
    batcher = new MicroBatcher(runHoldBatch(db), { concurrency: 2 });
    batchers.set(db, batcher);
  }
  return batcher;
}

/** The booking row of an outcome that has one (held or replayed). */
function bookingOf(outcome: HoldOutcome) {
  if (!outcome.bookingId)
    throw new Error(`hold_batch answered ${outcome.outcome} without a booking`);
  return {
    id: outcome.bookingId,
    reference: outcome.reference!,
    status: outcome.status!,
    expiresAt: outcome.expiresAt!,
    partySize: outcome.partySize!,
    totalCents: outcome.totalCents!,
    userId: outcome.userId,
    performanceId: outcome.performanceId!,
  };
}

/** Turns a hold's outcome into its answer: the hold, or the error that explains the refusal. */
function answer(claims: RequestClaims, input: CreateHoldInput, outcome: HoldOutcome): Hold {
  const detail = outcome.detail ?? {};
  switch (outcome.outcome) {
    case 'held':
      return toHold(bookingOf(outcome));
    case 'replay':
    case 'replay_pending':
      return replay(claims, input, bookingOf(outcome));
    case 'key_reused':
      throw new AppError(
        'IDEMPOTENCY_KEY_REUSED',
        422,
        'This idempotency key was already used with a different request.',
      );
    case 'not_found':
      throw notFound('This performance does not exist.');
    case 'sales_closed':
      throw new AppError('SALES_CLOSED', 409, 'This performance is no longer on sale.');
    case 'party_too_large':
      throw new AppError(
        'PARTY_TOO_LARGE',
        400,
        `At most ${String(detail.maxParty)} guests per booking.`,
        { maxParty: detail.maxParty },
      );
    case 'sold_out':
      throw new AppError('SOLD_OUT', 409, 'Not enough places left in this zone.', detail);
    case 'no_table':
      throw noTableError(detail);
    case 'not_sold_here': {
      const lines = (detail.lines ?? []) as number[];
      const extras = (detail.extras ?? []) as number[];
      throw new AppError('VALIDATION_FAILED', 400, 'Some choices are not sold here.', {
        fields: [
          ...lines.map((i) => ({
            path: `body.lines.${i}`,
            code: 'not_sold_here',
            message: 'This formula is not sold in this zone for this performance.',
          })),
          ...extras.map((i) => ({
            path: `body.extras.${i}`,
            code: 'unknown_extra',
            message: 'This extra does not exist.',
          })),
        ],
      });
    }
  }
}

async function holdOnce(db: Db, claims: RequestClaims, input: CreateHoldInput): Promise<Hold> {
  const outcome = await batcherFor(db).submit(input.performanceId, {
    reference: newBookingReference(),
    source: input.source ?? 'web',
    userId: ownerOf(claims, input),
    idempotencyKey: input.idempotencyKey ?? null,
    fingerprint: input.idempotencyKey ? requestFingerprint(input) : null,
    lines: mergeLines(input.lines),
    extras: mergeExtras(input.extras ?? []),
  });
  return answer(claims, input, outcome);
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
      const clash = sqlState(error) === '23505' && constraintOf(error) === 'bookings_reference_key';
      if (!clash || attempt === 3) throw error;
    }
  }
}

async function lockForCaller(tx: Tx, caller: Caller, bookingId: string) {
  const booking = await repository.lockBooking(tx, bookingId);
  // Someone else's booking looks like no booking at all.
  if (!booking || !mayAccess(caller, booking)) throw notFound('This booking does not exist.');
  return booking;
}

/** One confirmation batcher per database handle and mail (the server has one; tests several). */
const confirmBatchers = new WeakMap<
  Db,
  Map<BookingMail | undefined, ReturnType<typeof confirmBatcher>>
>();

function confirmBatcherFor({ db, mail }: BookingEngine) {
  let byMail = confirmBatchers.get(db);
  if (!byMail) confirmBatchers.set(db, (byMail = new Map()));
  let batcher = byMail.get(mail);
  if (!batcher) byMail.set(mail, (batcher = confirmBatcher(db, mail)));
  return batcher;
}

/**
 * Confirms a hold: its places become sold, its party is placed at tables, and the confirmation
 * email (ticket and calendar event attached) is enqueued, all in one transaction — shared with the
 * confirmations that arrive at the same moment (confirm-batch.ts). In time (or expired but not
 * yet swept, so its places are still held for it) this always succeeds; once the expiry job gave
 * the places back, it succeeds only if places remain. A confirmed booking confirms again as a
 * no-op (a retry): no second email.
 */
export async function confirmBooking(
  engine: BookingEngine,
  caller: Caller,
  bookingId: string,
  input: ConfirmInput,
): Promise<BookingState> {
  return (await confirmAndRead(engine, caller, bookingId, input)).state;
}

/**
 * confirmBooking, answering also the booking as its guest view shows it when this confirmation
 * made it (read by the batch once committed: no second read per guest); undefined otherwise.
 */
export async function confirmAndRead(
  engine: BookingEngine,
  caller: Caller,
  bookingId: string,
  input: ConfirmInput,
): Promise<{ state: BookingState; booking?: BookingWithParts | undefined }> {
  // An id that is not one names no booking (and must not fail the batch it would join).
  if (!isUuid(bookingId)) throw notFound('This booking does not exist.');
  // Staff confirm alone, under their name; guests' confirmations share batches.
  const batcher = engine.actorId
    ? confirmBatcher(engine.db, engine.mail, engine.actorId)
    : confirmBatcherFor(engine);
  const outcome = await batcher.submit('confirm', { caller, bookingId, input });
  if ('error' in outcome) throw outcome.error;
  return outcome;
}

/**
 * Cancels a booking, gives its places back and frees its tables. A guest cancels a confirmed
 * booking only before the sales rules' deadline; booking staff at any time. Cancelling again is
 * a no-op.
 */
export async function cancelBooking(
  engine: BookingEngine,
  caller: Caller,
  bookingId: string,
): Promise<BookingState> {
  return inventoryTransaction(engine.db, async (tx) => {
    const booking = await lockForCaller(tx, caller, bookingId);
    if (booking.status === 'cancelled' || booking.status === 'expired') return toState(booking);
    if (booking.status === 'checked_in' || booking.status === 'no_show') {
      throw new AppError('CONFLICT', 409, 'This performance has taken place for this booking.');
    }
    const staff = isBookingStaff(caller.claims);
    if (booking.status === 'confirmed' && !booking.guestMayCancel && !staff) {
      throw new AppError('CANCELLATION_CLOSED', 409, 'It is too late to cancel online.');
    }
    const counts = await repository.zoneCounts(tx, booking.id);
    await inventory.release(
      tx,
      booking.performanceId,
      counts,
      booking.status === 'held' ? 'held' : 'sold',
    );
    // A guest who cancels a confirmed booking owes the rules' fee (recorded, paid at the venue);
    // a hold costs nothing, and the venue's own cancellations are free.
    const fee = booking.status === 'confirmed' && !staff ? booking.cancellationFeeCents : 0;
    await repository.setStatus(tx, booking.id, 'cancelled', undefined, fee);
    await freeTables(tx, booking.id);
    if (booking.status === 'confirmed') {
      if (engine.mail) {
        await sendCancelled(tx, engine.mail, booking.id, staff ? 'venue' : 'guest');
      }
    }
    return toState({ ...booking, status: 'cancelled' });
  });
}

export interface UpdateInput {
  lines?: CreateHoldInput['lines'] | undefined;
  extras?: CreateHoldInput['extras'] | undefined;
  /** One per guest of the booking as changed (a guest added is asked their menu). */
  guests?: { menuChoice?: string | undefined; dietaryNotes?: string | undefined }[] | undefined;
  /** The occasion; an empty string clears it. */
  occasion?: string | undefined;
}

/**
 * Changes a held or confirmed booking's lines and extras (the party size follows the lines), in
 * one short transaction: the difference per zone is released or taken in zone order, a confirmed
 * party is placed again, and the change email is enqueued. Guests change while the performance is
 * on sale and before the cancellation deadline; booking staff until the evening. Lines kept as they
 * were keep their price; new ones take today's.
 */
export async function updateBooking(
  engine: BookingEngine,
  caller: Caller,
  bookingId: string,
  input: UpdateInput,
): Promise<BookingState> {
  return inventoryTransaction(engine.db, async (tx) => {
    const booking = await lockForCaller(tx, caller, bookingId);
    if (booking.status !== 'held' && booking.status !== 'confirmed') {
      throw new AppError('CONFLICT', 409, 'This booking can no longer be changed.');
    }
    const staff = isBookingStaff(caller.claims);
    const sale = await repository.findSaleContext(tx, booking.performanceId);
    if (
      !sale ||
      !booking.performanceAhead ||
      (!staff && (!sale.salesOpen || !booking.guestMayCancel))
    ) {
      throw new AppError('SALES_CLOSED', 409, 'This booking can no longer be changed online.');
    }
    const current = await repository.currentLines(tx, booking.id);
    const lines = input.lines
      ? mergeLines(input.lines)
      : current.lines.map(({ formulaId, zoneId, guests }) => ({ formulaId, zoneId, guests }));
    const extras = input.extras ? mergeExtras(input.extras) : current.extras;
    const partySize = lines.reduce((sum, line) => sum + line.guests, 0);
    if (partySize > sale.maxParty && !staff) {
      throw new AppError('PARTY_TOO_LARGE', 400, `At most ${sale.maxParty} guests per booking.`, {
        maxParty: sale.maxParty,
      });
    }
    const { pricedLines, pricedExtras } = await priceChoices(
      tx,
      booking.performanceId,
      lines,
      extras,
      current,
    );
    const totalCents =
      pricedLines.reduce((sum, line) => sum + line.guests * line.unitPriceCents, 0) +
      pricedExtras.reduce((sum, extra) => sum + extra.quantity * extra.unitPriceCents, 0);

    // The difference per zone, in the lock order: release or take each zone's change.
    const column = booking.status === 'held' ? 'held' : 'sold';
    const before = new Map(inventory.byZone(current.lines).map((z) => [z.zoneId, z.guests]));
    const after = new Map(inventory.byZone(pricedLines).map((z) => [z.zoneId, z.guests]));
    const zones = inventory.byZone(
      [...new Set([...before.keys(), ...after.keys()])].map((zoneId) => ({ zoneId, guests: 0 })),
    );
    for (const { zoneId } of zones) {
      const delta = (after.get(zoneId) ?? 0) - (before.get(zoneId) ?? 0);
      if (delta > 0) {
        const shortfall = await inventory.take(
          tx,
          booking.performanceId,
          [{ zoneId, guests: delta }],
          column,
        );
        if (shortfall) {
          throw new AppError('SOLD_OUT', 409, 'Not enough places left in this zone.', shortfall);
        }
      } else if (delta < 0) {
        await inventory.release(tx, booking.performanceId, [{ zoneId, guests: -delta }], column);
      }
    }
    const seenBefore =
      booking.status === 'confirmed' && engine.mail
        ? await readBeforeChange(tx, booking.id)
        : undefined;
    if (input.guests && input.guests.length !== partySize) {
      throw new AppError('VALIDATION_FAILED', 400, 'One entry per guest, please.', {
        fields: [
          { path: 'body.guests', code: 'party_size', message: `Expected ${partySize} guests.` },
        ],
      });
    }
    await repository.replaceLines(tx, booking.id, pricedLines, pricedExtras, {
      partySize,
      totalCents,
    });
    if (input.guests || input.occasion !== undefined) {
      await repository.setDetails(tx, booking.id, {
        guests: input.guests?.map((guest) => ({
          menuChoice: guest.menuChoice || null,
          dietaryNotes: guest.dietaryNotes || null,
        })),
        occasion: input.occasion === undefined ? undefined : input.occasion || null,
      });
    }
    // Held or confirmed, the party keeps a table for all its guests, or the change is refused.
    const noTableIn = await assignTables(tx, booking, inventory.byZone(pricedLines));
    if (noTableIn) throw noTableError(noTableIn);
    if (booking.status === 'confirmed') {
      if (engine.mail && seenBefore) {
        await sendChanged(tx, engine.mail, booking.id, seenBefore, staff ? 'venue' : 'guest');
      }
    }
    return toState({ ...booking, partySize, totalCents });
  });
}

async function priceChoices(
  tx: Tx,
  performanceId: string,
  lines: { formulaId: string; zoneId: string; guests: number }[],
  extras: { extraId: string; quantity: number }[],
  current: Awaited<ReturnType<typeof repository.currentLines>>,
) {
  const prices = await repository.findPrices(
    tx,
    performanceId,
    lines.map((line) => line.formulaId),
    lines.map((line) => line.zoneId),
  );
  const extraPrices = await repository.findExtras(
    tx,
    extras.map((extra) => extra.extraId),
  );
  const fields: { path: string; code: string; message: string }[] = [];
  const pricedLines = lines.map((line, i) => {
    const kept = current.lines.find(
      (old) => old.formulaId === line.formulaId && old.zoneId === line.zoneId,
    );
    const price = prices.find((p) => p.formulaId === line.formulaId && p.zoneId === line.zoneId);
    if (!kept && !price) {
      fields.push({
        path: `body.lines.${i}`,
        code: 'not_sold_here',
        message: 'This formula is not sold in this zone for this performance.',
      });
    }
    return { ...line, unitPriceCents: kept?.unitPriceCents ?? price?.priceCents ?? 0 };
  });
  const pricedExtras = extras.map((extra, i) => {
    const kept = current.extras.find((old) => old.extraId === extra.extraId);
    const price = extraPrices.find((p) => p.id === extra.extraId);
    if (!kept && !price) {
      fields.push({
        path: `body.extras.${i}`,
        code: 'unknown_extra',
        message: 'This extra does not exist.',
      });
    }
    return { ...extra, unitPriceCents: kept?.unitPriceCents ?? price?.priceCents ?? 0 };
  });
  if (fields.length > 0) {
    throw new AppError('VALIDATION_FAILED', 400, 'Some choices are not sold here.', { fields });
  }
  return { pricedLines, pricedExtras };
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
