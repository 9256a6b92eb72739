// Confirmations decided in batches (confirm-batch.ts): a hundred guests confirming at once share
// transactions, yet each is answered on its own — a stranger, a cancelled booking, a swept hold
// whose places were sold, a wrong guest count are refused and change nothing — while every other
// party is sold, seated without sharing a private table, and gets exactly one email.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestNotifications } from '../../../test/test-app.ts';
import {
  countersAndLines,
  createTestCatalogue,
  type TestCatalogue,
} from '../../../test/test-catalogue.ts';
import {
  createTestDatabase,
  silentLogger,
  type TestDatabase,
} from '../../../test/test-database.ts';
import { createDb, type Db } from '../../db/database.ts';
import { createPool } from '../../db/pool.ts';
import type { RequestClaims } from '../../db/request-context.ts';
import { AppError } from '../../lib/app-error.ts';
import { loadSigningKeys } from '../auth/signing-keys.ts';
import type { BookingMail } from './booking-emails.ts';
import {
  cancelBooking,
  confirmBooking,
  createHold,
  expireHolds,
  type BookingEngine,
} from './booking.service.ts';

const anon: RequestClaims = { role: 'anon' };
const PARTIES = 100;

const answer = (promise: Promise<unknown>) =>
  promise.then(
    () => 'confirmed',
    (error: unknown) => {
      if (error instanceof AppError) return error.code;
      throw error;
    },
  );

