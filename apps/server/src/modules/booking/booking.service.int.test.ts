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
import { countersAndLines, createTestCatalogue, type TestCatalogue } from './test-catalogue.ts';

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

    it('decides a batch in arrival order: a refused hold takes nothing, the next one fits', async () => {
      const performanceId = await catalogue.performance({ main: 5 });
      // The first request leaves at once; the two that arrive meanwhile share the next batch.
      const results = await Promise.allSettled([
        createHold(db, anon, hold(performanceId, 4)),
        createHold(db, anon, hold(performanceId, 3)),
        createHold(db, anon, hold(performanceId, 1)),
      ]);
      expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
      expect((results[1] as PromiseRejectedResult).reason).toMatchObject({
        code: 'SOLD_OUT',
        details: { seatsLeft: 1 },
      });
      expect(await counters(performanceId)).toMatchObject({ held: 5, heldLines: 5 });
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
  });
});
