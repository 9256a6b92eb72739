// The inventory guarantee under a rush (#5): 200 buyers at once, parties of 1–8, a zone of 50
// seats, on 20 real connections, five times. Then the same rush through a naive read-then-write
// hold, written here, which does oversell: the proof that this test can fail.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createTestDatabase,
  silentLogger,
  type TestDatabase,
} from '../../../test/test-database.ts';
import { createDb, type Db } from '../../db/database.ts';
import { createPool } from '../../db/pool.ts';
import { withServiceContext, type RequestClaims } from '../../db/request-context.ts';
import { AppError } from '../../lib/app-error.ts';
import { newBookingReference } from './booking-reference.ts';
import { cancelBooking, confirmBooking, createHold } from './booking.service.ts';
import {
  countersAndLines,
  createTestCatalogue,
  type TestCatalogue,
} from '../../../test/test-catalogue.ts';

const BUYERS = 200;
const CAPACITY = 50;
const ROUNDS = 5;
const anon: RequestClaims = { role: 'anon' };
const contact = { name: 'Ada', email: 'ada@example.com' };

/** Party sizes 1–8, different each round but the same on every run (a small LCG). */
function partySizes(seed: number): number[] {
  let state = seed;
  return Array.from({ length: BUYERS }, () => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return 1 + (state % 8);
  });
}

function outcome(error: unknown): string {
  if (error instanceof AppError) return error.code;
  throw error;
}

describe('no overselling under a rush', () => {
  let database: TestDatabase;
  /** Enough connections for twenty buyers to really run at once. */
  let db: Db;
  let catalogue: TestCatalogue;

  beforeAll(async () => {
    database = await createTestDatabase({ poolSize: 2 });
    db = createDb(
      createPool({
        connectionString: database.appUrl,
        max: 20,
        applicationName: 'ladiva-rush',
        logger: silentLogger,
      }),
    );
    catalogue = await createTestCatalogue(database.owner);
  });
  afterAll(async () => {
    await db?.destroy();
    await database?.close();
  });

  it.each(Array.from({ length: ROUNDS }, (_, i) => i + 1))(
    'round %i: 200 buyers for 50 seats: never oversold, every hold accounted for',
    async (round) => {
      const performanceId = await catalogue.performance({ main: CAPACITY });
      const { main: zoneId } = catalogue.zones;
      const sizes = partySizes(round);
      const results = await Promise.all(
        sizes.map((guests) =>
          createHold(db, anon, {
            performanceId,
            lines: [{ formulaId: catalogue.formulas.show, zoneId, guests }],
          }).then(
            (hold) => ({ guests, hold, outcome: 'HELD' }),
            (error: unknown) => ({ guests, hold: undefined, outcome: outcome(error) }),
          ),
        ),
      );
      const held = results.filter((r) => r.hold);
      const soldOut = results.filter((r) => r.outcome === 'SOLD_OUT');
      // Nothing else than a hold, sold out, or (on a very loaded machine) busy.
      expect(results.filter((r) => !['HELD', 'SOLD_OUT', 'BUSY'].includes(r.outcome))).toEqual([]);
      expect(soldOut.length).toBeGreaterThan(0);

      const heldGuests = held.reduce((sum, r) => sum + r.guests, 0);
      let counters = await countersAndLines(database.owner, performanceId, zoneId);
      expect(counters.held + counters.sold).toBeLessThanOrEqual(CAPACITY);
      expect(counters).toMatchObject({ held: heldGuests, sold: 0, heldLines: heldGuests });
      // Refused only for want of room: what is left is less than the smallest refused party.
      const smallestRefused = Math.min(...soldOut.map((r) => r.guests));
      expect(CAPACITY - heldGuests).toBeLessThan(smallestRefused);
      const { rows } = await database.owner.query<{ n: number }>(
        'select count(*)::int as n from bookings where performance_id = $1',
        [performanceId],
      );
      expect(rows[0]!.n).toBe(held.length);

      // Then, at once: half the holds confirmed, a quarter cancelled, and a new rush for the
      // freed places. The sums must still match the bookings.
      const holds = held.map((r) => r.hold!);
      const again = await Promise.all([
        ...holds
          .filter((_, i) => i % 4 < 2)
          .map((h) =>
            confirmBooking({ db }, { claims: anon, grantedBookingId: h.bookingId }, h.bookingId, {
              contact,
            }).then(() => 'confirmed'),
          ),
        ...holds
          .filter((_, i) => i % 4 === 2)
          .map((h) =>
            cancelBooking(
              { db },
              { claims: anon, grantedBookingId: h.bookingId },
              h.bookingId,
            ).then(() => 'cancelled'),
          ),
        ...sizes.slice(0, 50).map((guests) =>
          createHold(db, anon, {
            performanceId,
            lines: [{ formulaId: catalogue.formulas.show, zoneId, guests }],
          }).then(
            () => 'HELD',
            (error: unknown) => outcome(error),
          ),
        ),
      ]);
      expect(
        again.filter((r) => !['confirmed', 'cancelled', 'HELD', 'SOLD_OUT', 'BUSY'].includes(r)),
      ).toEqual([]);
      counters = await countersAndLines(database.owner, performanceId, zoneId);
      expect(counters.held + counters.sold).toBeLessThanOrEqual(CAPACITY);
      expect(counters.held).toBe(counters.heldLines);
      expect(counters.sold).toBe(counters.soldLines);
    },
  );

  /**
   * A naive hold: read the counters, check, then write the count it computed. Between the read and
   * the write (made wide by pg_sleep, as a slow network would), other buyers read the same count.
   */
  async function naiveHold(performanceId: string, zoneId: string, guests: number) {
    return withServiceContext(db, async (tx) => {
      const row = await tx
        .selectFrom('performanceZones')
        .select(['capacity', 'held', 'sold'])
        .where('performanceId', '=', performanceId)
        .where('zoneId', '=', zoneId)
        .executeTakeFirstOrThrow();
      if (row.held + row.sold + guests > row.capacity) return false;
      await sql`select pg_sleep(0.02)`.execute(tx);
      const booking = await tx
        .insertInto('bookings')
        .values({
          reference: newBookingReference(),
          performanceId,
          partySize: guests,
          expiresAt: new Date(Date.now() + 600_000),
          totalCents: 0,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      await tx
        .insertInto('bookingLines')
        .values({
          bookingId: booking.id,
          formulaId: catalogue.formulas.show,
          zoneId,
          guests,
          unitPriceCents: 0,
        })
        .execute();
      await tx
        .updateTable('performanceZones')
        .set({ held: row.held + guests })
        .where('performanceId', '=', performanceId)
        .where('zoneId', '=', zoneId)
        .execute();
      return true;
    });
  }

  it('the same rush without the lock oversells (so the test above can fail)', async () => {
    const performanceId = await catalogue.performance({ main: CAPACITY });
    const { main: zoneId } = catalogue.zones;
    await Promise.all(partySizes(99).map((guests) => naiveHold(performanceId, zoneId, guests)));
    const counters = await countersAndLines(database.owner, performanceId, zoneId);
    // The counter still looks right (≤ capacity), but the bookings hold more than the room.
    expect(counters.held).toBeLessThanOrEqual(CAPACITY);
    expect(counters.heldLines).toBeGreaterThan(CAPACITY);
  });
});