describe('confirmations in batches', () => {
  let database: TestDatabase;
  let db: Db;
  let catalogue: TestCatalogue;
  let engine: BookingEngine;
  let keysDir: string;

  beforeAll(async () => {
    database = await createTestDatabase({ poolSize: 2 });
    db = createDb(
      createPool({
        connectionString: database.appUrl,
        max: 10,
        applicationName: 'ladiva-confirm-batch',
        logger: silentLogger,
      }),
    );
    catalogue = await createTestCatalogue(database.owner);
    keysDir = await mkdtemp(path.join(os.tmpdir(), 'ladiva-keys-'));
    const mail: BookingMail = {
      notifications: await createTestNotifications(database),
      tickets: { keys: await loadSigningKeys({ dataDir: keysDir }), issuer: 'test' },
      publicUrl: 'https://ladiva.test',
    };
    engine = { db, mail };
    // The main room: 120 private 2-, 4- and 6-tops, a table for every party.
    await database.owner.query(
      `insert into venue_tables (zone_id, label, seats)
       select $1, 'T' || i, case when i % 3 = 0 then 2 when i % 3 = 1 then 4 else 6 end
         from generate_series(1, 120) as i`,
      [catalogue.zones.main],
    );
  });
  afterAll(async () => {
    await db?.destroy();
    await database?.close();
    if (keysDir) await rm(keysDir, { recursive: true, force: true });
  });

  it('answers each confirmation on its own, and writes each once', async () => {
    const performanceId = await catalogue.performance({ main: 400 });
    const { main: zoneId } = catalogue.zones;
    const hold = (guests: number) =>
      createHold(db, anon, {
        performanceId,
        lines: [{ formulaId: catalogue.formulas.show, zoneId, guests }],
      });
    const holds = await Promise.all(Array.from({ length: PARTIES }, (_, i) => hold(1 + (i % 4))));
    const [cancelled, swept, miscounted] = holds.slice(-3) as [
      (typeof holds)[number],
      (typeof holds)[number],
      (typeof holds)[number],
    ];
    const good = holds.slice(0, -3);
    const as = (bookingId: string) => ({ claims: anon, grantedBookingId: bookingId });
    await cancelBooking(engine, as(cancelled.bookingId), cancelled.bookingId);
    // The swept hold lapses, the expiry job gives its places back, and they are sold meanwhile.
    await database.owner.query(
      `update bookings set expires_at = now() - interval '1 minute' where id = $1`,
      [swept.bookingId],
    );
    expect(await expireHolds(database.serviceDb)).toBe(1);
    // Its places are gone: the venue took them back (as if other guests bought them).
    await database.owner.query(
      `update performance_zones set capacity = held + sold
        where performance_id = $1 and zone_id = $2`,
      [performanceId, zoneId],
    );

    const contact = (i: number) => ({ name: `Guest ${i}`, email: `guest${i}@example.com` });
    const results = await Promise.all([
      ...good.map((h, i) =>
        answer(confirmBooking(engine, as(h.bookingId), h.bookingId, { contact: contact(i) })),
      ),
      // A retry while the first is in flight: the same answer, no second email.
      ...good
        .slice(0, 10)
        .map((h, i) =>
          answer(confirmBooking(engine, as(h.bookingId), h.bookingId, { contact: contact(i) })),
        ),
      // A stranger with another booking's token: as if the booking did not exist.
      answer(
        confirmBooking(engine, as(good[0]!.bookingId), good[1]!.bookingId, { contact: contact(1) }),
      ),
      answer(
        confirmBooking(engine, as(cancelled.bookingId), cancelled.bookingId, {
          contact: contact(0),
        }),
      ),
      answer(confirmBooking(engine, as(swept.bookingId), swept.bookingId, { contact: contact(0) })),
      answer(
        confirmBooking(engine, as(miscounted.bookingId), miscounted.bookingId, {
          contact: contact(0),
          guests: Array.from({ length: miscounted.partySize + 1 }, () => ({})),
        }),
      ),
    ]);
    expect(results.slice(0, good.length + 10).every((r) => r === 'confirmed')).toBe(true);
    expect(results.slice(good.length + 10)).toEqual([
      'NOT_FOUND',
      'CONFLICT',
      'HOLD_EXPIRED',
      'VALIDATION_FAILED',
    ]);

    const { rows: confirmed } = await database.owner.query<{ id: string; emails: number }>(
      `select b.id, (select count(*)::int from notifications n
                      where n.kind = 'booking_confirmed'
                        and n.idempotency_key = 'booking_confirmed:' || b.id) as emails
         from bookings b where b.performance_id = $1 and b.status = 'confirmed'`,
      [performanceId],
    );
    expect(new Set(confirmed.map((row) => row.id))).toEqual(new Set(good.map((h) => h.bookingId)));
    expect(confirmed.every((row) => row.emails === 1)).toBe(true);
    // Refused requests changed nothing.
    const { rows: others } = await database.owner.query<{ id: string; status: string }>(
      `select id, status from bookings where id = any($1) order by id`,
      [[cancelled.bookingId, swept.bookingId, miscounted.bookingId]],
    );
    expect(Object.fromEntries(others.map((row) => [row.id, row.status]))).toEqual({
      [cancelled.bookingId]: 'cancelled',
      [swept.bookingId]: 'expired',
      [miscounted.bookingId]: 'held',
    });

    const after = await countersAndLines(database.owner, performanceId, zoneId);
    expect(after.held).toBe(after.heldLines);
    expect(after.sold).toBe(after.soldLines);
    expect(after.sold).toBe(good.reduce((sum, h) => sum + h.partySize, 0));
    // Every confirmed party at a table of its own (private tables, one party each).
    const { rows: seating } = await database.owner.query<{ unseated: number; shared: number }>(
      `select (select count(*)::int from bookings b where b.performance_id = $1
                 and b.status = 'confirmed'
                 and not exists (select 1 from booking_tables bt where bt.booking_id = b.id))
                as unseated,
              (select count(*)::int from (select table_id from booking_tables
                 where performance_id = $1 group by table_id
                 having count(distinct booking_id) > 1) t) as shared`,
      [performanceId],
    );
    expect(seating[0]).toEqual({ unseated: 0, shared: 0 });
    // Batches formed: far fewer transactions than confirmations.
    const { rows: transactions } = await database.owner.query<{ n: number }>(
      `select count(distinct xmin::text)::int as n from bookings where id = any($1)`,
      [good.map((h) => h.bookingId)],
    );
    expect(transactions[0]!.n).toBeLessThan(good.length / 2);
  });
});
