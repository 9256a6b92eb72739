// The dashboard, the kitchen sheet and the reports over HTTP against a real PostgreSQL, with
// bookings made by the real engine: exact figures, Paris day boundaries, CSV, and who sees what
// (the door sees no revenue; the kitchen sees only the kitchen sheet; box office no reports).
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accessTokenFor, createUser } from '../../../test/auth-helpers.ts';
import {
  buildTestApp,
  createTestIdentity,
  createTestNotifications,
} from '../../../test/test-app.ts';
import { createTestDatabase, type TestDatabase } from '../../../test/test-database.ts';
import type { App } from '../../app.ts';
import { withRequestContext, type RequestClaims } from '../../db/request-context.ts';
import { cancelBooking, confirmBooking, createHold } from '../bookings/booking.service.ts';
import { createTestCatalogue, type TestCatalogue } from '../../../test/test-catalogue.ts';
import { parisDay } from './paris-days.ts';

const MENU = {
  starter: [
    { code: 'foie-gras', fr: 'Foie gras', en: 'Foie gras' },
    { code: 'veloute', fr: 'Velouté', en: 'Soup' },
  ],
  main: [
    { code: 'boeuf', fr: 'Filet de bœuf', en: 'Beef' },
    { code: 'risotto', fr: 'Risotto', en: 'Risotto' },
  ],
  dessert: [{ code: 'opera', fr: 'Opéra', en: 'Opera cake' }],
};
// 20:30 in Paris on 15 January (UTC+1), and 00:30 on the 16th: the same UTC day, not the same
// Paris day.
const EVENING = '2031-01-15T19:30:00Z';
const AFTER_MIDNIGHT = '2031-01-15T23:30:00Z';

type Role = 'admin' | 'manager' | 'box_office' | 'door' | 'kitchen';

