// Tonight's room against a real PostgreSQL: who reads the plan and what the door sees, moves
// (guests split by seats, the history's `moved` event), refusals (a full or private table, a
// table of another zone), and concurrent moves onto one table that never exceed its seats.
import type { Room } from '@ladiva/contract/backoffice-room';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accessTokenFor, createUser } from '../../../test/auth-helpers.ts';
import {
  buildTestApp,
  createTestIdentity,
  createTestNotifications,
} from '../../../test/test-app.ts';
import { createTestDatabase, type TestDatabase } from '../../../test/test-database.ts';
import type { App } from '../../app.ts';
import { confirmBooking, createHold } from '../bookings/booking.service.ts';
import {
  countersAndLines,
  createTestCatalogue,
  type TestCatalogue,
} from '../../../test/test-catalogue.ts';

describe('the room API', () => {
  let database: TestDatabase;
  let app: App;
  let catalogue: TestCatalogue;
  const auth: Record<string, string> = {};
  /** Table label → id, in the main zone (M01–M06: 4 seats, private) and the bar (B1: 6, shared). */
  const table: Record<string, string> = {};

  beforeAll(async () => {
    database = await createTestDatabase({ poolSize: 20 });
    const notifications = await createTestNotifications(database);
    const identity = await createTestIdentity(database, notifications);
    app = await buildTestApp(database, { notifications, identity });
    catalogue = await createTestCatalogue(database.owner);
    const { rows } = await database.owner.query<{ id: string; label: string }>(
      `insert into venue_tables (zone_id, label, seats, x, y)
       select $1::uuid, 'M' || lpad(i::text, 2, '0'), 4, i * 100, 100 from generate_series(1, 6) as i
       union all select $2::uuid, 'B1', 6, 100, 400
       returning id, label`,
      [catalogue.zones.main, catalogue.zones.bar],
    );
    await database.owner.query(`update venue_tables set shared = true where label = 'B1'`);
    for (const row of rows) table[row.label] = row.id;
    for (const role of ['admin', 'manager', 'box_office', 'door', 'kitchen'] as const) {
      const user = await createUser(database, { email: `${role}@ladiva.test`, roles: [role] });
      auth[role] = (await accessTokenFor(database, identity, user, 'aal2')).authorization;
    }
  });
  afterAll(async () => {
    await app?.close();
    await database?.close();
  });

  const call = (method: 'GET' | 'POST', url: string, as: string, body?: object) =>
    app.inject({
      method,
      url,
      headers: { authorization: auth[as]! },
      ...(body ? { payload: body } : {}),
    });

  /** A confirmed party seated by the engine, with a phone and a dietary note. */
  async function party(
    performanceId: string,
    name: string,
    guests: number,
    zone: 'main' | 'bar' = 'main',
  ) {
    const hold = await createHold(
      database.db,
      { role: 'anon' },
      {
        performanceId,
        lines: [{ formulaId: catalogue.formulas.show, zoneId: catalogue.zones[zone], guests }],
      },
    );
    await confirmBooking(
      { db: database.db },
      { claims: { role: 'anon' }, grantedBookingId: hold.bookingId },
      hold.bookingId,
      {
        contact: { name, email: `${name.toLowerCase()}@example.com`, phone: '+33 6 12 34 56 78' },
        guests: Array.from({ length: guests }, (_, i) => ({
          dietaryNotes: i === 0 ? 'Sans gluten' : undefined,
        })),
        occasion: 'Anniversaire',
        payment: 'at_venue',
      },
    );
    return hold.bookingId;
  }

  /** A manager lets the performance sell beyond its plan: parties no table fits are kept. */
  const sellBeyondPlan = (performanceId: string) =>
    database.owner.query(`update performances set sell_beyond_plan = true where id = $1`, [
      performanceId,
    ]);

  const seats = async (performanceId: string) =>
    (
      await database.owner.query<{ label: string; guests: number; booking_id: string }>(
        `select vt.label, bt.guests, bt.booking_id from booking_tables bt
           join venue_tables vt on vt.id = bt.table_id
          where bt.performance_id = $1 order by vt.label`,
        [performanceId],
      )
    ).rows;

  it('shows the plan to booking staff and the door, never to the kitchen', async () => {
    const performanceId = await catalogue.performance();
    const bookingId = await party(performanceId, 'Alice', 3);
    for (const role of ['admin', 'manager', 'box_office']) {
      const response = await call('GET', `/api/admin/room/${performanceId}`, role);
      expect(response.statusCode).toBe(200);
      const room = response.json<Room>();
      expect(room.tables).toHaveLength(7);
      const alice = room.parties.find((p) => p.bookingId === bookingId)!;
      expect(alice).toMatchObject({
        name: 'Alice',
        partySize: 3,
        occasion: 'Anniversaire',
        dietary: ['Sans gluten'],
        contactPhone: '+33 6 12 34 56 78',
        zoneIds: [catalogue.zones.main],
      });
      expect(alice.formulas).toEqual([expect.objectContaining({ guests: 3 })]);
      expect(alice.tables.reduce((sum, t) => sum + t.guests, 0)).toBe(3);
    }
    const door = await call('GET', `/api/admin/room/${performanceId}`, 'door');
    expect(door.statusCode).toBe(200);
    expect(door.body).not.toContain('example.com');
    expect(door.body).not.toContain('+33');
    expect(door.body).not.toMatch(/cents/i);
    expect(door.json<Room>().parties[0]).toMatchObject({ name: 'Alice', contactPhone: null });
    expect((await call('GET', `/api/admin/room/${performanceId}`, 'kitchen')).statusCode).toBe(403);
    expect(
      (await call('GET', '/api/admin/room/00000000-0000-4000-8000-000000000000', 'admin'))
        .statusCode,
    ).toBe(404);
  });

  it('moves a party to other tables, splitting the guests by seats, and records it', async () => {
    const performanceId = await catalogue.performance();
    await sellBeyondPlan(performanceId);
    const bookingId = await party(performanceId, 'Bruno', 6);
    const response = await call('POST', `/api/admin/room/${performanceId}/moves`, 'box_office', {
      bookingId,
      tableIds: [table.M05, table.M06],
    });
    expect(response.statusCode).toBe(200);
    expect(await seats(performanceId)).toEqual([
      { label: 'M05', guests: 4, booking_id: bookingId },
      { label: 'M06', guests: 2, booking_id: bookingId },
    ]);
    const moved = response.json<Room>().parties.find((p) => p.bookingId === bookingId)!;
    expect(moved.tables).toEqual(
      expect.arrayContaining([
        { tableId: table.M05, guests: 4 },
        { tableId: table.M06, guests: 2 },
      ]),
    );
    const { rows } = await database.owner.query<{ data: { tables: string[] }; actor_id: string }>(
      `select data, actor_id from booking_events where booking_id = $1 and kind = 'moved' order by id desc limit 1`,
      [bookingId],
    );
    expect(rows[0]!.data.tables).toEqual(['M05', 'M06']);
    expect(rows[0]!.actor_id).not.toBeNull();
  });

  it('refuses a full or taken table with TABLE_FULL, and tables of another zone', async () => {
    const performanceId = await catalogue.performance();
    await sellBeyondPlan(performanceId);
    const first = await party(performanceId, 'Chloe', 2);
    const second = await party(performanceId, 'Denis', 2);
    const [firstTable] = (await seats(performanceId)).filter((s) => s.booking_id === first);
    const before = await seats(performanceId);
    // A private table already holding a party takes no other.
    const taken = await call('POST', `/api/admin/room/${performanceId}/moves`, 'admin', {
      bookingId: second,
      tableIds: [table[firstTable!.label]],
    });
    expect(taken.statusCode).toBe(409);
    expect(taken.json().code).toBe('TABLE_FULL');
    // Too few seats.
    const big = await party(performanceId, 'Emile', 5);
    const tooSmall = await call('POST', `/api/admin/room/${performanceId}/moves`, 'admin', {
      bookingId: big,
      tableIds: [table.M06],
    });
    expect(tooSmall.statusCode).toBe(409);
    expect(tooSmall.json().code).toBe('TABLE_FULL');
    const otherZone = await call('POST', `/api/admin/room/${performanceId}/moves`, 'admin', {
      bookingId: second,
      tableIds: [table.B1],
    });
    expect(otherZone.statusCode).toBe(400);
    // Nothing changed for the refused parties.
    const after = await seats(performanceId);
    expect(after.filter((s) => s.booking_id !== big)).toEqual(before);
  });

  it('upgrades a party to another zone within its capacity, price kept, its old places given back', async () => {
    // The bar has 10 places; a party of 4 booked in the main room moves up to the bar's table.
    const performanceId = await catalogue.performance({ main: 50, bar: 10 });
    const guest = await party(performanceId, 'Gaston', 4);
    const { rows: before } = await database.owner.query(
      'select total_cents from bookings where id = $1',
      [guest],
    );
    const without = await call('POST', `/api/admin/room/${performanceId}/moves`, 'admin', {
      bookingId: guest,
      tableIds: [table.B1],
    });
    expect(without.statusCode).toBe(400);
    const upgraded = await call('POST', `/api/admin/room/${performanceId}/moves`, 'box_office', {
      bookingId: guest,
      tableIds: [table.B1],
      changeZone: true,
    });
    expect(upgraded.statusCode, upgraded.body).toBe(200);
    const room = upgraded.json<Room>();
    expect(room.parties.find((p) => p.bookingId === guest)).toMatchObject({
      zoneIds: [catalogue.zones.bar],
      tables: [{ tableId: table.B1, guests: 4 }],
    });
    expect(room.zones.find((z) => z.id === catalogue.zones.bar)?.seatsLeft).toBe(6);
    for (const zone of ['main', 'bar'] as const) {
      const counted = await countersAndLines(database.owner, performanceId, catalogue.zones[zone]);
      expect(counted.sold).toBe(counted.soldLines);
    }
    const { rows: after } = await database.owner.query(
      'select total_cents from bookings where id = $1',
      [guest],
    );
    expect(after[0].total_cents).toBe(before[0].total_cents);

    // The bar's capacity holds: 6 left, a party of 7 (no 4-top seats it: sold beyond the plan)
    // is refused and stays where it is.
    await sellBeyondPlan(performanceId);
    const big = await party(performanceId, 'Hortense', 7);
    const refused = await call('POST', `/api/admin/room/${performanceId}/moves`, 'admin', {
      bookingId: big,
      tableIds: [table.B1],
      changeZone: true,
    });
    expect(refused.statusCode).toBe(409);
    expect(refused.json()).toMatchObject({ code: 'SOLD_OUT' });
    expect((await countersAndLines(database.owner, performanceId, catalogue.zones.main)).sold).toBe(
      7,
    );
  });

  it('seats a walk-in at a free table in one call: checked in, places taken, the key keeps it single', async () => {
    const performanceId = await catalogue.performance({ main: 50, bar: 10 });
    const body = {
      tableId: table.M02,
      guests: 3,
      formulaId: catalogue.formulas.show,
      idempotencyKey: `walkin-${performanceId.slice(0, 8)}`,
    };
    const denied = await call('POST', `/api/admin/room/${performanceId}/walk-ins`, 'door', body);
    expect(denied.statusCode).toBe(403);
    const seated = await call(
      'POST',
      `/api/admin/room/${performanceId}/walk-ins`,
      'box_office',
      body,
    );
    expect(seated.statusCode, seated.body).toBe(201);
    const again = await call(
      'POST',
      `/api/admin/room/${performanceId}/walk-ins`,
      'box_office',
      body,
    );
    expect(again.statusCode).toBe(201);
    const walkIns = again.json<Room>().parties.filter((p) => p.walkIn);
    expect(walkIns).toEqual([
      expect.objectContaining({
        status: 'checked_in',
        name: null,
        partySize: 3,
        tables: [{ tableId: table.M02, guests: 3 }],
      }),
    ]);
    const { rows } = await database.owner.query(
      `select source, status, total_cents, contact_name from bookings
        where performance_id = $1 and source = 'walk_in'`,
      [performanceId],
    );
    expect(rows).toEqual([
      { source: 'walk_in', status: 'checked_in', total_cents: 30_000, contact_name: null },
    ]);
    expect(
      await countersAndLines(database.owner, performanceId, catalogue.zones.main),
    ).toMatchObject({ sold: 3, soldLines: 3 });

    // The same table again: taken (private). A formula not sold there: refused. Too many: refused.
    const taken = await call('POST', `/api/admin/room/${performanceId}/walk-ins`, 'admin', {
      ...body,
      idempotencyKey: undefined,
    });
    expect(taken.json()).toMatchObject({ code: 'TABLE_FULL' });
    const dinnerAtBar = await call('POST', `/api/admin/room/${performanceId}/walk-ins`, 'admin', {
      tableId: table.B1,
      guests: 2,
      formulaId: catalogue.formulas.dinner,
    });
    expect(dinnerAtBar.statusCode).toBe(409);
    const tooMany = await call('POST', `/api/admin/room/${performanceId}/walk-ins`, 'admin', {
      tableId: table.M03,
      guests: 5,
      formulaId: catalogue.formulas.show,
    });
    expect(tooMany.json()).toMatchObject({ code: 'TABLE_FULL' });
    expect(
      await countersAndLines(database.owner, performanceId, catalogue.zones.main),
    ).toMatchObject({ sold: 3 });
    // Ten staff tap the same free table at once: one party sits there, the others are refused.
    const rush = await Promise.all(
      Array.from({ length: 10 }, () =>
        call('POST', `/api/admin/room/${performanceId}/walk-ins`, 'admin', {
          tableId: table.M04,
          guests: 2,
          formulaId: catalogue.formulas.show,
        }),
      ),
    );
    expect(rush.filter((r) => r.statusCode === 201)).toHaveLength(1);
    expect(
      rush.filter((r) => r.statusCode !== 201).every((r) => r.json().code === 'TABLE_FULL'),
    ).toBe(true);
    expect(
      await countersAndLines(database.owner, performanceId, catalogue.zones.main),
    ).toMatchObject({ sold: 5, soldLines: 5 });
    const nonsense = await call('POST', `/api/admin/room/${performanceId}/walk-ins`, 'admin', {
      tableId: 'x',
      guests: 0,
    });
    expect(nonsense.statusCode).toBe(400);
    expect(nonsense.json().code).toBe('VALIDATION_FAILED');
  });

  it('lets only admins, managers and the box office move', async () => {
    const performanceId = await catalogue.performance();
    const bookingId = await party(performanceId, 'Fanny', 2);
    const body = { bookingId, tableIds: [table.M06] };
    const url = `/api/admin/room/${performanceId}/moves`;
    expect((await call('POST', url, 'door', body)).statusCode).toBe(403);
    expect((await call('POST', url, 'kitchen', body)).statusCode).toBe(403);
    expect((await call('POST', url, 'manager', body)).statusCode).toBe(200);
  });

  it('never seats more guests than a shared table has seats, under ten concurrent moves', async () => {
    const performanceId = await catalogue.performance({ main: 50, bar: 30 });
    await sellBeyondPlan(performanceId);
    const parties: string[] = [];
    for (let i = 0; i < 10; i++) parties.push(await party(performanceId, `Bar${i}`, 2, 'bar'));
    await database.owner.query(`delete from booking_tables where performance_id = $1`, [
      performanceId,
    ]);
    const responses = await Promise.all(
      parties.map((bookingId) =>
        call('POST', `/api/admin/room/${performanceId}/moves`, 'box_office', {
          bookingId,
          tableIds: [table.B1],
        }),
      ),
    );
    const codes = responses.map((r) => r.statusCode);
    expect(codes.filter((c) => c === 200)).toHaveLength(3);
    expect(
      responses.filter((r) => r.statusCode === 409).every((r) => r.json().code === 'TABLE_FULL'),
    ).toBe(true);
    expect(codes.filter((c) => c !== 200 && c !== 409)).toEqual([]);
    const seated = (await seats(performanceId)).filter((s) => s.label === 'B1');
    expect(seated.reduce((sum, s) => sum + s.guests, 0)).toBe(6);
  });

  it('shows holds on the plan, and proposes tables to a party sold beyond the plan', async () => {
    const performanceId = await catalogue.performance({ main: 50 });
    // A manager lets the performance sell beyond its plan (audited); the box office may not.
    const patch = (as: string, sellBeyondPlan: boolean) =>
      app.inject({
        method: 'PATCH',
        url: `/api/admin/performances/${performanceId}`,
        headers: { authorization: auth[as]! },
        payload: { sellBeyondPlan },
      });
    expect((await patch('box_office', true)).statusCode).toBe(403);
    const patched = await patch('manager', true);
    expect(patched.statusCode, patched.body).toBe(200);
    expect(patched.json()).toMatchObject({ sellBeyondPlan: true, salesClosed: false });
    const { rows: audit } = await database.owner.query<{ action: string }>(
      `select action from audit_log where target_id = $1`,
      [performanceId],
    );
    expect(audit.map((row) => row.action)).toEqual(['catalogue.performance.beyond_plan_allowed']);

    // Six private 4-tops: a hold keeps one, three parties of four take three.
    const hold = await createHold(
      database.db,
      { role: 'anon' },
      {
        performanceId,
        lines: [{ formulaId: catalogue.formulas.show, zoneId: catalogue.zones.main, guests: 3 }],
      },
    );
    for (const name of ['Gil', 'Hugo', 'Ines']) await party(performanceId, name, 4);
    // A party of six fits no table of four: sold all the same, and left to the maître d'.
    const big = await party(performanceId, 'Jade', 6);
    const room = (await call('GET', `/api/admin/room/${performanceId}`, 'box_office')).json<Room>();
    expect(room.sellBeyondPlan).toBe(true);
    const kept = room.tables.filter((t) => t.held > 0);
    expect(kept).toEqual([expect.objectContaining({ held: 3, seated: 0 })]);
    expect(room.parties.some((p) => p.bookingId === hold.bookingId)).toBe(false);
    const jade = room.parties.find((p) => p.bookingId === big)!;
    expect(jade.tables).toEqual([]);
    // The two free 4-tops are not neighbours: pushed together, with chairs moved.
    expect(jade.proposal).toMatchObject({ together: false });
    expect(jade.proposal!.tableIds).toHaveLength(2);
    const taken = new Set([
      ...room.parties.flatMap((p) => p.tables.map((t) => t.tableId)),
      ...kept.map((t) => t.id),
    ]);
    expect(jade.proposal!.tableIds.some((id) => taken.has(id))).toBe(false);
    expect(room.parties.filter((p) => p.bookingId !== big).every((p) => p.proposal === null)).toBe(
      true,
    );

    const applied = await call('POST', `/api/admin/room/${performanceId}/moves`, 'box_office', {
      bookingId: big,
      tableIds: jade.proposal!.tableIds,
    });
    expect(applied.statusCode, applied.body).toBe(200);
    const seated = applied.json<Room>().parties.find((p) => p.bookingId === big)!;
    expect(seated.tables.reduce((sum, t) => sum + t.guests, 0)).toBe(6);
    expect(seated.proposal).toBeNull();
  });
});
