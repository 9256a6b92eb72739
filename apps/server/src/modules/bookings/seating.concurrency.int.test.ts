// Every confirmed party seated (issue #13, ADR 0026): 200 buyers rush a 50-seat zone of 2-, 4- and
// 8-seat tables with parties of one to four, holding and confirming at once on a real database.
// The zone's seat count alone would sell places its floor cannot seat without splitting a party;
// seating each hold as it is made refuses those (NO_TABLE) instead. Then the same rush on a
// performance a manager lets sell beyond its plan: every party is kept, and the ones no table
// fits wait for the maître d', each with a proposal.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestCatalogue, type TestCatalogue } from '../../../test/test-catalogue.ts';
import {
  createTestDatabase,
  silentLogger,
  type TestDatabase,
} from '../../../test/test-database.ts';
import { createDb, type Db } from '../../db/database.ts';
import { createPool } from '../../db/pool.ts';
import type { RequestClaims } from '../../db/request-context.ts';
import { AppError } from '../../lib/app-error.ts';
import { allocateParty, type AllocTable } from './allocation.ts';
import {
  cancelBooking,
  confirmBooking,
  createHold,
  expireHolds,
  updateBooking,
  type BookingEngine,
} from './booking.service.ts';
import { placementsOf } from './seating.ts';

const anon: RequestClaims = { role: 'anon' };
const BUYERS = 200;
const TRIES = 3;

interface Rush {
  confirmed: string[];
  /** Party sizes the floor refused (NO_TABLE) and the largest party it answered it could seat. */
  noTable: { guests: number; largestParty: number }[];
  soldOut: number;
}

