// Tonight's room (#6, item 6): the floor plan of a performance with its seated parties, the
// maître d's moves of a party to other tables — within its zone, or to another as a courtesy
// upgrade (#14 item 12) — and walk-ins seated in two taps (#14 item 8). The rule "a table never carries more guests than
// its seats; a private table one party" is the database's (migration 0009: trigger
// booking_tables_fit and a partial unique index); this service checks it first to answer with a
// clear 409, and maps the database's refusal to the same code should two moves race.
import type {
  MoveRoomPartyBody,
  Room,
  RoomParty,
  SeatWalkInBody,
} from '@ladiva/contract/backoffice-room';
import type { Db } from '../../db/database.ts';
import { constraintOf, isLockFailure, sqlState } from '../../db/pg-errors.ts';
import { withRequestContext, withServiceContext, type Tx } from '../../db/request-context.ts';
import { AppError, forbidden, notFound } from '../../lib/app-error.ts';
import type { UserClaims } from '../../plugins/request-claims.ts';
import { isBookingStaff } from '../bookings/callers.ts';
import { newBookingReference } from '../bookings/booking-reference.ts';
import * as inventory from '../bookings/inventory.ts';
import { inventoryLocking, lockAllocation } from '../bookings/inventory.ts';
import { placementsOf, proposeSeats } from '../bookings/seating.ts';
import * as repository from './room-admin.repository.ts';

const tableFull = (message = 'These tables do not have enough free seats for this party.') =>
  new AppError('TABLE_FULL', 409, message);
/** The id of no booking: every party at a table is "another" for a walk-in still to be made. */
const NO_BOOKING = '00000000-0000-0000-0000-000000000000';
const busy = () =>
  new AppError('BUSY', 503, 'The room is being changed: please try again.', {
    retryAfterSeconds: 1,
  });

/** Whether the caller may see the guests' phone numbers (the door works without them). */
const seesContacts = (claims: UserClaims) => isBookingStaff(claims);

async function loadRoom(tx: Tx, claims: UserClaims, performanceId: string): Promise<Room | null> {
  const performance = await repository.findPerformance(tx, performanceId);
  if (!performance) return null;
  const [sameDay, zones, parties, seating] = await Promise.all([
    repository.sameDay(tx, performance.startsAt),
    repository.zones(tx, performanceId),
    repository.parties(tx, performanceId),
    repository.seating(tx, performanceId),
  ]);
  const [tables, lines, offers] = await Promise.all([
    repository.tables(
      tx,
      zones.map((zone) => zone.id),
    ),
    repository.partyLines(
      tx,
      parties.map((party) => party.id),
    ),
    repository.zoneFormulas(
      tx,
      zones.map((zone) => zone.id),
    ),
  ]);
  const visible = new Set(parties.map((party) => party.id));
  const seated = seating.filter((row) => visible.has(row.bookingId));
  const held = seating.filter((row) => row.status === 'held');
  const proposals = proposeFor(tables, seating, lines);
  const contacts = seesContacts(claims);
  const startsAt = performance.startsAt.getTime();
  return {
    performance: {
      id: performance.id,
      startsAt: performance.startsAt.toISOString(),
      doorsAt: performance.doorsAt.toISOString(),
      status: performance.status,
      showTitleFr: performance.titleFr,
      showTitleEn: performance.titleEn,
    },
    sameDay: sameDay.map((other) => ({
      id: other.id,
      startsAt: other.startsAt.toISOString(),
      showTitleFr: other.titleFr,
      showTitleEn: other.titleEn,
    })),
    zones: zones.map((zone) => ({
      ...zone,
      // Prices are the box office's: the door, which seats no walk-in, sees none.
      formulas: contacts
        ? offers.filter((offer) => offer.zoneId === zone.id).map(({ zoneId: _, ...offer }) => offer)
        : [],
    })),
    sellBeyondPlan: performance.sellBeyondPlan,
    tables: tables.map(({ neighbourIds: _, ...table }) => ({
      ...table,
      seated: seated
        .filter((row) => row.tableId === table.id)
        .reduce((sum, row) => sum + row.guests, 0),
      held: held
        .filter((row) => row.tableId === table.id)
        .reduce((sum, row) => sum + row.guests, 0),
    })),
    parties: parties.map((party): RoomParty => {
      const own = lines.filter((line) => line.bookingId === party.id);
      const lead = Math.max(0, ...own.map((line) => line.arrivalMinutesBefore));
      return {
        bookingId: party.id,
        reference: party.reference,
        status: party.status as RoomParty['status'],
        name: party.contactName,
        partySize: party.partySize,
        formulas: mergeFormulas(own),
        zoneIds: [...new Set(own.map((line) => line.zoneId))],
        occasion: party.occasion,
        dietary: party.guestDetails.flatMap((guest) =>
          guest.dietaryNotes?.trim() ? [guest.dietaryNotes.trim()] : [],
        ),
        arrivalAt: new Date(startsAt - lead * 60_000).toISOString(),
        tables: seated
          .filter((row) => row.bookingId === party.id)
          .map(({ tableId, guests }) => ({ tableId, guests })),
        contactPhone: contacts ? party.contactPhone : null,
        proposal: proposals.get(party.id) ?? null,
        walkIn: party.source === 'walk_in',
      };
    }),
  };
}

