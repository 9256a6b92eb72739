// The engine's rules against a real PostgreSQL: validation, expiry without any request, late
// confirmation, idempotent holds, cancellation, and a lock wait that ends as BUSY.
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createTestDatabase,
  silentLogger,
  type TestDatabase,
} from '../../../test/test-database.ts';
import { createDb, type Db } from '../../db/database.ts';
import { createPool } from '../../db/pool.ts';
import type { RequestClaims } from '../../db/request-context.ts';
import {
  cancelBooking,
  confirmBooking,
  createHold,
  expireHolds,
  type CreateHoldInput,
} from './booking.service.ts';
import {
  countersAndLines,
  createTestCatalogue,
  type TestCatalogue,
} from '../../../test/test-catalogue.ts';

const anon: RequestClaims = { role: 'anon' };
const guest = (sub: string): RequestClaims => ({
  role: 'authenticated',
  sub,
  roles: [],
  aal: 'aal1',
});
const boxOffice: RequestClaims = {
  role: 'authenticated',
  sub: '00000000-0000-4000-8000-0000000000b0',
  roles: ['box_office'],
  aal: 'aal2',
};
const contact = { name: 'Ada Lovelace', email: 'ada@example.com' };

describe('the booking engine', () => {
  let database: TestDatabase;
  let db: Db;
  let catalogue: TestCatalogue;
  let userA: string;
  let userB: string;

  beforeAll(async () => {
    database = await createTestDatabase({ poolSize: 2 });
    db = createDb(
      createPool({
        connectionString: database.appUrl,
        max: 20,
        applicationName: 'ladiva-engine',
        logger: silentLogger,
      }),
    );
    catalogue = await createTestCatalogue(database.owner);
    const { rows } = await database.owner.query<{ id: string }>(
      `insert into users (email) values ('a@example.com'), ('b@example.com') returning id`,
    );
    [userA, userB] = rows.map((row) => row.id) as [string, string];
  });
  afterAll(async () => {
    await db?.destroy();
    await database?.close();
  });

  const hold = (performanceId: string, guests: number, extra: Partial<CreateHoldInput> = {}) => ({
    performanceId,
    lines: [{ formulaId: catalogue.formulas.show, zoneId: catalogue.zones.main, guests }],
    ...extra,
  });
  const counters = (performanceId: string) =>
    countersAndLines(database.owner, performanceId, catalogue.zones.main);
  const statusOf = async (bookingId: string) =>
    (await database.owner.query('select status from bookings where id = $1', [bookingId])).rows[0]
      ?.status;

  describe('createHold', () => {
    it('holds places, prices lines and extras, and expires after the hold time', async () => {
      const performanceId = await catalogue.performance();
      const result = await createHold(db, guest(userA), {
        performanceId,
        lines: [
          { formulaId: catalogue.formulas.dinner, zoneId: catalogue.zones.main, guests: 2 },
          { formulaId: catalogue.formulas.show, zoneId: catalogue.zones.bar, guests: 1 },
          { formulaId: catalogue.formulas.dinner, zoneId: catalogue.zones.main, guests: 1 },
        ],
        extras: [{ extraId: catalogue.extraId, quantity: 1 }],
      });
      expect(result).toMatchObject({
        status: 'held',
        partySize: 4,
        totalCents: 3 * 18000 + 7000 + 3500,
      });
      expect(result.reference).toMatch(/^[2-9A-HJKMNP-Z]{8}$/);
      const minutes = (Date.parse(result.expiresAt) - Date.now()) / 60_000;
      expect(minutes).toBeGreaterThan(9);
      expect(minutes).toBeLessThanOrEqual(10);
      expect(await counters(performanceId)).toMatchObject({ held: 3, heldLines: 3 });
      const bar = await countersAndLines(database.owner, performanceId, catalogue.zones.bar);
      expect(bar).toMatchObject({ held: 1, heldLines: 1 });
      const { rows } = await database.owner.query('select user_id from bookings where id = $1', [
        result.bookingId,
      ]);
      expect(rows[0].user_id).toBe(userA);
    });

    it('refuses a party over the maximum, a formula not sold in a zone, a closed sale', async () => {
      const performanceId = await catalogue.performance();
      await expect(createHold(db, anon, hold(performanceId, 13))).rejects.toMatchObject({
        code: 'PARTY_TOO_LARGE',
        details: { maxParty: 12 },
      });
      await expect(
        createHold(db, anon, {
          performanceId,
          lines: [{ formulaId: catalogue.formulas.dinner, zoneId: catalogue.zones.bar, guests: 2 }],
        }),
      ).rejects.toMatchObject({
        code: 'VALIDATION_FAILED',
        details: { fields: [{ path: 'body.lines.0', code: 'not_sold_here' }] },
      });
      const soon = await catalogue.performance({}, '30 minutes');
      await expect(createHold(db, anon, hold(soon, 2))).rejects.toMatchObject({
        code: 'SALES_CLOSED',
      });
      // Past the online cut-off, the box office still takes a phone booking until the show.
      expect((await createHold(db, boxOffice, hold(soon, 2, { source: 'phone' }))).status).toBe(
        'held',
      );
      await database.owner.query('update performances set sales_closed = true where id = $1', [
        performanceId,
      ]);
      await expect(createHold(db, anon, hold(performanceId, 2))).rejects.toMatchObject({
        code: 'SALES_CLOSED',
      });
      await expect(
        createHold(db, anon, hold('00000000-0000-4000-8000-000000000000', 2)),
      ).rejects.toMatchObject({ code: 'NOT_FOUND' });
      await expect(
        createHold(db, anon, hold(await catalogue.performance(), 2, { source: 'phone' })),
      ).rejects.toMatchObject({ code: 'FORBIDDEN' });
      expect((await counters(performanceId)).held).toBe(0);
    });

    it('answers SOLD_OUT with the places left, and holds nothing', async () => {
      const performanceId = await catalogue.performance({ main: 5 });
      await createHold(db, anon, hold(performanceId, 4));
      await expect(createHold(db, anon, hold(performanceId, 2))).rejects.toMatchObject({
        code: 'SOLD_OUT',
        statusCode: 409,
        details: { zoneId: catalogue.zones.main, seatsLeft: 1 },
      });
      expect(await counters(performanceId)).toMatchObject({ held: 4, heldLines: 4 });
    });

    it('a refused hold takes nothing: a smaller party after it still fits', async () => {
      const performanceId = await catalogue.performance({ main: 5 });
      // 4 and 3 cannot both fit in 5: one is refused (whichever is decided second), and the
      // party of 1 behind them still gets the place that is left.
      const sizes = [4, 3, 1];
      const results = await Promise.allSettled(
        sizes.map((guests) => createHold(db, anon, hold(performanceId, guests))),
      );
      expect(results[2]!.status).toBe('fulfilled');
      const refused = results.flatMap((r, i) => (r.status === 'rejected' ? [i] : []));
      expect(refused).toHaveLength(1);
      const reason = (results[refused[0]!] as PromiseRejectedResult).reason;
      expect(reason).toMatchObject({ code: 'SOLD_OUT' });
      expect(reason.details.seatsLeft).toBeLessThan(sizes[refused[0]!]!);
      const held = sizes.reduce((sum, n, i) => (refused.includes(i) ? sum : sum + n), 0);
      expect(await counters(performanceId)).toMatchObject({ held, heldLines: held });
    });

    it('withdraws a written hold that no longer fits once the counters are locked', async () => {
      const performanceId = await catalogue.performance({ main: 5 });
      const other = createDb(
        createPool({
          connectionString: database.appUrl,
          max: 2,
          applicationName: 'ladiva-engine-3',
          logger: silentLogger,
        }),
      );
      const blocker = new pg.Client({ connectionString: database.ownerUrl });
      await blocker.connect();
      try {
        // Both batches see 5 places, write their booking, then wait for the counters.
        await blocker.query('begin');
        await blocker.query(
          'select * from performance_zones where performance_id = $1 for update',
          [performanceId],
        );
        const first = createHold(
          db,
          anon,
          hold(performanceId, 4, { idempotencyKey: 'withdraw-1' }),
        );
        const second = createHold(
          other,
          anon,
          hold(performanceId, 3, { idempotencyKey: 'withdraw-2' }),
        );
        await new Promise((resolve) => setTimeout(resolve, 300));
        const written = await database.owner.query(
          'select count(*)::int as n from bookings where performance_id = $1',
          [performanceId],
        );
        expect(written.rows[0].n).toBe(0); // not committed yet: both wait on the lock
        await blocker.query('rollback');
        const results = await Promise.allSettled([first, second]);
        const refused = results.filter((r) => r.status === 'rejected');
        expect(refused).toHaveLength(1);
        expect((refused[0] as PromiseRejectedResult).reason).toMatchObject({ code: 'SOLD_OUT' });
        // The withdrawn booking is gone with its lines; the counters match what remains.
        const left = await database.owner.query(
          'select idempotency_key as key from bookings where performance_id = $1',
          [performanceId],
        );
        expect(left.rows).toHaveLength(1);
        const kept = left.rows[0].key === 'withdraw-1' ? 4 : 3;
        expect(await counters(performanceId)).toMatchObject({ held: kept, heldLines: kept });
        // The refused key is free for a later try.
        const refusedKey = left.rows[0].key === 'withdraw-1' ? 'withdraw-2' : 'withdraw-1';
        await database.owner.query(
          'update performance_zones set capacity = 10 where performance_id = $1',
          [performanceId],
        );
        const retry = await createHold(
          db,
          anon,
          hold(performanceId, refusedKey === 'withdraw-1' ? 4 : 3, { idempotencyKey: refusedKey }),
        );
        expect(retry.status).toBe('held');
      } finally {
        await blocker.end();
        await other.destroy();
      }
    });

    it('two server instances selling the same zone at once never oversell it', async () => {
      const performanceId = await catalogue.performance({ main: 30 });
      const other = createDb(
        createPool({
          connectionString: database.appUrl,
          max: 5,
          applicationName: 'ladiva-engine-2',
          logger: silentLogger,
        }),
      );
      try {
        const results = await Promise.allSettled(
          Array.from({ length: 60 }, (_, i) =>
            createHold(i % 2 ? other : db, anon, hold(performanceId, 1 + (i % 3))),
          ),
        );
        const held = results.flatMap((r) => (r.status === 'fulfilled' ? [r.value.partySize] : []));
        const sum = held.reduce((a, b) => a + b, 0);
        expect(sum).toBeLessThanOrEqual(30);
        // Each refusal is SOLD_OUT, and only when that party no longer fitted.
        results.forEach((r, i) => {
          if (r.status === 'fulfilled') return;
          expect(r.reason).toMatchObject({ code: 'SOLD_OUT' });
          expect(r.reason.details.seatsLeft).toBeLessThan(1 + (i % 3));
        });
        expect(await counters(performanceId)).toMatchObject({ held: sum, heldLines: sum });
      } finally {
        await other.destroy();
      }
    });

    it('20 concurrent identical requests with one idempotency key make one booking', async () => {
      const performanceId = await catalogue.performance();
      const input = hold(performanceId, 3, { idempotencyKey: 'retry-key-0001' });
      const results = await Promise.all(
        Array.from({ length: 20 }, () => createHold(db, guest(userA), input)),
      );
      expect(new Set(results.map((r) => r.bookingId)).size).toBe(1);
      expect(await counters(performanceId)).toMatchObject({ held: 3, heldLines: 3 });
      // Later retries too; another caller's use of the key is a conflict, not their booking.
      expect((await createHold(db, guest(userA), input)).bookingId).toBe(results[0]!.bookingId);
      await expect(createHold(db, guest(userB), input)).rejects.toMatchObject({ code: 'CONFLICT' });
      await expect(createHold(db, anon, input)).rejects.toMatchObject({ code: 'CONFLICT' });
    });

    it('a sold-out attempt leaves its idempotency key free for a later retry', async () => {
      const performanceId = await catalogue.performance({ main: 2 });
      const input = hold(performanceId, 3, { idempotencyKey: 'retry-key-0002' });
      await expect(createHold(db, anon, input)).rejects.toMatchObject({ code: 'SOLD_OUT' });
      await database.owner.query(
        'update performance_zones set capacity = 3 where performance_id = $1',
        [performanceId],
      );
      expect((await createHold(db, anon, input)).status).toBe('held');
    });

    it('waits at most the lock timeout on a busy counter, then answers BUSY', async () => {
      const performanceId = await catalogue.performance();
      const blocker = new pg.Client({ connectionString: database.ownerUrl });
      await blocker.connect();
      try {
        await blocker.query('begin');
        await blocker.query(
          'select * from performance_zones where performance_id = $1 for update',
          [performanceId],
        );
        const started = Date.now();
        await expect(createHold(db, anon, hold(performanceId, 2))).rejects.toMatchObject({
          code: 'BUSY',
          statusCode: 503,
          details: { retryAfterSeconds: 1 },
        });
        expect(Date.now() - started).toBeGreaterThanOrEqual(1_900);
      } finally {
        await blocker.query('rollback');
        await blocker.end();
      }
      expect(await counters(performanceId)).toMatchObject({ held: 0, heldLines: 0 });
    });
  });

  describe('expiry', () => {
    it('frees the places of holds past their time, without any request; live holds stay', async () => {
      const performanceId = await catalogue.performance({ main: 10 });
      const late = await createHold(db, anon, hold(performanceId, 4));
      const live = await createHold(db, anon, hold(performanceId, 3));
      await database.owner.query(
        `update bookings set expires_at = now() - interval '1 second' where id = $1`,
        [late.bookingId],
      );
      expect(await expireHolds(db)).toBeGreaterThanOrEqual(1);
      expect(await statusOf(late.bookingId)).toBe('expired');
      expect(await statusOf(live.bookingId)).toBe('held');
      expect(await counters(performanceId)).toMatchObject({ held: 3, heldLines: 3 });
      // The freed places sell again; nothing left to expire.
      await createHold(db, anon, hold(performanceId, 7));
      expect(await expireHolds(db)).toBe(0);
    });

    it('expires in batches until none is left', async () => {
      const performanceId = await catalogue.performance({ main: 20 });
      for (let i = 0; i < 5; i += 1) await createHold(db, anon, hold(performanceId, 2));
      await database.owner.query(
        `update bookings set expires_at = now() - interval '1 minute' where performance_id = $1`,
        [performanceId],
      );
      expect(await expireHolds(db, { batch: 2 })).toBe(5);
      expect(await counters(performanceId)).toMatchObject({ held: 0, heldLines: 0 });
    });
  });

  describe('confirmBooking', () => {
    it('turns held places into sold ones, once, with the contact', async () => {
      const performanceId = await catalogue.performance();
      const { bookingId } = await createHold(db, anon, hold(performanceId, 2));
      const confirmed = await confirmBooking(
        { db },
        { claims: anon, grantedBookingId: bookingId },
        bookingId,
        { contact },
      );
      expect(confirmed.status).toBe('confirmed');
      expect(
        await confirmBooking({ db }, { claims: anon, grantedBookingId: bookingId }, bookingId, {
          contact,
        }),
      ).toEqual(confirmed);
      expect(await counters(performanceId)).toMatchObject({ held: 0, sold: 2, soldLines: 2 });
      const { rows } = await database.owner.query(
        'select contact_name, contact_email, confirmed_at from bookings where id = $1',
        [bookingId],
      );
      expect(rows[0]).toMatchObject({
        contact_name: 'Ada Lovelace',
        contact_email: 'ada@example.com',
      });
      expect(rows[0].confirmed_at).toBeInstanceOf(Date);
    });

    it('a hold past its time but not yet swept still owns its places: confirmed', async () => {
      const performanceId = await catalogue.performance({ main: 2 });
      const { bookingId } = await createHold(db, anon, hold(performanceId, 2));
      await database.owner.query(
        `update bookings set expires_at = now() - interval '1 minute' where id = $1`,
        [bookingId],
      );
      expect(
        (
          await confirmBooking({ db }, { claims: anon, grantedBookingId: bookingId }, bookingId, {
            contact,
          })
        ).status,
      ).toBe('confirmed');
      expect(await counters(performanceId)).toMatchObject({ held: 0, sold: 2, soldLines: 2 });
    });

    it('an expired hold is confirmed only if places remain', async () => {
      const performanceId = await catalogue.performance({ main: 6 });
      const first = await createHold(db, anon, hold(performanceId, 4));
      const second = await createHold(db, anon, hold(performanceId, 2));
      await database.owner.query(
        `update bookings set expires_at = now() - interval '1 second' where performance_id = $1`,
        [performanceId],
      );
      expect(await expireHolds(db)).toBeGreaterThanOrEqual(2);
      // Places remain for the first: confirmed after all.
      expect(
        (
          await confirmBooking(
            { db },
            { claims: anon, grantedBookingId: first.bookingId },
            first.bookingId,
            { contact },
          )
        ).status,
      ).toBe('confirmed');
      // Someone else takes the last two: the second's late confirmation is refused.
      await createHold(db, anon, hold(performanceId, 2));
      await expect(
        confirmBooking(
          { db },
          { claims: anon, grantedBookingId: second.bookingId },
          second.bookingId,
          { contact },
        ),
      ).rejects.toMatchObject({
        code: 'HOLD_EXPIRED',
        details: { seatsLeft: 0 },
      });
      expect(await statusOf(second.bookingId)).toBe('expired');
      expect(await counters(performanceId)).toMatchObject({
        held: 2,
        heldLines: 2,
        sold: 4,
        soldLines: 4,
      });
    });

    it("someone else's booking looks like none; booking staff confirm anyone's", async () => {
      const performanceId = await catalogue.performance();
      const { bookingId } = await createHold(db, guest(userA), hold(performanceId, 2));
      await expect(
        confirmBooking({ db }, { claims: guest(userB) }, bookingId, { contact }),
      ).rejects.toMatchObject({
        code: 'NOT_FOUND',
      });
      await expect(
        confirmBooking({ db }, { claims: anon }, bookingId, { contact }),
      ).rejects.toMatchObject({
        code: 'NOT_FOUND',
      });
      expect(
        (
          await confirmBooking(
            { db },
            { claims: boxOffice, grantedBookingId: bookingId },
            bookingId,
            { contact },
          )
        ).status,
      ).toBe('confirmed');
    });

    it('a cancelled booking is not confirmed again', async () => {
      const performanceId = await catalogue.performance();
      const { bookingId } = await createHold(db, anon, hold(performanceId, 2));
      await cancelBooking({ db }, { claims: anon, grantedBookingId: bookingId }, bookingId);
      await expect(
        confirmBooking({ db }, { claims: anon, grantedBookingId: bookingId }, bookingId, {
          contact,
        }),
      ).rejects.toMatchObject({
        code: 'CONFLICT',
      });
      expect(await counters(performanceId)).toMatchObject({ held: 0, sold: 0 });
    });
  });

  describe('cancelBooking', () => {
    it('gives back held or sold places, once', async () => {
      const performanceId = await catalogue.performance();
      const a = await createHold(db, anon, hold(performanceId, 2));
      const b = await createHold(db, anon, hold(performanceId, 3));
      await confirmBooking({ db }, { claims: anon, grantedBookingId: b.bookingId }, b.bookingId, {
        contact,
      });
      await cancelBooking({ db }, { claims: anon, grantedBookingId: a.bookingId }, a.bookingId);
      expect(
        (await cancelBooking({ db }, { claims: anon, grantedBookingId: b.bookingId }, b.bookingId))
          .status,
      ).toBe('cancelled');
      expect(
        (await cancelBooking({ db }, { claims: anon, grantedBookingId: b.bookingId }, b.bookingId))
          .status,
      ).toBe('cancelled');
      expect(await counters(performanceId)).toMatchObject({ held: 0, sold: 0 });
    });

    it('a guest cancels a confirmed booking only before the deadline; staff at any time', async () => {
      const performanceId = await catalogue.performance({}, '24 hours');
      const { bookingId } = await createHold(db, guest(userA), hold(performanceId, 2));
      await confirmBooking(
        { db },
        { claims: guest(userA), grantedBookingId: bookingId },
        bookingId,
        { contact },
      );
      await expect(
        cancelBooking({ db }, { claims: guest(userA), grantedBookingId: bookingId }, bookingId),
      ).rejects.toMatchObject({
        code: 'CANCELLATION_CLOSED',
      });
      expect(
        (await cancelBooking({ db }, { claims: boxOffice, grantedBookingId: bookingId }, bookingId))
          .status,
      ).toBe('cancelled');
      expect(await counters(performanceId)).toMatchObject({ held: 0, sold: 0 });
    });

    it("records the rules' fee when a guest cancels a confirmed booking; holds and staff pay none", async () => {
      await database.owner.query('update sales_rules set cancellation_fee_cents = 1500');
      try {
        const feeOf = async (bookingId: string) =>
          (
            await database.owner.query(
              'select cancellation_fee_cents as fee from bookings where id = $1',
              [bookingId],
            )
          ).rows[0]?.fee;
        const performanceId = await catalogue.performance();
        const confirmed = async () => {
          const { bookingId } = await createHold(db, guest(userA), hold(performanceId, 2));
          await confirmBooking({ db }, { claims: guest(userA) }, bookingId, { contact });
          return bookingId;
        };
        const byGuest = await confirmed();
        await cancelBooking({ db }, { claims: guest(userA) }, byGuest);
        expect(await feeOf(byGuest)).toBe(1500);

        const byVenue = await confirmed();
        await cancelBooking({ db }, { claims: boxOffice }, byVenue);
        expect(await feeOf(byVenue)).toBeNull();

        const { bookingId: held } = await createHold(db, guest(userA), hold(performanceId, 2));
        await cancelBooking({ db }, { claims: guest(userA) }, held);
        expect(await feeOf(held)).toBeNull();
      } finally {
        await database.owner.query('update sales_rules set cancellation_fee_cents = 0');
      }
    });
  });
});
