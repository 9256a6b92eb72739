// Performances in the back office over HTTP against a real PostgreSQL: one, a season across the
// October clock change, capacities never below what is booked, stopping sales, and cancelling a
// performance with its bookings, counters and emails.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accessTokenFor, createUser } from '../../../test/auth-helpers.ts';
import {
  buildTestApp,
  createTestIdentity,
  createTestNotifications,
} from '../../../test/test-app.ts';
import { createTestDatabase, type TestDatabase } from '../../../test/test-database.ts';
import type { App } from '../../app.ts';
import type { StaffRole } from '../../db/request-context.ts';
import {
  countersAndLines,
  createTestCatalogue,
  type TestCatalogue,
} from '../../../test/test-catalogue.ts';

const parisClock = (iso: string) =>
  new Intl.DateTimeFormat('fr-FR', {
    timeZone: 'Europe/Paris',
    hour: '2-digit',
    minute: '2-digit',
  }).format(new Date(iso));
let ip = 0;

describe('the back office performances API', () => {
  let database: TestDatabase;
  let app: App;
  let catalogue: TestCatalogue;
  const auth: Record<string, string> = {};

  beforeAll(async () => {
    database = await createTestDatabase({ poolSize: 10 });
    const notifications = await createTestNotifications(database);
    const identity = await createTestIdentity(database, notifications);
    app = await buildTestApp(database, { notifications, identity });
    catalogue = await createTestCatalogue(database.owner);
    await database.owner.query(
      `insert into venue_tables (zone_id, label, seats)
       select $1, 'M' || i, 4 from generate_series(1, 5) as i`,
      [catalogue.zones.main],
    );
    await database.owner.query(
      `insert into venue_tables (zone_id, label, seats, shared) values ($1, 'BAR', 10, true)`,
      [catalogue.zones.bar],
    );
    const roles: StaffRole[] = ['admin', 'manager', 'box_office', 'door', 'kitchen'];
    for (const role of roles) {
      const user = await createUser(database, { email: `${role}@example.com`, roles: [role] });
      auth[role] = (await accessTokenFor(database, identity, user, 'aal2')).authorization;
    }
  });
  afterAll(async () => {
    await app?.close();
    await database?.close();
  });

  const call = (
    method: 'GET' | 'POST' | 'PATCH' | 'PUT',
    url: string,
    as: string | undefined,
    body?: object,
  ) =>
    app.inject({
      method,
      url,
      remoteAddress: `10.9.${Math.floor(++ip / 250)}.${(ip % 250) + 1}`,
      headers: as ? { authorization: auth[as]! } : {},
      ...(body ? { payload: body } : {}),
    });
  type Perf = {
    id: string;
    startsAt: string;
    doorsAt: string;
    status: string;
    salesClosed: boolean;
    zones: { zoneId: string; capacity: number; held: number; sold: number }[];
  };
  const zone = (perf: Perf, zoneId: string) => perf.zones.find((z) => z.zoneId === zoneId)!;

  it('creates one performance with capacities from the layout by default, or as given', async () => {
    const startsAt = '2031-03-14T19:30:00.000Z';
    const res = await call('POST', '/api/admin/performances', 'manager', {
      showId: catalogue.showId,
      startsAt,
      doorsMinutesBefore: 90,
    });
    expect(res.statusCode, res.body).toBe(201);
    const perf = res.json<Perf>();
    expect(perf).toMatchObject({
      startsAt,
      doorsAt: '2031-03-14T18:00:00.000Z',
      status: 'on_sale',
    });
    expect(zone(perf, catalogue.zones.main)).toMatchObject({ capacity: 20, held: 0, sold: 0 });
    expect(zone(perf, catalogue.zones.bar)).toMatchObject({ capacity: 10 });

    const again = await call('POST', '/api/admin/performances', 'manager', {
      showId: catalogue.showId,
      startsAt,
    });
    expect(again.statusCode).toBe(409);
    const given = await call('POST', '/api/admin/performances', 'admin', {
      showId: catalogue.showId,
      startsAt: '2031-03-15T19:30:00Z',
      capacities: [{ zoneId: catalogue.zones.main, capacity: 7 }],
    });
    expect(given.json<Perf>().zones).toEqual([
      expect.objectContaining({ zoneId: catalogue.zones.main, capacity: 7 }),
    ]);

    const bad = await call('POST', '/api/admin/performances', 'admin', {
      showId: crypto.randomUUID(),
      startsAt: 'tomorrow',
      capacities: [{ zoneId: catalogue.zones.main, capacity: -1 }],
    });
    expect(bad.statusCode).toBe(400);
    const noShow = await call('POST', '/api/admin/performances', 'admin', {
      showId: crypto.randomUUID(),
      startsAt,
    });
    expect(noShow.json()).toMatchObject({
      code: 'VALIDATION_FAILED',
      details: { fields: [{ path: 'body.showId' }] },
    });
    const noZone = await call('POST', '/api/admin/performances', 'admin', {
      showId: catalogue.showId,
      startsAt: '2031-03-16T19:30:00Z',
      capacities: [{ zoneId: crypto.randomUUID(), capacity: 1 }],
    });
    expect(noZone.statusCode).toBe(400);
  });

  it('creates a season across the end of October at 20:00 Paris time, skipping exceptions, then skips what exists', async () => {
    const season = {
      showId: catalogue.showId,
      // 27 October 2030 is the last Sunday of October: the clocks go back.
      from: '2030-10-17',
      to: '2030-11-03',
      weekdays: [4, 5, 6, 7],
      times: ['20:00'],
      doorsMinutesBefore: 120,
      exceptions: ['2030-10-31'],
    };
    const res = await call('POST', '/api/admin/performances/season', 'manager', season);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({
      planned: 11,
      created: 11,
      skipped: 0,
      timezone: 'Europe/Paris',
    });

    const list = await call(
      'GET',
      `/api/admin/performances?from=2030-10-01T00:00:00Z&to=2030-12-01T00:00:00Z&showId=${catalogue.showId}&limit=50`,
      'box_office',
    );
    expect(list.statusCode, list.body).toBe(200);
    const { items, total } = list.json<{ items: Perf[]; total: number }>();
    expect(total).toBe(11);
    for (const p of items) {
      expect(parisClock(p.startsAt)).toBe('20:00');
      expect(parisClock(p.doorsAt)).toBe('18:00');
      expect(zone(p, catalogue.zones.main)).toMatchObject({ capacity: 20, held: 0, sold: 0 });
    }
    const utcHours = items.map((p) => new Date(p.startsAt).getUTCHours());
    expect(utcHours.slice(0, 7)).toEqual([18, 18, 18, 18, 18, 18, 18]);
    expect(utcHours.slice(7)).toEqual([19, 19, 19, 19]);
    expect(items.some((p) => p.startsAt.startsWith('2030-10-31'))).toBe(false);

    const page = await call(
      'GET',
      '/api/admin/performances?from=2030-10-01T00:00:00Z&to=2030-12-01T00:00:00Z&limit=4&offset=8',
      'admin',
    );
    expect(page.json()).toMatchObject({ total: 11, limit: 4, offset: 8 });
    expect(page.json<{ items: unknown[] }>().items).toHaveLength(3);

    const rerun = await call('POST', '/api/admin/performances/season', 'admin', {
      ...season,
      times: ['20:00', '15:00'],
    });
    expect(rerun.json()).toMatchObject({ planned: 22, created: 11, skipped: 11 });
    const { rows } = await database.owner.query(
      `select count(*)::int as n from performances p join performance_zones pz on pz.performance_id = p.id
        where p.starts_at >= '2030-10-01' and p.starts_at < '2030-12-01'`,
    );
    expect(rows[0].n).toBe(22 * 2);
  });

  it('refuses a malformed season and gives box office, door and kitchen no write', async () => {
    const bad = await call('POST', '/api/admin/performances/season', 'admin', {
      showId: catalogue.showId,
      from: '2030-12-10',
      to: '2030-12-01',
      weekdays: [0, 8],
      times: ['25:00'],
    });
    expect(bad.statusCode).toBe(400);
    const paths = bad
      .json<{ details: { fields: { path: string }[] } }>()
      .details.fields.map((f) => f.path);
    expect(paths).toEqual(expect.arrayContaining(['body.weekdays.0', 'body.times.0']));
    const long = await call('POST', '/api/admin/performances/season', 'admin', {
      showId: catalogue.showId,
      from: '2030-01-01',
      to: '2031-12-31',
      weekdays: [1],
      times: ['20:00'],
    });
    expect(long.statusCode).toBe(400);
    const season = {
      showId: catalogue.showId,
      from: '2032-01-01',
      to: '2032-01-31',
      weekdays: [5],
      times: ['20:00'],
    };
    for (const role of ['box_office', 'door', 'kitchen']) {
      expect((await call('POST', '/api/admin/performances/season', role, season)).statusCode).toBe(
        403,
      );
    }
    expect((await call('GET', '/api/admin/performances', 'kitchen')).statusCode).toBe(403);
    expect((await call('GET', '/api/admin/performances', 'door')).statusCode).toBe(403);
  });

  const hold = async (
    performanceId: string,
    guests: number,
    confirm: boolean,
    locale: 'fr' | 'en' = 'fr',
  ) => {
    const res = await call('POST', '/api/bookings/holds', undefined, {
      performanceId,
      lines: [{ formulaId: catalogue.formulas.show, zoneId: catalogue.zones.main, guests }],
    });
    expect(res.statusCode, res.body).toBe(201);
    const h = res.json<{ bookingId: string; bookingToken: string; reference: string }>();
    if (confirm) {
      const confirmed = await app.inject({
        method: 'POST',
        url: `/api/bookings/${h.bookingId}/confirm`,
        remoteAddress: `10.8.0.${(++ip % 250) + 1}`,
        headers: { 'x-booking-token': h.bookingToken },
        payload: {
          contact: {
            name: `Guest ${h.reference}`,
            email: `${h.reference.toLowerCase()}@example.com`,
          },
          guests: Array.from({ length: guests }, () => ({})),
          payment: 'at_venue',
          locale,
        },
      });
      expect(confirmed.statusCode, confirmed.body).toBe(200);
    }
    return h;
  };

  it('changes a capacity, never below held + sold (409 with the minimum); stops and resumes sales', async () => {
    const performanceId = await catalogue.performance({ main: 20, bar: 10 });
    await hold(performanceId, 3, true);
    await hold(performanceId, 2, false);
    const url = `/api/admin/performances/${performanceId}/zones/${catalogue.zones.main}`;
    const below = await call('PUT', url, 'manager', { capacity: 4 });
    expect(below.statusCode).toBe(409);
    expect(below.json()).toMatchObject({ code: 'CAPACITY_BELOW_BOOKED', details: { minimum: 5 } });
    const exact = await call('PUT', url, 'manager', { capacity: 5 });
    expect(exact.statusCode, exact.body).toBe(200);
    expect(zone(exact.json<Perf>(), catalogue.zones.main)).toMatchObject({
      capacity: 5,
      held: 2,
      sold: 3,
    });
    expect((await call('PUT', url, 'box_office', { capacity: 50 })).statusCode).toBe(403);
    expect((await call('PUT', url, 'admin', { capacity: -3 })).statusCode).toBe(400);
    expect(
      (
        await call(
          'PUT',
          `/api/admin/performances/${performanceId}/zones/${crypto.randomUUID()}`,
          'admin',
          { capacity: 3 },
        )
      ).statusCode,
    ).toBe(404);

    const stopped = await call('PATCH', `/api/admin/performances/${performanceId}`, 'manager', {
      salesClosed: true,
    });
    expect(stopped.json()).toMatchObject({ salesClosed: true, status: 'on_sale' });
    const refused = await call('POST', '/api/bookings/holds', undefined, {
      performanceId,
      lines: [{ formulaId: catalogue.formulas.show, zoneId: catalogue.zones.bar, guests: 1 }],
    });
    expect(refused.json()).toMatchObject({ code: 'SALES_CLOSED' });
    expect(
      (
        await call('PATCH', `/api/admin/performances/${performanceId}`, 'box_office', {
          salesClosed: false,
        })
      ).statusCode,
    ).toBe(403);
    const resumed = await call('PATCH', `/api/admin/performances/${performanceId}`, 'admin', {
      salesClosed: false,
    });
    expect(resumed.json()).toMatchObject({ salesClosed: false });
  });

  it('cancels a performance: bookings cancelled, counters back to 0, tables freed, one email per confirmed booking, each in its guest’s language', async () => {
    const performanceId = await catalogue.performance({ main: 30, bar: 10 });
    const other = await catalogue.performance({ main: 30, bar: 10 }, '8 days');
    const confirmedA = await hold(performanceId, 2, true, 'en');
    const confirmedB = await hold(performanceId, 4, true);
    const held = await hold(performanceId, 3, false);
    await hold(other, 2, true);

    const denied = await call(
      'POST',
      `/api/admin/performances/${performanceId}/cancel`,
      'box_office',
      {},
    );
    expect(denied.statusCode).toBe(403);

    const res = await call('POST', `/api/admin/performances/${performanceId}/cancel`, 'manager', {
      reason: 'Panne de courant',
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({
      cancelledBookings: 3,
      notified: 2,
      performance: {
        status: 'cancelled',
        salesClosed: true,
        cancellationReason: 'Panne de courant',
      },
    });
    for (const zoneId of [catalogue.zones.main, catalogue.zones.bar]) {
      expect(await countersAndLines(database.owner, performanceId, zoneId)).toMatchObject({
        held: 0,
        sold: 0,
        heldLines: 0,
        soldLines: 0,
      });
    }
    // The other performance is untouched.
    expect(await countersAndLines(database.owner, other, catalogue.zones.main)).toMatchObject({
      sold: 2,
      soldLines: 2,
    });

    const { rows: bookings } = await database.owner.query(
      `select id, status, cancelled_at is not null as stamped from bookings where performance_id = $1 order by id`,
      [performanceId],
    );
    expect(bookings).toHaveLength(3);
    expect(bookings.every((b) => b.status === 'cancelled' && b.stamped)).toBe(true);
    const { rows: seated } = await database.owner.query(
      'select 1 from booking_tables where performance_id = $1',
      [performanceId],
    );
    expect(seated).toHaveLength(0);

    const emails = async () =>
      (
        await database.owner.query<{
          recipient: string;
          locale: string;
          data: Record<string, unknown>;
        }>(
          `select recipient, locale, data from notifications where kind = 'booking_cancelled' order by recipient`,
        )
      ).rows;
    const sent = await emails();
    expect(sent.map((e) => e.data.reference).sort()).toEqual(
      [confirmedA.reference, confirmedB.reference].sort(),
    );
    expect(sent.every((e) => e.data.cancelledBy === 'venue')).toBe(true);
    // Each guest in the language they booked in, whoever cancels.
    expect(Object.fromEntries(sent.map((e) => [e.data.reference, e.locale]))).toEqual({
      [confirmedA.reference]: 'en',
      [confirmedB.reference]: 'fr',
    });
    expect(sent.some((e) => e.data.reference === held.reference)).toBe(false);

    // Again: nothing more happens.
    const again = await call(
      'POST',
      `/api/admin/performances/${performanceId}/cancel`,
      'admin',
      {},
    );
    expect(again.json()).toMatchObject({ cancelledBookings: 0, notified: 0 });
    expect(await emails()).toHaveLength(2);
    const hold2 = await call('POST', '/api/bookings/holds', undefined, {
      performanceId,
      lines: [{ formulaId: catalogue.formulas.show, zoneId: catalogue.zones.main, guests: 1 }],
    });
    expect(hold2.json()).toMatchObject({ code: 'SALES_CLOSED' });
    const resume = await call('PATCH', `/api/admin/performances/${performanceId}`, 'admin', {
      salesClosed: false,
    });
    expect(resume.statusCode).toBe(409);

    const list = await call('GET', '/api/admin/performances?status=cancelled', 'box_office');
    expect(list.json()).toMatchObject({ total: 1, items: [{ id: performanceId }] });
    const { rows: audit } = await database.owner.query(
      `select 1 from audit_log where action = 'catalogue.performance.cancelled' and target_id = $1`,
      [performanceId],
    );
    expect(audit).toHaveLength(1);
  });

  describe('as CSV', () => {
    const rowsOf = (body: string) =>
      body
        .replace(/^\uFEFF/, '')
        .trimEnd()
        .split('\r\n');
    const range = `from=${encodeURIComponent('2036-01-01T00:00:00Z')}&to=${encodeURIComponent('2037-01-01T00:00:00Z')}`;
    let codes: { main: string; bar: string };
    let first: string;

    beforeAll(async () => {
      for (const startsAt of ['2036-02-02T19:30:00Z', '2036-02-03T19:30:00Z']) {
        const res = await call('POST', '/api/admin/performances', 'admin', {
          showId: catalogue.showId,
          startsAt,
        });
        expect(res.statusCode, res.body).toBe(201);
        first ??= res.json<Perf>().id;
      }
      const { rows } = await database.owner.query<{ id: string; code: string }>(
        'select id, code from zones where id = any($1)',
        [[catalogue.zones.main, catalogue.zones.bar]],
      );
      const code = (id: string) => rows.find((row) => row.id === id)!.code;
      codes = { main: code(catalogue.zones.main), bar: code(catalogue.zones.bar) };
      await database.owner.query(
        `update performance_zones set held = 2, sold = 5 where performance_id = $1 and zone_id = $2`,
        [first, catalogue.zones.main],
      );
      await call('PATCH', `/api/admin/performances/${first}`, 'admin', { salesClosed: true });
    });

    it('exports every performance matching the filters, past one page, totals and zones', async () => {
      const response = await call(
        'GET',
        `/api/admin/performances?${range}&limit=1&format=csv`,
        'box_office',
      );
      expect(response.statusCode, response.body).toBe(200);
      expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
      expect(response.headers['content-disposition']).toMatch(
        /^attachment; filename="performances-\d{4}-\d{2}-\d{2}\.csv"$/,
      );
      expect(response.headers['x-total-count']).toBe('2');
      expect(response.body.startsWith('\uFEFF')).toBe(true);
      const [header, ...rows] = rowsOf(response.body);
      const zoneHeaders = [codes.bar, codes.main]
        .sort()
        .flatMap((code) => [`${code}_capacity`, `${code}_held`, `${code}_sold`]);
      expect(header!.split(',')).toEqual([
        'starts_at',
        'show',
        'status',
        'sales_closed',
        'capacity',
        'held',
        'sold',
        ...zoneHeaders,
      ]);
      const cells = rows.map((row) => row.split(','));
      expect(cells.map((row) => [row[0], row[2], row[3], row[4], row[5], row[6]])).toEqual([
        ['2036-02-02 20:30', 'on_sale', 'true', '30', '2', '5'],
        ['2036-02-03 20:30', 'on_sale', 'false', '30', '0', '0'],
      ]);
      const main = header!.split(',').indexOf(`${codes.main}_sold`);
      expect(cells.map((row) => row[main])).toEqual(['5', '0']);
    });

    it('applies the filters and answers Accept: text/csv', async () => {
      const response = await app.inject({
        method: 'GET',
        url: `/api/admin/performances?from=${encodeURIComponent('2036-02-03T00:00:00Z')}&to=${encodeURIComponent('2037-01-01T00:00:00Z')}&status=on_sale`,
        headers: { authorization: auth.manager!, accept: 'text/csv' },
      });
      expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
      expect(
        rowsOf(response.body)
          .slice(1)
          .map((row) => row.split(',')[0]),
      ).toEqual(['2036-02-03 20:30']);
      const none = await call(
        'GET',
        `/api/admin/performances?${range}&status=cancelled&format=csv`,
        'admin',
      );
      expect(rowsOf(none.body)).toHaveLength(1);
    });

    it('is refused to those who cannot list', async () => {
      expect((await call('GET', '/api/admin/performances?format=csv', undefined)).statusCode).toBe(
        401,
      );
      for (const role of ['door', 'kitchen']) {
        const response = await call('GET', '/api/admin/performances?format=csv', role);
        expect(response.statusCode, role).toBe(403);
        expect(response.headers['content-type']).not.toContain('text/csv');
      }
    });
  });
});