/**
 * Proposals for the parties without a table in a zone that has tables (seating.ts): the first
 * such zone of each party.
 */
function proposeFor(
  tables: readonly {
    id: string;
    zoneId: string;
    seats: number;
    shared: boolean;
    neighbourIds: string[];
  }[],
  seating: readonly { bookingId: string; tableId: string; guests: number; zoneId: string }[],
  lines: readonly { bookingId: string; zoneId: string; guests: number }[],
) {
  const floor = tables.map((t) => ({ ...t, neighbours: t.neighbourIds }));
  const planned = new Set(tables.map((t) => t.zoneId));
  const seatedIn = new Set(seating.map((row) => `${row.bookingId}/${row.zoneId}`));
  const waiting = new Map<string, { bookingId: string; zoneId: string; guests: number }>();
  for (const line of lines) {
    const key = `${line.bookingId}/${line.zoneId}`;
    if (!planned.has(line.zoneId) || seatedIn.has(key)) continue;
    const entry = waiting.get(key) ?? { bookingId: line.bookingId, zoneId: line.zoneId, guests: 0 };
    entry.guests += Number(line.guests);
    waiting.set(key, entry);
  }
  const first = new Map<string, { bookingId: string; zoneId: string; guests: number }>();
  for (const party of waiting.values())
    if (!first.has(party.bookingId)) first.set(party.bookingId, party);
  return proposeSeats(floor, placementsOf(seating), [...first.values()]);
}

/** One entry per formula (a party may have the same formula in two zones). */
function mergeFormulas(
  lines: { formulaId: string; nameFr: string; nameEn: string; guests: number }[],
) {
  const byFormula = new Map<string, RoomParty['formulas'][number]>();
  for (const { formulaId, nameFr, nameEn, guests } of lines) {
    const entry = byFormula.get(formulaId);
    if (entry) entry.guests += guests;
    else byFormula.set(formulaId, { formulaId, nameFr, nameEn, guests });
  }
  return [...byFormula.values()];
}

/**
 * What a table has free for a party, from tablesWithOthers: a shared table its seats less the
 * other parties' guests; a private one all its seats, or nothing once another party sits there.
 */
function freeSeats(table: {
  seats: number;
  shared: boolean;
  othersGuests: number | null;
  otherParties: number | null;
}): number {
  if (table.shared) return table.seats - Number(table.othersGuests);
  return Number(table.otherParties) > 0 ? 0 : table.seats;
}

/**
 * Splits a zone's guests over its chosen tables in the order given, each taking what it has free
 * (a private table held by another party has nothing free). Null when they do not fit.
 */
export function splitBySeats(
  tables: readonly { id: string; free: number }[],
  guests: number,
): { tableId: string; guests: number }[] | null {
  let left = guests;
  const rows = tables.map((table) => {
    const here = Math.max(0, Math.min(table.free, left));
    left -= here;
    return { tableId: table.id, guests: here };
  });
  return left > 0 ? null : rows;
}

export class RoomAdminService {
  constructor(private readonly db: Db) {}

  /** The plan, read as the caller (RLS: staff with a second factor read every booking). */
  async room(claims: UserClaims, performanceId: string): Promise<Room> {
    const room = await withRequestContext(this.db, claims, (tx) =>
      loadRoom(tx, claims, performanceId),
    );
    if (!room) throw notFound('This performance does not exist.');
    return room;
  }

