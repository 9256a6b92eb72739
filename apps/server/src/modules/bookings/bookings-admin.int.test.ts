// The back office's bookings over HTTP against a real PostgreSQL: who may call what, the list's
// filters and pages (exact rows), the history written by the database's triggers, notes,
// no-shows (places stay sold), staff changes and cancellations through the engine, phone bookings.
import type { AdminBookingDetail, AdminBookingPage } from '@ladiva/contract/backoffice-bookings';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accessTokenFor, createUser, type TestUser } from '../../../test/auth-helpers.ts';
import {
  buildTestApp,
  createTestIdentity,
  createTestNotifications,
} from '../../../test/test-app.ts';
import { createTestDatabase, type TestDatabase } from '../../../test/test-database.ts';
import type { App } from '../../app.ts';
import type { RequestClaims } from '../../db/request-context.ts';
import { confirmBooking, createHold } from './booking.service.ts';
import {
  countersAndLines,
  createTestCatalogue,
  type TestCatalogue,
} from '../../../test/test-catalogue.ts';

const guestClaims = (sub: string): RequestClaims => ({
  role: 'authenticated',
  sub,
  roles: [],
  aal: 'aal1',
});

describe('the back office bookings API', () => {
  let database: TestDatabase;
  let app: App;
  let catalogue: TestCatalogue;
  const auth: Record<string, string> = {};
  const users: Record<string, TestUser> = {};

  beforeAll(async () => {
    database = await createTestDatabase({ poolSize: 10 });
    const notifications = await createTestNotifications(database);
    const identity = await createTestIdentity(database, notifications);
    app = await buildTestApp(database, { notifications, identity });
    catalogue = await createTestCatalogue(database.owner);
    await database.owner.query(
      `insert into venue_tables (zone_id, label, seats)
       select $1, 'M' || lpad(i::text, 2, '0'), 4 from generate_series(1, 20) as i`,
      [catalogue.zones.main],
    );
    for (const role of ['admin', 'manager', 'box_office', 'door', 'kitchen'] as const) {
      users[role] = await createUser(database, { email: `${role}@ladiva.test`, roles: [role] });
      auth[role] = (await accessTokenFor(database, identity, users[role]!, 'aal2')).authorization;
    }
    auth.box_office_aal1 = (
      await accessTokenFor(database, identity, users.box_office!, 'aal1')
    ).authorization;
    users.guest = await createUser(database, { email: 'guest@example.com' });
    auth.guest = (await accessTokenFor(database, identity, users.guest, 'aal1')).authorization;
    await database.owner.query(`update users set display_name = 'Bea Box' where id = $1`, [
      users.box_office!.id,
    ]);
  });
  afterAll(async () => {
    await app?.close();
    await database?.close();
  });

  const call = (method: 'GET' | 'POST' | 'PATCH', url: string, as?: string, body?: object) =>
    app.inject({
      method,
      url,
      headers: as ? { authorization: auth[as]! } : {},
      ...(body ? { payload: body } : {}),
    });

  /** A booking made by the engine itself: held, then confirmed unless `confirm` is false. */
  async function book(
    performanceId: string,
    contact: { name: string; email: string; phone?: string } | null,
    { guests = 2, userId }: { guests?: number; userId?: string } = {},
  ): Promise<string> {
    const claims: RequestClaims = userId ? guestClaims(userId) : { role: 'anon' };
    const hold = await createHold(database.db, claims, {
      performanceId,
      lines: [{ formulaId: catalogue.formulas.show, zoneId: catalogue.zones.main, guests }],
    });
    if (contact) {
      await confirmBooking(
        { db: database.db },
        { claims, grantedBookingId: hold.bookingId },
        hold.bookingId,
        {
          contact,
        },
      );
    }
    return hold.bookingId;
  }

  /** Moves a performance to an exact instant (doors two hours before). */
  const startAt = (performanceId: string, at: string) =>
    database.owner.query(
      `update performances set starts_at = $2::timestamptz, doors_at = $2::timestamptz - interval '2 hours'
        where id = $1`,
      [performanceId, at],
    );

  describe('access', () => {
    it('is for admins, managers and the box office with a second factor', async () => {
      expect((await call('GET', '/api/admin/bookings')).statusCode).toBe(401);
      expect((await call('GET', '/api/admin/bookings', 'guest')).statusCode).toBe(403);
      expect((await call('GET', '/api/admin/bookings', 'kitchen')).statusCode).toBe(403);
      expect((await call('GET', '/api/admin/bookings', 'door')).statusCode).toBe(403);
      const aal1 = await call('GET', '/api/admin/bookings', 'box_office_aal1');
      expect(aal1.statusCode).toBe(403);
      expect(aal1.json().code).toBe('MFA_REQUIRED');
      for (const role of ['admin', 'manager', 'box_office']) {
        expect((await call('GET', '/api/admin/bookings', role)).statusCode).toBe(200);
      }
    });

    it('refuses the kitchen and the door every action', async () => {
      const performanceId = await catalogue.performance();
      const id = await book(performanceId, { name: 'Kit Chen', email: 'kc@example.com' });
      for (const role of ['kitchen', 'door']) {
        expect((await call('GET', `/api/admin/bookings/${id}`, role)).statusCode).toBe(403);
        expect(
          (await call('POST', `/api/admin/bookings/${id}/notes`, role, { body: 'x' })).statusCode,
        ).toBe(403);
        expect(
          (await call('POST', '/api/admin/bookings/no-show', role, { bookingIds: [id] }))
            .statusCode,
        ).toBe(403);
        expect((await call('POST', `/api/admin/bookings/${id}/cancel`, role)).statusCode).toBe(403);
      }
      const { rows } = await database.owner.query('select status from bookings where id = $1', [
        id,
      ]);
      expect(rows[0].status).toBe('confirmed');
    });
  });

  describe('the list', () => {
    let paris10: string;
    let paris11: string;
    const ids: Record<string, string> = {};

    beforeAll(async () => {
      paris10 = await catalogue.performance({ main: 40 }, '400 days');
      paris11 = await catalogue.performance({ main: 40 }, '401 days');
      ids.ada = await book(paris10, { name: 'Ada Lovelace', email: 'Ada@Example.com' });
      ids.grace = await book(
        paris10,
        {
          name: 'Grace Hopper',
          email: 'grace@example.com',
          phone: '+33 6 12 34 56 78',
        },
        { guests: 4 },
      );
      ids.held = await book(paris10, null);
      ids.alan = await book(paris11, { name: 'Alan Turing', email: 'alan@example.com' });
      ids.percent = await book(paris11, { name: 'Ed 100% Sure', email: 'ed@example.com' });
      await database.owner.query(`update bookings set status = 'cancelled' where id = $1`, [
        ids.alan,
      ]);
      await database.owner.query(`update bookings set source = 'phone' where id = $1`, [ids.grace]);
      // 20:00 in Paris (winter, UTC+1) on the 10th; 23:30 UTC on the 10th is 00:30 on the 11th.
      await startAt(paris10, '2031-03-10T19:00:00Z');
      await startAt(paris11, '2031-03-10T23:30:00Z');
    });

    const list = async (query: string, as = 'box_office') => {
      const response = await call('GET', `/api/admin/bookings?${query}`, as);
      expect(response.statusCode, response.body).toBe(200);
      return response.json<AdminBookingPage>();
    };
    const idsOf = (page: AdminBookingPage) => page.items.map((item) => item.id);

    it('filters by the performance date in Paris, both ends included', async () => {
      const tenth = await list('from=2031-03-10&to=2031-03-10&sort=created_asc');
      expect(idsOf(tenth)).toEqual([ids.ada, ids.grace, ids.held]);
      expect(tenth.total).toBe(3);
      const eleventh = await list('from=2031-03-11&to=2031-03-11&sort=created_asc');
      expect(idsOf(eleventh)).toEqual([ids.alan, ids.percent]);
      const both = await list('from=2031-03-10&to=2031-03-11');
      expect(both.total).toBe(5);
    });

    it('filters by performance, status and source', async () => {
      expect(idsOf(await list(`performanceId=${paris11}&sort=created_asc`))).toEqual([
        ids.alan,
        ids.percent,
      ]);
      expect(
        idsOf(await list('from=2031-03-10&to=2031-03-11&status=cancelled,held&sort=created_asc')),
      ).toEqual([ids.held, ids.alan]);
      expect(idsOf(await list('from=2031-03-10&to=2031-03-11&source=phone'))).toEqual([ids.grace]);
    });

    it('searches name, email, phone and reference, whatever the case, % taken literally', async () => {
      expect(idsOf(await list('q=LOVEL'))).toEqual([ids.ada]);
      expect(idsOf(await list('q=ada%40example'))).toEqual([ids.ada]);
      expect(idsOf(await list(`q=${encodeURIComponent('12 34 56')}`))).toEqual([ids.grace]);
      const { rows } = await database.owner.query('select reference from bookings where id = $1', [
        ids.alan,
      ]);
      expect(idsOf(await list(`q=${rows[0].reference.slice(1, 7).toLowerCase()}`))).toEqual([
        ids.alan,
      ]);
      expect(idsOf(await list(`q=${encodeURIComponent('0%')}`))).toEqual([ids.percent]);
      expect(idsOf(await list(`q=${encodeURIComponent('%%')}`))).toEqual([]);
    });

    it('pages with limit and offset, and says the total', async () => {
      const base = 'from=2031-03-10&to=2031-03-11&sort=created_desc&limit=2';
      const first = await list(`${base}&offset=0`);
      const second = await list(`${base}&offset=2`);
      const third = await list(`${base}&offset=4`);
      expect(first.total).toBe(5);
      expect([...idsOf(first), ...idsOf(second), ...idsOf(third)]).toEqual([
        ids.percent,
        ids.alan,
        ids.held,
        ids.grace,
        ids.ada,
      ]);
      expect(third.items).toHaveLength(1);
      const byName = await list('from=2031-03-10&to=2031-03-11&sort=name_asc');
      expect(byName.items.map((item) => item.contactName)).toEqual([
        'Ada Lovelace',
        'Alan Turing',
        'Ed 100% Sure',
        'Grace Hopper',
        null,
      ]);
    });

    it('refuses bad filters with 400, never 500', async () => {
      for (const query of ['status=lost', 'from=10/03/2031', 'limit=500', 'q=a', 'sort=price']) {
        const response = await call('GET', `/api/admin/bookings?${query}`, 'box_office');
        expect(response.statusCode, query).toBe(400);
      }
    });

    describe('as CSV', () => {
      const tenth = 'from=2031-03-10&to=2031-03-10&sort=created_asc';
      const rowsOf = (body: string) =>
        body
          .replace(/^\uFEFF/, '')
          .trimEnd()
          .split('\r\n');

      it('exports every row matching the filters, past one page, as an attachment', async () => {
        const response = await call(
          'GET',
          `/api/admin/bookings?${tenth}&limit=1&offset=1&format=csv`,
          'box_office',
        );
        expect(response.statusCode, response.body).toBe(200);
        expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
        expect(response.headers['content-disposition']).toMatch(
          /^attachment; filename="bookings-\d{4}-\d{2}-\d{2}\.csv"$/,
        );
        expect(response.headers['x-total-count']).toBe('3');
        expect(response.body.startsWith('\uFEFF')).toBe(true);
        const [header, ...rows] = rowsOf(response.body);
        expect(header).toBe(
          'reference,performance,show,status,source,name,email,phone,party_size,total_eur,created_at',
        );
        const page = await list(tenth);
        expect(rows.map((row) => row.split(',')[0])).toEqual(
          page.items.map((item) => item.reference),
        );
        const grace = page.items[1]!;
        const cells = rows[1]!.split(',');
        expect(cells.slice(0, 10)).toEqual([
          grace.reference,
          '2031-03-10 20:00',
          grace.performance.showTitleFr,
          'confirmed',
          'phone',
          'Grace Hopper',
          'grace@example.com',
          // A leading + would be a formula in a spreadsheet: neutralised.
          "'+33 6 12 34 56 78",
          '4',
          (grace.totalCents / 100).toFixed(2),
        ]);
        expect(cells[10]).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);
      });

      it('speaks the spreadsheet of the staff member’s language: French by the app', async () => {
        const response = await app.inject({
          method: 'GET',
          url: '/api/admin/bookings?from=2031-03-10&to=2031-03-11&source=phone',
          headers: { authorization: auth.manager!, accept: 'text/csv', 'accept-language': 'fr' },
        });
        expect(response.statusCode).toBe(200);
        expect(response.headers['content-language']).toBe('fr');
        const [header, row] = rowsOf(response.body);
        expect(header).toBe(
          'Référence;Représentation;Spectacle;Statut;Origine;Nom;E-mail;Téléphone;Personnes;Total (€);Créée le',
        );
        const cells = row!.split(';');
        expect(cells[5]).toBe('Grace Hopper');
        expect(cells[9]).toMatch(/^\d+,\d{2}$/);
        // Codes in words: the status and the source as the back office says them.
        expect(cells.slice(3, 5)).toEqual(['Confirmée', 'Téléphone']);
        const english = await app.inject({
          method: 'GET',
          url: '/api/admin/bookings?from=2031-03-10&to=2031-03-11&source=phone',
          headers: { authorization: auth.manager!, accept: 'text/csv', 'accept-language': 'en-GB' },
        });
        expect(rowsOf(english.body)[1]!.split(',').slice(3, 5)).toEqual(['Confirmed', 'Phone']);
      });

      it('answers CSV to Accept: text/csv and applies status and source', async () => {
        const response = await app.inject({
          method: 'GET',
          url: '/api/admin/bookings?from=2031-03-10&to=2031-03-11&source=phone',
          headers: { authorization: auth.manager!, accept: 'text/csv' },
        });
        expect(response.statusCode).toBe(200);
        expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
        const rows = rowsOf(response.body).slice(1);
        expect(rows).toHaveLength(1);
        expect(rows[0]).toContain('Grace Hopper');
        const cancelled = await call(
          'GET',
          '/api/admin/bookings?from=2031-03-10&to=2031-03-11&status=cancelled&format=csv',
          'admin',
        );
        expect(
          rowsOf(cancelled.body)
            .slice(1)
            .map((row) => row.split(',')[5]),
        ).toEqual(['Alan Turing']);
      });

      it('is refused to those who cannot list', async () => {
        expect((await call('GET', '/api/admin/bookings?format=csv')).statusCode).toBe(401);
        for (const role of ['door', 'kitchen', 'guest', 'box_office_aal1']) {
          const response = await call('GET', '/api/admin/bookings?format=csv', role);
          expect(response.statusCode, role).toBe(403);
          expect(response.headers['content-type']).not.toContain('text/csv');
        }
        expect((await call('GET', '/api/admin/bookings?format=xlsx', 'admin')).statusCode).toBe(
          400,
        );
      });
    });
  });

  describe('a booking’s history', () => {
    it('records creation, confirmation, seating, a staff change, a note and a cancellation', async () => {
      const performanceId = await catalogue.performance();
      const id = await book(
        performanceId,
        { name: 'Joséphine Baker', email: 'jo@example.com' },
        { userId: users.guest!.id },
      );
      const changed = await call('PATCH', `/api/admin/bookings/${id}`, 'box_office', {
        lines: [{ formulaId: catalogue.formulas.dinner, zoneId: catalogue.zones.main, guests: 3 }],
      });
      expect(changed.statusCode, changed.body).toBe(200);
      expect(changed.json()).toMatchObject({ partySize: 3, totalCents: 54000 });
      const noted = await call('POST', `/api/admin/bookings/${id}/notes`, 'box_office', {
        body: '  Anniversary: a candle on the cake  ',
      });
      expect(noted.statusCode, noted.body).toBe(201);
      const cancelled = await call('POST', `/api/admin/bookings/${id}/cancel`, 'manager');
      expect(cancelled.statusCode, cancelled.body).toBe(200);
      expect(cancelled.json().status).toBe('cancelled');

      const detail = (
        await call('GET', `/api/admin/bookings/${id}`, 'admin')
      ).json<AdminBookingDetail>();
      const box = { id: users.box_office!.id, name: 'Bea Box' };
      // Seated from the moment it held (its tables are kept when it confirms).
      expect(detail.history.map((event) => event.kind)).toEqual([
        'created',
        'moved',
        'confirmed',
        'changed',
        'note',
        'cancelled',
      ]);
      const [created, moved, confirmed, change, note, cancel] = detail.history;
      expect(created).toMatchObject({ actor: null, data: { status: 'held', partySize: 2 } });
      expect(confirmed!.data).toEqual({ status: { from: 'held', to: 'confirmed' } });
      expect(moved!.data).toMatchObject({ from: null });
      expect((moved!.data.tables as string[]).length).toBeGreaterThan(0);
      expect(change).toMatchObject({
        actor: box,
        data: { partySize: { from: 2, to: 3 }, totalCents: { from: 20000, to: 54000 } },
      });
      expect(note).toMatchObject({ actor: box, note: 'Anniversary: a candle on the cake' });
      expect(cancel).toMatchObject({
        actor: { id: users.manager!.id },
        data: { status: { from: 'confirmed', to: 'cancelled' } },
      });
      expect(detail).toMatchObject({
        status: 'cancelled',
        partySize: 3,
        hasAccount: true,
        tables: [],
        lines: [{ formulaId: catalogue.formulas.dinner, guests: 3, unitPriceCents: 18000 }],
      });
    });

    it('answers 404 for a booking that does not exist', async () => {
      const response = await call(
        'GET',
        '/api/admin/bookings/00000000-0000-4000-8000-000000000000',
        'box_office',
      );
      expect(response.statusCode).toBe(404);
    });

    it('nobody writes the history directly, not even staff', async () => {
      const performanceId = await catalogue.performance();
      const id = await book(performanceId, { name: 'Nob Ody', email: 'nobody@example.com' });
      const response = await call('POST', `/api/admin/bookings/${id}/notes`, 'box_office', {
        body: '',
      });
      expect(response.statusCode).toBe(400);
      const { rows } = await database.owner.query(
        `select has_table_privilege('authenticated', 'booking_events', 'insert') as i,
                has_table_privilege('service_role', 'booking_events', 'update') as u,
                has_table_privilege('service_role', 'booking_events', 'delete') as d`,
      );
      expect(rows[0]).toEqual({ i: false, u: false, d: false });
    });
  });

  describe('no-shows', () => {
    it('marks only confirmed bookings of a started performance, and their places stay sold', async () => {
      const performanceId = await catalogue.performance({ main: 30 });
      const confirmed = await book(performanceId, { name: 'No Show', email: 'ns@example.com' });
      const held = await book(performanceId, null);
      const early = await call('POST', '/api/admin/bookings/no-show', 'box_office', {
        bookingIds: [confirmed],
      });
      expect(early.json()).toEqual({ marked: [], skipped: [confirmed] });

      await startAt(performanceId, new Date(Date.now() - 3_600_000).toISOString());
      const before = await countersAndLines(database.owner, performanceId, catalogue.zones.main);
      const unknown = '00000000-0000-4000-8000-000000000001';
      const marked = await call('POST', '/api/admin/bookings/no-show', 'box_office', {
        bookingIds: [confirmed, held, unknown],
      });
      expect(marked.statusCode, marked.body).toBe(200);
      expect(marked.json()).toEqual({ marked: [confirmed], skipped: [held, unknown] });
      const after = await countersAndLines(database.owner, performanceId, catalogue.zones.main);
      expect(after).toEqual(before);
      expect(after.sold).toBe(2);

      const again = await call('POST', '/api/admin/bookings/no-show', 'box_office', {
        bookingIds: [confirmed],
      });
      expect(again.json()).toEqual({ marked: [], skipped: [confirmed] });
      const detail = (
        await call('GET', `/api/admin/bookings/${confirmed}`, 'box_office')
      ).json<AdminBookingDetail>();
      expect(detail.status).toBe('no_show');
      expect(detail.history.at(-1)).toMatchObject({
        kind: 'no_show',
        actor: { id: users.box_office!.id },
        data: { status: { from: 'confirmed', to: 'no_show' } },
      });
    });

    it('is refused by the database to anyone but booking staff at aal2', async () => {
      const { rows } = await database.owner.query(
        `select has_function_privilege('anon', 'public.mark_no_show(uuid[])', 'execute') as anon`,
      );
      expect(rows[0].anon).toBe(false);
    });
  });

  describe('phone bookings', () => {
    it('are held and confirmed at once, source phone, paid at the venue', async () => {
      const performanceId = await catalogue.performance();
      const response = await call('POST', '/api/admin/bookings/phone', 'box_office', {
        performanceId,
        lines: [{ formulaId: catalogue.formulas.show, zoneId: catalogue.zones.main, guests: 2 }],
        contact: { name: 'Mistinguett', email: 'miss@example.com', phone: '+33 1 23 45 67 89' },
        occasion: 'Birthday',
      });
      expect(response.statusCode, response.body).toBe(201);
      const state = response.json();
      expect(state).toMatchObject({ status: 'confirmed', partySize: 2, totalCents: 20000 });
      const detail = (
        await call('GET', `/api/admin/bookings/${state.bookingId}`, 'admin')
      ).json<AdminBookingDetail>();
      expect(detail).toMatchObject({
        source: 'phone',
        contactName: 'Mistinguett',
        occasion: 'Birthday',
      });
      expect(detail.history.find((event) => event.kind === 'confirmed')).toMatchObject({
        kind: 'confirmed',
        actor: { id: users.box_office!.id },
      });
      const { rows } = await database.owner.query(
        'select payment_method from bookings where id = $1',
        [state.bookingId],
      );
      expect(rows[0].payment_method).toBe('at_venue');
    });

    it('release the hold when the confirmation is refused', async () => {
      const performanceId = await catalogue.performance({ main: 10 });
      const response = await call('POST', '/api/admin/bookings/phone', 'box_office', {
        performanceId,
        lines: [{ formulaId: catalogue.formulas.show, zoneId: catalogue.zones.main, guests: 2 }],
        contact: { name: 'Too Many', email: 'many@example.com', phone: '01 23 45 67 89' },
        guests: [{}, {}, {}],
      });
      expect(response.statusCode).toBe(400);
      const counters = await countersAndLines(database.owner, performanceId, catalogue.zones.main);
      expect(counters).toMatchObject({ held: 0, sold: 0 });
    });

    it('need a phone number, not an email: without one no email is sent; the guest’s language and menus are kept', async () => {
      const performanceId = await catalogue.performance({ main: 10 });
      const noPhone = await call('POST', '/api/admin/bookings/phone', 'box_office', {
        performanceId,
        lines: [{ formulaId: catalogue.formulas.show, zoneId: catalogue.zones.main, guests: 2 }],
        contact: { name: 'No Phone', email: 'nophone@example.com' },
      });
      expect(noPhone.statusCode).toBe(400);
      expect(noPhone.json().details.fields).toEqual([
        expect.objectContaining({ path: 'body.contact.phone' }),
      ]);
      expect(
        await countersAndLines(database.owner, performanceId, catalogue.zones.main),
      ).toMatchObject({ held: 0, sold: 0 });

      const response = await call('POST', '/api/admin/bookings/phone', 'box_office', {
        performanceId,
        lines: [{ formulaId: catalogue.formulas.show, zoneId: catalogue.zones.main, guests: 2 }],
        contact: { name: 'Joséphine Baker', phone: '+44 20 7946 0000' },
        guests: [{ menuChoice: 'veloute / risotto', dietaryNotes: 'no shellfish' }, {}],
        locale: 'en',
      });
      expect(response.statusCode, response.body).toBe(201);
      const { bookingId, reference } = response.json();
      const { rows } = await database.owner.query(
        `select contact_email, contact_phone, locale, guest_details from bookings where id = $1`,
        [bookingId],
      );
      expect(rows[0]).toEqual({
        contact_email: null,
        contact_phone: '+44 20 7946 0000',
        locale: 'en',
        guest_details: [
          { menuChoice: 'veloute / risotto', dietaryNotes: 'no shellfish' },
          { menuChoice: null, dietaryNotes: null },
        ],
      });
      const { rows: sent } = await database.owner.query(
        `select 1 from notifications where data->>'reference' = $1`,
        [reference],
      );
      expect(sent).toHaveLength(0);
      // Changed and cancelled by staff: still nothing to send, and nothing fails.
      const cancelled = await call('POST', `/api/admin/bookings/${bookingId}/cancel`, 'box_office');
      expect(cancelled.statusCode, cancelled.body).toBe(200);
    });

    it('are not for the door', async () => {
      const performanceId = await catalogue.performance();
      const response = await call('POST', '/api/admin/bookings/phone', 'door', {
        performanceId,
        lines: [{ formulaId: catalogue.formulas.show, zoneId: catalogue.zones.main, guests: 2 }],
        contact: { name: 'Door', email: 'door@example.com' },
      });
      expect(response.statusCode).toBe(403);
    });
  });
});
