// An idempotency key stands for one request (issue #12, item 11): retried with the same body it
// answers the booking it made; reused with another body it is refused with 422
// IDEMPOTENCY_KEY_REUSED, as payment APIs do — never the first booking passed off as the second
// (a party of 2 when 3 were asked). Through the engine, the guest API and staff phone bookings,
// sequentially and at once.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accessTokenFor, createUser } from '../../../test/auth-helpers.ts';
import {
  buildTestApp,
  createTestIdentity,
  createTestNotifications,
} from '../../../test/test-app.ts';
import { createTestDatabase, type TestDatabase } from '../../../test/test-database.ts';
import type { App } from '../../app.ts';
import type { RequestClaims } from '../../db/request-context.ts';
import { createHold, type CreateHoldInput } from './booking.service.ts';
import {
  countersAndLines,
  createTestCatalogue,
  type TestCatalogue,
} from '../../../test/test-catalogue.ts';

const anon: RequestClaims = { role: 'anon' };

describe('idempotency keys', () => {
  let database: TestDatabase;
  let app: App;
  let catalogue: TestCatalogue;
  let boxOffice: string;

  beforeAll(async () => {
    database = await createTestDatabase({ poolSize: 20 });
    const notifications = await createTestNotifications(database);
    const identity = await createTestIdentity(database, notifications);
    app = await buildTestApp(database, { notifications, identity });
    catalogue = await createTestCatalogue(database.owner);
    await database.owner.query(
      `insert into venue_tables (zone_id, label, seats)
       select $1, 'T' || i, 4 from generate_series(1, 10) as i`,
      [catalogue.zones.main],
    );
    const staff = await createUser(database, { email: 'box@example.com', roles: ['box_office'] });
    boxOffice = (await accessTokenFor(database, identity, staff, 'aal2')).authorization;
  });
  afterAll(async () => {
    await app?.close();
    await database?.close();
  });

  const hold = (
    performanceId: string,
    guests: number,
    key: string,
    extra: Partial<CreateHoldInput> = {},
  ): CreateHoldInput => ({
    performanceId,
    lines: [{ formulaId: catalogue.formulas.show, zoneId: catalogue.zones.main, guests }],
    idempotencyKey: key,
    ...extra,
  });
  const bookingsOf = async (performanceId: string) =>
    (
      await database.owner.query<{ party_size: number }>(
        'select party_size from bookings where performance_id = $1',
        [performanceId],
      )
    ).rows.map((row) => row.party_size);

  describe('in the engine', () => {
    it('answers the same booking to the same body, in any order of its lines', async () => {
      const performanceId = await catalogue.performance();
      const lines = [
        { formulaId: catalogue.formulas.show, zoneId: catalogue.zones.main, guests: 2 },
        { formulaId: catalogue.formulas.dinner, zoneId: catalogue.zones.main, guests: 1 },
      ];
      const extras = [{ extraId: catalogue.extraId, quantity: 1 }];
      const first = await createHold(database.db, anon, {
        performanceId,
        lines,
        extras,
        idempotencyKey: 'same-body-0001',
      });
      const again = await createHold(database.db, anon, {
        performanceId,
        lines: [...lines].reverse(),
        extras,
        idempotencyKey: 'same-body-0001',
      });
      expect(again.bookingId).toBe(first.bookingId);
      expect(await bookingsOf(performanceId)).toEqual([3]);
    });

    it('refuses the key with another party size, other lines, extras or performance', async () => {
      const performanceId = await catalogue.performance();
      const first = await createHold(database.db, anon, hold(performanceId, 2, 'reused-key-0001'));
      const other = await catalogue.performance();
      for (const changed of [
        hold(performanceId, 3, 'reused-key-0001'),
        hold(performanceId, 2, 'reused-key-0001', {
          lines: [
            { formulaId: catalogue.formulas.dinner, zoneId: catalogue.zones.main, guests: 2 },
          ],
        }),
        hold(performanceId, 2, 'reused-key-0001', {
          extras: [{ extraId: catalogue.extraId, quantity: 1 }],
        }),
        hold(other, 2, 'reused-key-0001'),
      ]) {
        await expect(createHold(database.db, anon, changed)).rejects.toMatchObject({
          code: 'IDEMPOTENCY_KEY_REUSED',
          statusCode: 422,
        });
      }
      // The booking the key made is untouched, and still what the key answers.
      expect(await bookingsOf(performanceId)).toEqual([2]);
      expect(await bookingsOf(other)).toEqual([]);
      const retried = await createHold(
        database.db,
        anon,
        hold(performanceId, 2, 'reused-key-0001'),
      );
      expect(retried.bookingId).toBe(first.bookingId);
    });

    it('at once: 20 identical requests make one booking; mixed bodies make one, the others refused', async () => {
      const performanceId = await catalogue.performance();
      const same = await Promise.all(
        Array.from({ length: 20 }, () =>
          createHold(database.db, anon, hold(performanceId, 3, 'at-once-0001')),
        ),
      );
      expect(new Set(same.map((result) => result.bookingId)).size).toBe(1);

      const mixed = await catalogue.performance();
      const results = await Promise.allSettled(
        Array.from({ length: 20 }, (_, i) =>
          createHold(database.db, anon, hold(mixed, i % 2 ? 2 : 3, 'at-once-0002')),
        ),
      );
      const [party] = await bookingsOf(mixed);
      expect(await bookingsOf(mixed)).toHaveLength(1);
      expect(await countersAndLines(database.owner, mixed, catalogue.zones.main)).toMatchObject({
        held: party,
      });
      results.forEach((result, i) => {
        if ((i % 2 ? 2 : 3) === party) {
          expect(result.status).toBe('fulfilled');
        } else {
          expect(result.status).toBe('rejected');
          expect((result as PromiseRejectedResult).reason).toMatchObject({
            code: 'IDEMPOTENCY_KEY_REUSED',
          });
        }
      });
    });
  });

  describe('over HTTP', () => {
    it('a guest’s hold: 422 IDEMPOTENCY_KEY_REUSED for a party of 3 on a party of 2’s key', async () => {
      const performanceId = await catalogue.performance();
      const body = (guests: number) => ({
        performanceId,
        lines: [{ formulaId: catalogue.formulas.show, zoneId: catalogue.zones.main, guests }],
        idempotencyKey: 'guest-http-0001',
      });
      const send = (guests: number) =>
        app.inject({ method: 'POST', url: '/api/bookings/holds', payload: body(guests) });
      const first = await send(2);
      expect(first.statusCode, first.body).toBe(201);
      const reused = await send(3);
      expect(reused.statusCode).toBe(422);
      expect(reused.json()).toMatchObject({ code: 'IDEMPOTENCY_KEY_REUSED' });
      const retried = await send(2);
      expect(retried.statusCode).toBe(201);
      expect(retried.json().bookingId).toBe(first.json().bookingId);
    });

    it('a phone booking: the key stands for the whole request, the guest’s details included', async () => {
      const performanceId = await catalogue.performance();
      const body = (name: string, guests = 2) => ({
        performanceId,
        lines: [{ formulaId: catalogue.formulas.show, zoneId: catalogue.zones.main, guests }],
        contact: { name, email: 'piaf@example.com', phone: '+33 6 12 34 56 78' },
        idempotencyKey: 'phone-http-0001',
      });
      const send = (payload: object) =>
        app.inject({
          method: 'POST',
          url: '/api/admin/bookings/phone',
          headers: { authorization: boxOffice },
          payload,
        });
      const first = await send(body('Édith Piaf'));
      expect(first.statusCode, first.body).toBe(201);
      for (const changed of [body('Marlene Dietrich'), body('Édith Piaf', 3)]) {
        const reused = await send(changed);
        expect(reused.statusCode).toBe(422);
        expect(reused.json()).toMatchObject({ code: 'IDEMPOTENCY_KEY_REUSED' });
      }
      const retried = await send(body('Édith Piaf'));
      expect(retried.statusCode).toBe(201);
      expect(retried.json()).toMatchObject({
        bookingId: first.json().bookingId,
        status: 'confirmed',
      });
      expect(await bookingsOf(performanceId)).toEqual([2]);
    });
  });
});