describe('every confirmed party seated', () => {
  let database: TestDatabase;
  let db: Db;
  let catalogue: TestCatalogue;
  let engine: BookingEngine;
  let tables: AllocTable[];

  beforeAll(async () => {
    database = await createTestDatabase({ poolSize: 2 });
    db = createDb(
      createPool({
        connectionString: database.appUrl,
        max: 10,
        applicationName: 'ladiva-seating',
        logger: silentLogger,
      }),
    );
    catalogue = await createTestCatalogue(database.owner);
    engine = { db };
    // 50 seats: five 2-tops, six 4-tops, two 8-tops; two of the 4-tops can be pushed together.
    const { rows } = await database.owner.query<{
      id: string;
      zoneId: string;
      seats: number;
      shared: boolean;
      neighbours: string[];
    }>(
      `insert into venue_tables (zone_id, label, seats)
       select $1, 'T' || lpad(i::text, 2, '0'),
              case when i <= 5 then 2 when i <= 11 then 4 else 8 end
         from generate_series(1, 13) as i
       returning id, zone_id as "zoneId", seats, shared, neighbour_ids as neighbours`,
      [catalogue.zones.main],
    );
    const [a, b] = rows.filter((t) => t.seats === 4);
    await database.owner.query(
      `update venue_tables set neighbour_ids = array[$2::uuid] where id = $1`,
      [a!.id, b!.id],
    );
    await database.owner.query(
      `update venue_tables set neighbour_ids = array[$1::uuid] where id = $2`,
      [a!.id, b!.id],
    );
    tables = rows.map((t) =>
      t.id === a!.id
        ? { ...t, neighbours: [b!.id] }
        : t.id === b!.id
          ? { ...t, neighbours: [a!.id] }
          : t,
    );
  });
  afterAll(async () => {
    await db?.destroy();
    await database?.close();
  });

  /** 200 buyers at once, each trying up to three parties (1–4 guests), confirming what they hold. */
  async function rush(performanceId: string): Promise<Rush> {
    const result: Rush = { confirmed: [], noTable: [], soldOut: 0 };
    await Promise.all(
      Array.from({ length: BUYERS }, async (_, buyer) => {
        for (let attempt = 0; attempt < TRIES; attempt++) {
          const guests = 1 + ((buyer + attempt) % 4);
          let hold;
          try {
            hold = await createHold(db, anon, {
              performanceId,
              lines: [{ formulaId: catalogue.formulas.show, zoneId: catalogue.zones.main, guests }],
            });
          } catch (error) {
            if (!(error instanceof AppError)) throw error;
            if (error.code === 'NO_TABLE') {
              result.noTable.push({ guests, largestParty: error.details!.largestParty as number });
            } else if (error.code === 'SOLD_OUT') result.soldOut++;
            else if (error.code !== 'BUSY') throw error;
            continue;
          }
          await confirmBooking(
            engine,
            { claims: anon, grantedBookingId: hold.bookingId },
            hold.bookingId,
            { contact: { name: `Buyer ${buyer}`, email: `buyer${buyer}@example.com` } },
          );
          result.confirmed.push(hold.bookingId);
        }
      }),
    );
    return result;
  }

  /** The performance's confirmed parties and their seats, as the database has them. */
  async function floorOf(performanceId: string) {
    const { rows: parties } = await database.owner.query<{ id: string; guests: number }>(
      `select id, party_size as guests from bookings
        where performance_id = $1 and status = 'confirmed'`,
      [performanceId],
    );
    const { rows: seated } = await database.owner.query<{
      bookingId: string;
      tableId: string;
      guests: number;
      zoneId: string;
    }>(
      `select bt.booking_id as "bookingId", bt.table_id as "tableId", bt.guests,
              vt.zone_id as "zoneId"
         from booking_tables bt join venue_tables vt on vt.id = bt.table_id
        where bt.performance_id = $1`,
      [performanceId],
    );
    const { rows: counters } = await database.owner.query<{ held: number; sold: number }>(
      `select held, sold from performance_zones where performance_id = $1 and zone_id = $2`,
      [performanceId, catalogue.zones.main],
    );
    return { parties, seated, counters: counters[0]! };
  }

  it('refuses the parties no free table seats, and seats every confirmed one whole', async () => {
    const performanceId = await catalogue.performance({ main: 50 });
    const result = await rush(performanceId);
    const { parties, seated, counters } = await floorOf(performanceId);

    expect(new Set(parties.map((p) => p.id))).toEqual(new Set(result.confirmed));
    expect(counters).toEqual({ held: 0, sold: parties.reduce((sum, p) => sum + p.guests, 0) });
    expect(counters.sold).toBeLessThanOrEqual(50);
    // Each confirmed party: all its guests at its tables, one table or a group pushed together.
    const placements = placementsOf(seated);
    const unseated = parties.filter((p) => !placements.some((pl) => pl.bookingId === p.id));
    expect(unseated).toEqual([]);
    for (const party of parties) {
      const mine = placements.filter((pl) => pl.bookingId === party.id);
      expect(mine).toHaveLength(1);
      expect(mine[0]!.guests).toBe(party.guests);
      if (mine[0]!.tableIds.length > 1) {
        const group = tables.filter((t) => mine[0]!.tableIds.includes(t.id));
        expect(group.every((t) => t.neighbours.some((n) => mine[0]!.tableIds.includes(n)))).toBe(
          true,
        );
      }
    }
    // No table carries two parties, nor more guests than seats.
    const byTable = new Map<string, { parties: number; guests: number }>();
    for (const row of seated) {
      const t = byTable.get(row.tableId) ?? { parties: 0, guests: 0 };
      byTable.set(row.tableId, { parties: t.parties + 1, guests: t.guests + row.guests });
    }
    for (const [tableId, t] of byTable) {
      expect(t.parties).toBe(1);
      expect(t.guests).toBeLessThanOrEqual(tables.find((x) => x.id === tableId)!.seats);
    }
    // The floor filled up: parties were refused for want of a table, and each refusal still holds
    // at the end (tables are only ever taken during the rush): no free table seats that party.
    expect(result.noTable.length).toBeGreaterThan(0);
    for (const refusal of result.noTable) {
      expect(refusal.largestParty).toBeLessThan(refusal.guests);
      const fit = allocateParty(tables, placements, {
        bookingId: 'late',
        zoneId: catalogue.zones.main,
        guests: refusal.guests,
      });
      expect(fit.ok).toBe(false);
    }
  });

  it('sells beyond the plan when a manager allows it, every unseated party kept for the maître d’', async () => {
    const performanceId = await catalogue.performance({ main: 50 });
    await database.owner.query(`update performances set sell_beyond_plan = true where id = $1`, [
      performanceId,
    ]);
    const result = await rush(performanceId);
    const { parties, seated, counters } = await floorOf(performanceId);

    expect(result.noTable).toEqual([]);
    expect(result.soldOut).toBeGreaterThan(0);
    expect(counters).toEqual({ held: 0, sold: 50 });
    const placements = placementsOf(seated);
    const unseated = parties.filter((p) => !placements.some((pl) => pl.bookingId === p.id));
    // The seat count sold more than the floor seats: those parties wait for the maître d'.
    expect(unseated.length).toBeGreaterThan(0);
    for (const party of parties) {
      const mine = placements.find((pl) => pl.bookingId === party.id);
      if (mine) expect(mine.guests).toBe(party.guests);
    }
  });

  it('frees a hold’s tables when it expires or is cancelled, and refuses a change no table seats', async () => {
    const performanceId = await catalogue.performance({ main: 50 });
    const tablesOf = async (bookingId: string) =>
      (
        await database.owner.query<{ guests: number }>(
          `select guests from booking_tables where booking_id = $1`,
          [bookingId],
        )
      ).rows;
    const hold = (guests: number) =>
      createHold(db, anon, {
        performanceId,
        lines: [{ formulaId: catalogue.formulas.show, zoneId: catalogue.zones.main, guests }],
      });
    const as = (bookingId: string) => ({ claims: anon, grantedBookingId: bookingId });

    const lapsing = await hold(2);
    expect(await tablesOf(lapsing.bookingId)).toEqual([{ guests: 2 }]);
    await database.owner.query(
      `update bookings set expires_at = now() - interval '1 minute' where id = $1`,
      [lapsing.bookingId],
    );
    expect(await expireHolds(database.serviceDb)).toBe(1);
    expect(await tablesOf(lapsing.bookingId)).toEqual([]);

    const dropped = await hold(4);
    await cancelBooking(engine, as(dropped.bookingId), dropped.bookingId);
    expect(await tablesOf(dropped.bookingId)).toEqual([]);

    // Nine guests: no table, nor two tables pushed together (4 + 4), seats them.
    const party = await hold(3);
    await confirmBooking(engine, as(party.bookingId), party.bookingId, {
      contact: { name: 'Lou', email: 'lou@example.com' },
    });
    const change = updateBooking(engine, as(party.bookingId), party.bookingId, {
      lines: [{ formulaId: catalogue.formulas.show, zoneId: catalogue.zones.main, guests: 9 }],
    });
    await expect(change).rejects.toMatchObject({
      code: 'NO_TABLE',
      details: { zoneId: catalogue.zones.main, largestParty: 8 },
    });
    expect(await tablesOf(party.bookingId)).toEqual([{ guests: 3 }]);
    const { rows } = await database.owner.query<{ party_size: number; sold: number }>(
      `select b.party_size, pz.sold from bookings b
         join performance_zones pz on pz.performance_id = b.performance_id and pz.zone_id = $2
        where b.id = $1`,
      [party.bookingId, catalogue.zones.main],
    );
    expect(rows[0]).toEqual({ party_size: 3, sold: 3 });
  });
});