describe('back-office figures', () => {
  let database: TestDatabase;
  let app: App;
  let catalogue: TestCatalogue;
  const auth = {} as Record<Role, string>;
  const claims = {} as Record<Role, RequestClaims>;
  let evening: string;
  let lateShow: string;
  const bookings = {} as Record<'ada' | 'evil' | 'held' | 'cancelled' | 'late', string>;

  async function performanceAt(startsAt: string) {
    const { rows } = await database.owner.query<{ id: string }>(
      `insert into performances (show_id, starts_at, doors_at)
       values ($1, $2, $2::timestamptz - interval '2 hours') returning id`,
      [catalogue.showId, startsAt],
    );
    await database.owner.query(
      `insert into performance_zones (performance_id, zone_id, capacity)
       values ($1, $2, 50), ($1, $3, 10)`,
      [rows[0]!.id, catalogue.zones.main, catalogue.zones.bar],
    );
    return rows[0]!.id;
  }

  beforeAll(async () => {
    database = await createTestDatabase({ poolSize: 10 });
    const notifications = await createTestNotifications(database);
    const identity = await createTestIdentity(database, notifications);
    app = await buildTestApp(database, { notifications, identity });
    catalogue = await createTestCatalogue(database.owner);
    const { formulas, zones } = catalogue;
    await database.owner.query(
      `update formulas set menu = $2, arrival_minutes_before = 120 where id = $1`,
      [formulas.dinner, JSON.stringify(MENU)],
    );
    await database.owner.query(
      `insert into venue_tables (zone_id, label, seats) values ($1, 'M1', 4), ($1, 'M2', 4),
              ($1, 'M3', 6)`,
      [zones.main],
    );
    await database.owner.query(
      `insert into venue_tables (zone_id, label, seats, shared) values ($1, 'BAR', 10, true)`,
      [zones.bar],
    );
    for (const role of ['admin', 'manager', 'box_office', 'door', 'kitchen'] as const) {
      const user = await createUser(database, { email: `${role}@example.com`, roles: [role] });
      auth[role] = (await accessTokenFor(database, identity, user, 'aal2')).authorization;
      claims[role] = { role: 'authenticated', sub: user.id, roles: [role], aal: 'aal2' };
    }
    evening = await performanceAt(EVENING);
    lateShow = await performanceAt(AFTER_MIDNIGHT);

    const engine = { db: database.db };
    const staff = { claims: claims.box_office };
    const book = async (
      performanceId: string,
      lines: { formulaId: string; zoneId: string; guests: number }[],
      options: { phone?: boolean; extras?: { extraId: string; quantity: number }[] } = {},
    ) =>
      (
        await createHold(database.db, claims.box_office, {
          performanceId,
          lines,
          extras: options.extras,
          source: options.phone ? 'phone' : 'web',
        })
      ).bookingId;
    const confirm = (id: string, name: string, guests: object[], occasion?: string) =>
      confirmBooking(engine, staff, id, {
        contact: { name, email: `${id.slice(0, 8)}@example.com`, phone: '+33 6 12 34 56 78' },
        guests,
        ...(occasion ? { occasion } : {}),
      });

    // Dinner for two with a cake (2 × 180 € + 35 €), on the web.
    bookings.ada = await book(
      evening,
      [{ formulaId: formulas.dinner, zoneId: zones.main, guests: 2 }],
      {
        extras: [{ extraId: catalogue.extraId, quantity: 1 }],
      },
    );
    await confirm(bookings.ada, 'Ada Lovelace', [
      { menuChoice: 'foie-gras / boeuf / opera', dietaryNotes: 'No nuts' },
      { menuChoice: 'veloute / risotto' },
    ]);
    // Show only for three (3 × 100 €), by phone; a name a spreadsheet would run.
    bookings.evil = await book(
      evening,
      [{ formulaId: formulas.show, zoneId: zones.main, guests: 3 }],
      {
        phone: true,
      },
    );
    await confirm(
      bookings.evil,
      '=Evil, "Bob"',
      [{ dietaryNotes: 'Gluten-free' }, {}, {}],
      'Birthday',
    );
    // Held at the bar, never confirmed: held places, no covers, no revenue.
    bookings.held = await book(evening, [
      { formulaId: formulas.show, zoneId: zones.bar, guests: 2 },
    ]);
    // Confirmed then cancelled: counts only as a cancellation.
    bookings.cancelled = await book(evening, [
      { formulaId: formulas.dinner, zoneId: zones.main, guests: 1 },
    ]);
    await confirm(bookings.cancelled, 'Gone Away', [{}]);
    await cancelBooking(engine, staff, bookings.cancelled);
    // After midnight in Paris: the 16th's performance.
    bookings.late = await book(
      lateShow,
      [{ formulaId: formulas.show, zoneId: zones.main, guests: 1 }],
      {
        phone: true,
      },
    );
    await confirm(bookings.late, 'Night Owl', [{}]);
  });
  afterAll(async () => {
    await app?.close();
    await database?.close();
  });

  const get = (url: string, role?: Role, headers: Record<string, string> = {}) =>
    app.inject({
      method: 'GET',
      url,
      headers: { ...(role ? { authorization: auth[role] } : {}), ...headers },
    });

  describe('dashboard', () => {
    const url = () => {
      const today = parisDay();
      return `/api/admin/dashboard?from=2031-01-15&to=2031-01-15&seriesFrom=${today}&seriesTo=${today}`;
    };

    it('gives fill rates, covers, arrivals and revenue of the Paris day', async () => {
      const response = await get(url(), 'admin');
      expect(response.statusCode).toBe(200);
      const body = response.json();
      expect(body.total).toBe(1);
      const [performance] = body.performances;
      expect(performance.id).toBe(evening);
      const zone = (id: string) =>
        performance.zones.find((z: { zoneId: string }) => z.zoneId === id);
      expect(zone(catalogue.zones.main)).toMatchObject({
        capacity: 50,
        held: 0,
        sold: 5,
        fillRate: 0.1,
      });
      expect(zone(catalogue.zones.bar)).toMatchObject({
        capacity: 10,
        held: 2,
        sold: 0,
        fillRate: 0,
      });
      const covers = Object.fromEntries(
        performance.covers.map((c: { formulaId: string; guests: number }) => [
          c.formulaId,
          c.guests,
        ]),
      );
      expect(covers).toEqual({ [catalogue.formulas.dinner]: 2, [catalogue.formulas.show]: 3 });
      // Dinner guests come 120 minutes before the start, show guests 30.
      expect(performance.arrivals).toEqual([
        { at: '2031-01-15T17:30:00.000Z', guests: 2, checkedIn: 0 },
        { at: '2031-01-15T19:00:00.000Z', guests: 3, checkedIn: 0 },
      ]);
      expect(performance.revenueCents).toBe(2 * 18_000 + 3_500 + 3 * 10_000);
    });

    it('counts bookings of the day and by source', async () => {
      const { series } = (await get(url(), 'manager')).json();
      // Made today: Ada, Evil, the cancelled one and the late one; the held one is not a booking.
      expect(series.days).toEqual([
        { date: parisDay(), bookings: 4, guests: 7, cancelled: 1, revenueCents: 79_500 },
      ]);
      expect(series.bySource).toEqual([
        { source: 'phone', bookings: 2, guests: 4 },
        { source: 'web', bookings: 2, guests: 3 },
      ]);
    });

    it('shows the door no revenue, and refuses the kitchen', async () => {
      const response = await get(url(), 'door');
      expect(response.statusCode).toBe(200);
      const body = response.json();
      expect(body.performances[0].zones).toHaveLength(2);
      expect(body.performances[0]).not.toHaveProperty('revenueCents');
      expect(body.series.days[0]).not.toHaveProperty('revenueCents');
      expect(response.body).not.toContain('revenue');
      expect((await get(url(), 'box_office')).json().performances[0].revenueCents).toBe(69_500);
      expect((await get(url(), 'kitchen')).statusCode).toBe(403);
      expect((await get(url())).statusCode).toBe(401);
    });

    it('refuses a range that ends before it starts', async () => {
      const response = await get('/api/admin/dashboard?from=2031-01-16&to=2031-01-15', 'admin');
      expect(response.statusCode).toBe(400);
      expect(response.json().code).toBe('VALIDATION_FAILED');
    });
  });

  describe('kitchen sheet', () => {
    it('gives covers, dishes per course, extras and the notes per table, nothing else', async () => {
      const response = await get('/api/admin/kitchen?date=2031-01-15', 'kitchen');
      expect(response.statusCode).toBe(200);
      const sheet = response.json();
      expect(sheet.performances.map((p: { id: string }) => p.id)).toEqual([evening]);
      const [performance] = sheet.performances;
      const dishes = performance.dishes.map(
        (d: { course: string | null; code: string | null; guests: number }) =>
          `${d.course}:${d.code}:${d.guests}`,
      );
      expect(dishes).toEqual([
        'starter:foie-gras:1',
        'starter:veloute:1',
        'main:boeuf:1',
        'main:risotto:1',
        'dessert:opera:1',
        'dessert:null:1',
      ]);
      expect(performance.extras).toMatchObject([{ extraId: catalogue.extraId, quantity: 1 }]);
      const parties = performance.parties.map(
        (p: {
          partyName: string;
          partySize: number;
          dietaryNotes: string[];
          occasion: string;
          tables: string[];
        }) => ({
          name: p.partyName,
          size: p.partySize,
          notes: p.dietaryNotes,
          occasion: p.occasion,
          seated: p.tables.length > 0 && p.tables.every((label) => /^M\d$/.test(label)),
        }),
      );
      expect(parties).toEqual(
        expect.arrayContaining([
          { name: 'Ada Lovelace', size: 2, notes: ['No nuts'], occasion: null, seated: true },
          {
            name: '=Evil, "Bob"',
            size: 3,
            notes: ['Gluten-free'],
            occasion: 'Birthday',
            seated: true,
          },
        ]),
      );
      expect(parties).toHaveLength(2);
      // No contact details, no prices.
      expect(response.body).not.toMatch(/@example\.com|\+33|Cents|18000|price/);
    });

    it('cuts days at midnight in Paris and finds a performance by id', async () => {
      const late = (await get('/api/admin/kitchen?date=2031-01-16', 'kitchen')).json();
      expect(late.performances.map((p: { id: string }) => p.id)).toEqual([lateShow]);
      expect(late.performances[0].covers).toMatchObject([
        { formulaId: catalogue.formulas.show, guests: 1 },
      ]);
      const byId = await get(`/api/admin/kitchen?performanceId=${evening}`, 'box_office');
      expect(byId.json().date).toBeNull();
      expect(byId.json().performances[0].covers).toHaveLength(2);
      const unknown = '00000000-0000-4000-8000-000000000000';
      expect((await get(`/api/admin/kitchen?performanceId=${unknown}`, 'admin')).statusCode).toBe(
        404,
      );
      expect((await get('/api/admin/kitchen', 'admin')).statusCode).toBe(400);
    });

    it('exports a CSV with its cells neutralised', async () => {
      const response = await get('/api/admin/kitchen?date=2031-01-15', 'kitchen', {
        accept: 'text/csv',
      });
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
      expect(response.headers['content-disposition']).toBe(
        'attachment; filename="kitchen-2031-01-15.csv"',
      );
      expect(response.rawPayload.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
      const lines = response.body.replace(/^\uFEFF/, '').split('\r\n');
      expect(lines[0]).toBe(
        'section,starts_at,show,formula,course,item,quantity,tables,party,notes',
      );
      expect(response.body).toContain(`"'=Evil, ""Bob""",Gluten-free; Birthday`);
      expect(response.body).toMatch(
        /\r\ndish,2031-01-15 20:30,Revue,dinner-[a-z0-9]+,starter,Foie gras,1,,,\r\n/,
      );
    });

    it('is for the kitchen and booking staff only, also in the database', async () => {
      expect((await get('/api/admin/kitchen?date=2031-01-15', 'door')).statusCode).toBe(403);
      expect((await get('/api/admin/kitchen?date=2031-01-15')).statusCode).toBe(401);
      // A route that forgot its check: the function refuses the door itself…
      await expect(
        withRequestContext(database.db, claims.door, (tx) =>
          sql`select * from public.kitchen_guests(${[evening]}::uuid[])`.execute(tx),
        ),
      ).rejects.toMatchObject({ code: '42501' });
      // …and the kitchen still reads no booking directly.
      const direct = await withRequestContext(database.db, claims.kitchen, (tx) =>
        tx.selectFrom('bookings').select('contactEmail').execute(),
      );
      expect(direct).toEqual([]);
    });
  });

  describe('reports', () => {
    const sales = (groupBy: string, role: Role = 'admin', extra = '') =>
      get(
        `/api/admin/reports/sales?from=2031-01-15&to=2031-01-16&groupBy=${groupBy}${extra}`,
        role,
      );
    const figures = (
      items: {
        label: string;
        bookings: number;
        guests: number;
        ticketsCents: number;
        extrasCents: number;
        revenueCents: number;
      }[],
    ) =>
      items.map((i) => [
        i.label,
        i.bookings,
        i.guests,
        i.ticketsCents,
        i.extrasCents,
        i.revenueCents,
      ]);

    it('sums sales per performance with exact totals', async () => {
      const body = (await sales('performance')).json();
      expect(figures(body.items)).toEqual([
        ['Revue 2031-01-15 20:30', 2, 5, 66_000, 3_500, 69_500],
        ['Revue 2031-01-16 00:30', 1, 1, 10_000, 0, 10_000],
      ]);
      expect(body.total).toBe(2);
      expect(body.totals).toEqual({
        bookings: 3,
        guests: 6,
        ticketsCents: 76_000,
        extrasCents: 3_500,
        revenueCents: 79_500,
      });
    });

    it('groups by zone, formula and Paris day, week and month', async () => {
      const zone = (await sales('zone')).json();
      expect(zone.items.map((i: { key: string }) => i.key)).toEqual([catalogue.zones.main]);
      expect(zone.items[0]).toMatchObject({
        bookings: 3,
        guests: 6,
        ticketsCents: 76_000,
        extrasCents: 0,
      });
      const formula = (await sales('formula')).json();
      const byKey = Object.fromEntries(
        formula.items.map(
          (i: { key: string; bookings: number; guests: number; revenueCents: number }) => [
            i.key,
            [i.bookings, i.guests, i.revenueCents],
          ],
        ),
      );
      expect(byKey).toEqual({
        [catalogue.formulas.dinner]: [1, 2, 36_000],
        [catalogue.formulas.show]: [2, 4, 40_000],
      });
      const day = (await sales('day')).json();
      expect(figures(day.items)).toEqual([
        ['2031-01-15', 2, 5, 66_000, 3_500, 69_500],
        ['2031-01-16', 1, 1, 10_000, 0, 10_000],
      ]);
      const week = (await sales('week')).json();
      expect(week.items.map((i: { key: string; label: string }) => [i.key, i.label])).toEqual([
        ['2031-01-13', '2031-W03'],
      ]);
      const month = (await sales('month')).json();
      expect(figures(month.items)).toEqual([['2031-01', 3, 6, 76_000, 3_500, 79_500]]);
      // Paginated: the second row alone, the total still the whole report's.
      const page = (await sales('day', 'admin', '&limit=1&offset=1')).json();
      expect(page.items.map((i: { key: string }) => i.key)).toEqual(['2031-01-16']);
      expect(page.total).toBe(2);
      // By date of sale the 2031 range holds nothing: every sale was made today.
      const bySale = (await sales('day', 'admin', '&dateBasis=sale')).json();
      expect(bySale.items).toEqual([]);
      expect(bySale.totals.revenueCents).toBe(0);
    });

    it('gives occupancy per performance', async () => {
      const response = await get(
        '/api/admin/reports/occupancy?from=2031-01-15&to=2031-01-16',
        'manager',
      );
      expect(response.statusCode).toBe(200);
      const body = response.json();
      expect(body.total).toBe(2);
      expect(
        body.items.map(
          (i: {
            performanceId: string;
            capacity: number;
            held: number;
            sold: number;
            occupancy: number;
          }) => [i.performanceId, i.capacity, i.held, i.sold, i.occupancy],
        ),
      ).toEqual([
        [evening, 60, 2, 5, 0.0833],
        [lateShow, 60, 0, 1, 0.0167],
      ]);
    });

    it('exports each report as CSV', async () => {
      const csv = await sales('performance', 'admin', '&format=csv');
      expect(csv.headers['content-disposition']).toBe(
        'attachment; filename="sales-by-performance-2031-01-15-2031-01-16.csv"',
      );
      expect(csv.body).toBe(
        '\uFEFFkey,label,bookings,guests,tickets_eur,extras_eur,revenue_eur\r\n' +
          `${evening},Revue 2031-01-15 20:30,2,5,660.00,35.00,695.00\r\n` +
          `${lateShow},Revue 2031-01-16 00:30,1,1,100.00,0.00,100.00\r\n`,
      );
      const occupancy = await get(
        '/api/admin/reports/occupancy?from=2031-01-15&to=2031-01-16',
        'admin',
        { accept: 'text/csv' },
      );
      expect(occupancy.headers['content-type']).toBe('text/csv; charset=utf-8');
      const rows = occupancy.body.split('\r\n');
      expect(rows[1]).toBe(`${evening},2031-01-15 20:30,Revue,on_sale,60,2,5,0,0,0.0833`);
    });

    it('is for admins and managers only', async () => {
      for (const role of ['box_office', 'door', 'kitchen'] as const) {
        expect((await sales('performance', role)).statusCode).toBe(403);
        expect((await get('/api/admin/reports/occupancy', role)).statusCode).toBe(403);
      }
      expect((await sales('performance', 'manager')).statusCode).toBe(200);
    });
  });
});