  /**
   * A courtesy upgrade: a party booked in one zone moves to the chosen tables' zone. Its places
   * there are taken within the zone's capacity (SOLD_OUT otherwise) and given back where it was,
   * both counters in the lock order; its formulas must be sold there; its price stays.
   */
  private async changeZone(tx: Tx, performanceId: string, bookingId: string, tableIds: string[]) {
    const zones = await repository.guestsByZone(tx, bookingId);
    const chosen = await repository.tablesWithOthers(tx, performanceId, bookingId, tableIds);
    const targets = [...new Set(chosen.map((table) => table.zoneId))];
    if (chosen.length !== tableIds.length || targets.length !== 1 || zones.length !== 1) {
      throw new AppError(
        'BAD_REQUEST',
        400,
        'An upgrade moves a party booked in one zone to tables of one other zone.',
        { tableIds },
      );
    }
    const from = zones[0]!.zoneId;
    const to = targets[0]!;
    if (from === to) return;
    const guests = Number(zones[0]!.guests);
    const formulas = await repository.partyLines(tx, [bookingId]);
    for (const { formulaId } of formulas) {
      if (!(await repository.priceIn(tx, formulaId, to))) {
        throw new AppError('CONFLICT', 409, 'The party’s formula is not sold in that zone.');
      }
    }
    for (const { zoneId } of inventory.byZone([
      { zoneId: from, guests: 0 },
      { zoneId: to, guests: 0 },
    ])) {
      if (zoneId === to) {
        const short = await inventory.take(tx, performanceId, [{ zoneId, guests }], 'sold');
        if (short) {
          throw new AppError('SOLD_OUT', 409, 'Not enough places left in that zone.', short);
        }
      } else {
        await inventory.release(tx, performanceId, [{ zoneId, guests }], 'sold');
      }
    }
    await repository.freeTablesInZones(tx, bookingId, [from]);
    await repository.moveLines(tx, bookingId, from, to);
  }

  async move(claims: UserClaims, performanceId: string, body: MoveRoomPartyBody): Promise<Room> {
    // The role check comes first: the write below runs as the service role, the only role
    // allowed to write booking_tables (migration 0009), like the engine's own allocation.
    if (!isBookingStaff(claims)) throw forbidden();
    try {
      await withServiceContext(this.db, async (tx) => {
        await inventoryLocking(tx, claims.sub);
        await this.reseat(tx, performanceId, body);
      });
    } catch (error) {
      // The database's own guards (a race the check above could not see): the same answer.
      throw this.roomError(error);
    }
    return this.room(claims, performanceId);
  }

  /**
   * Seats a party that walked in without a booking at a free table, in one transaction: a
   * "walk_in" booking checked in at once (no contact), its places taken in the table's zone within
   * its capacity, at the formula's price today. A key sent again answers the same walk-in.
   */
  async walkIn(claims: UserClaims, performanceId: string, body: SeatWalkInBody): Promise<Room> {
    if (!isBookingStaff(claims)) throw forbidden();
    try {
      await withServiceContext(this.db, async (tx) => {
        await inventoryLocking(tx, claims.sub);
        if (body.idempotencyKey) {
          const earlier = await repository.findByKey(tx, body.idempotencyKey);
          if (earlier) {
            if (earlier.performanceId !== performanceId || earlier.source !== 'walk_in') {
              throw new AppError(
                'IDEMPOTENCY_KEY_REUSED',
                422,
                'This key was used for another request.',
              );
            }
            return;
          }
        }
        const performance = await repository.findPerformance(tx, performanceId);
        if (!performance) throw notFound('This performance does not exist.');
        if (performance.status === 'cancelled') {
          throw new AppError('CONFLICT', 409, 'This performance is cancelled.');
        }
        const [table] = await repository.tablesWithOthers(tx, performanceId, NO_BOOKING, [
          body.tableId,
        ]);
        if (!table)
          throw new AppError('BAD_REQUEST', 400, 'Unknown table.', { tableIds: [body.tableId] });
        const price = await repository.priceIn(tx, body.formulaId, table.zoneId);
        if (!price) {
          throw new AppError('CONFLICT', 409, 'This formula is not sold at this table’s zone.');
        }
        // The lock order: the zone's counter, then the allocation lock, then the table.
        const short = await inventory.take(
          tx,
          performanceId,
          [{ zoneId: table.zoneId, guests: body.guests }],
          'sold',
        );
        if (short)
          throw new AppError('SOLD_OUT', 409, 'Not enough places left in this zone.', short);
        await lockAllocation(tx, performanceId);
        const [fresh] = await repository.tablesWithOthers(tx, performanceId, NO_BOOKING, [
          body.tableId,
        ]);
        if (freeSeats(fresh!) < body.guests)
          throw tableFull('This table does not have enough free seats.');
        let bookingId: string | undefined;
        for (let attempt = 0; !bookingId && attempt < 5; attempt++) {
          bookingId = await repository.insertWalkIn(tx, {
            reference: newBookingReference(),
            performanceId,
            guests: body.guests,
            formulaId: body.formulaId,
            zoneId: table.zoneId,
            unitPriceCents: price.priceCents,
            idempotencyKey: body.idempotencyKey ?? null,
          });
          // Nothing written: the same key at the same moment (the other one answers), or a
          // reference drawn twice (draw again).
          if (!bookingId && body.idempotencyKey) {
            if (await repository.findByKey(tx, body.idempotencyKey)) throw busy();
          }
        }
        if (!bookingId) throw busy();
        await repository.seat(tx, [
          { bookingId, performanceId, tableId: body.tableId, guests: body.guests },
        ]);
      });
    } catch (error) {
      throw this.roomError(error);
    }
    return this.room(claims, performanceId);
  }

  /** A lock timeout or the database's own seat guards, as the same answers a check gives. */
  private roomError(error: unknown): unknown {
    if (isLockFailure(error)) return busy();
    if (
      (sqlState(error) === '23514' && constraintOf(error) === 'booking_tables_fit') ||
      (sqlState(error) === '23505' &&
        constraintOf(error) === 'booking_tables_private_one_party_idx')
    ) {
      return tableFull();
    }
    return error;
  }

  private async reseat(
    tx: Tx,
    performanceId: string,
    { bookingId, tableIds, changeZone = false }: MoveRoomPartyBody,
  ) {
    // The engine's lock order (table-assignment.ts): booking row, then the zones' counters (an
    // upgrade), then the allocation lock.
    const booking = await repository.lockBooking(tx, bookingId);
    if (!booking || booking.performanceId !== performanceId) {
      throw notFound('This booking is not on this performance.');
    }
    if (booking.status !== 'confirmed' && booking.status !== 'checked_in') {
      throw new AppError('CONFLICT', 409, 'Only a confirmed or checked-in party can be moved.');
    }
    if (changeZone) await this.changeZone(tx, performanceId, bookingId, tableIds);
    await lockAllocation(tx, performanceId);
    const zones = await repository.guestsByZone(tx, bookingId);
    const chosen = await repository.tablesWithOthers(tx, performanceId, bookingId, tableIds);
    if (chosen.length !== tableIds.length) {
      throw new AppError('BAD_REQUEST', 400, 'Unknown table.', { tableIds });
    }
    const guestsIn = new Map(zones.map((zone) => [zone.zoneId, Number(zone.guests)]));
    const outside = chosen.filter((table) => !guestsIn.has(table.zoneId));
    if (outside.length > 0) {
      throw new AppError('BAD_REQUEST', 400, 'These tables are not in the party’s zone.', {
        tableIds: outside.map((table) => table.id),
      });
    }
    const targetZones = [...new Set(chosen.map((table) => table.zoneId))];
    const rows: { tableId: string; guests: number }[] = [];
    for (const zoneId of targetZones) {
      const inZone = tableIds
        .map((tableId) => chosen.find((table) => table.id === tableId)!)
        .filter((table) => table.zoneId === zoneId)
        .map((table) => ({
          id: table.id,
          free: freeSeats(table),
        }));
      const split = splitBySeats(inZone, guestsIn.get(zoneId)!);
      if (!split) throw tableFull();
      rows.push(...split);
    }
    await repository.freeTablesInZones(tx, bookingId, targetZones);
    await repository.seat(
      tx,
      rows.map((row) => ({ bookingId, performanceId, ...row })),
    );
  }
}
