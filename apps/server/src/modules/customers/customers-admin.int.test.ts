// The back office's customers over HTTP against a real PostgreSQL (ADR 0013): grouping by contact
// email whatever its case, search, tags, pages, the profile (no-shows, consents), and the GDPR
// export and erasure with their roles (box office neither exports nor erases).
import type { CustomerProfile, CustomerSummary } from '@ladiva/contract/backoffice-bookings';
import { createHash } from 'node:crypto';
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
import { confirmBooking, createHold } from '../bookings/booking.service.ts';
import { createTestCatalogue, type TestCatalogue } from '../../../test/test-catalogue.ts';

const customerId = (email: string) =>
  createHash('sha256').update(email.trim().toLowerCase()).digest('hex');

describe('the back office customers API', () => {
  let database: TestDatabase;
  let app: App;
  let catalogue: TestCatalogue;
  let past: string;
  let future: string;
  const auth: Record<string, string> = {};
  let ada: TestUser;
  const bookings: Record<string, string> = {};

  const call = (method: 'GET' | 'POST' | 'PATCH', url: string, as?: string, body?: object) =>
    app.inject({
      method,
      url,
      headers: as ? { authorization: auth[as]! } : {},
      ...(body ? { payload: body } : {}),
    });

  async function book(
    performanceId: string,
    contact: { name: string; email: string; phone?: string },
    userId?: string,
  ): Promise<string> {
    const claims: RequestClaims = userId
      ? { role: 'authenticated', sub: userId, roles: [], aal: 'aal1' }
      : { role: 'anon' };
    const hold = await createHold(database.db, claims, {
      performanceId,
      lines: [{ formulaId: catalogue.formulas.show, zoneId: catalogue.zones.main, guests: 2 }],
    });
    await confirmBooking(
      { db: database.db },
      { claims, grantedBookingId: hold.bookingId },
      hold.bookingId,
      { contact, guests: [{ dietaryNotes: 'no nuts' }, {}], occasion: 'Birthday' },
    );
    return hold.bookingId;
  }

  beforeAll(async () => {
    database = await createTestDatabase({ poolSize: 10 });
    const notifications = await createTestNotifications(database);
    const identity = await createTestIdentity(database, notifications);
    app = await buildTestApp(database, { notifications, identity });
    catalogue = await createTestCatalogue(database.owner);
    for (const role of ['admin', 'manager', 'box_office', 'door', 'kitchen'] as const) {
      const user = await createUser(database, { email: `${role}@ladiva.test`, roles: [role] });
      auth[role] = (await accessTokenFor(database, identity, user, 'aal2')).authorization;
    }
    ada = await createUser(database, { email: 'ada@example.com' });
    await database.owner.query(
      `insert into consents (user_id, kind, granted, wording_version, at)
       values ($1, 'marketing_email', true, 'v1', now() - interval '2 days'),
              ($1, 'marketing_email', false, 'v2', now() - interval '1 day'),
              ($1, 'terms', true, 'v1', now() - interval '3 days')`,
      [ada.id],
    );
    past = await catalogue.performance();
    future = await catalogue.performance();
    // Ada: twice with her account (two spellings of her address), once as a no-show.
    bookings.adaPast = await book(past, { name: 'Ada Lovelace', email: 'Ada@Example.com' }, ada.id);
    bookings.adaNext = await book(future, { name: 'Ada L.', email: 'ada@example.com' }, ada.id);
    bookings.grace = await book(past, {
      name: 'Grace Hopper',
      email: 'grace@example.com',
      phone: '+33 6 11 22 33 44',
    });
    bookings.alan = await book(future, { name: 'Alan Turing', email: 'alan@example.com' });
    await database.owner.query(
      `update performances set starts_at = now() - interval '1 day',
              doors_at = now() - interval '1 day 2 hours' where id = $1`,
      [past],
    );
    await database.owner.query(`update bookings set status = 'no_show' where id = $1`, [
      bookings.adaPast,
    ]);
  });
  afterAll(async () => {
    await app?.close();
    await database?.close();
  });

  const list = async (query = '', as = 'box_office') => {
    const response = await call('GET', `/api/admin/customers?${query}`, as);
    expect(response.statusCode, response.body).toBe(200);
    return response.json<{ items: CustomerSummary[]; total: number }>();
  };

  it('is for admins, managers and the box office; not the door nor the kitchen', async () => {
    expect((await call('GET', '/api/admin/customers')).statusCode).toBe(401);
    for (const role of ['door', 'kitchen']) {
      expect((await call('GET', '/api/admin/customers', role)).statusCode).toBe(403);
      expect(
        (await call('GET', `/api/admin/customers/${customerId('ada@example.com')}`, role))
          .statusCode,
      ).toBe(403);
    }
  });

  it('groups bookings by contact email whatever its case, and pages them', async () => {
    const all = await list('sort=name_asc');
    expect(all.total).toBe(3);
    expect(all.items.map((item) => [item.email, item.bookingCount, item.noShowCount])).toEqual([
      // The latest booking's name: "Ada L.".
      ['ada@example.com', 2, 1],
      ['alan@example.com', 1, 0],
      ['grace@example.com', 1, 0],
    ]);
    expect(all.items[0]).toMatchObject({
      customerId: customerId('ada@example.com'),
      name: 'Ada L.',
      hasAccount: true,
    });
    const second = await list('sort=name_asc&limit=1&offset=1');
    expect(second).toMatchObject({ total: 3, items: [{ email: 'alan@example.com' }] });
    expect((await list('sort=bookings_desc&limit=1')).items[0]!.email).toBe('ada@example.com');
  });

  it('searches any booking’s name, email, phone or reference; counts the whole history', async () => {
    // "Lovelace" is only on her older booking: she is found with both bookings counted.
    expect((await list('q=lovelace')).items.map((item) => [item.email, item.bookingCount])).toEqual(
      [['ada@example.com', 2]],
    );
    expect((await list(`q=${encodeURIComponent('22 33')}`)).items.map((i) => i.email)).toEqual([
      'grace@example.com',
    ]);
    expect((await list('q=nobody-at-all')).total).toBe(0);
  });

  it('keeps tags and notes; filters by tag', async () => {
    const id = customerId('grace@example.com');
    const response = await call('PATCH', `/api/admin/customers/${id}`, 'box_office', {
      tags: ['VIP', 'vip', 'press'],
      notes: 'Prefers the front row.',
    });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toMatchObject({
      tags: ['vip', 'press'],
      notes: 'Prefers the front row.',
    });
    expect((await list('tag=vip')).items.map((item) => item.email)).toEqual(['grace@example.com']);
    expect((await list('tag=press&q=grace')).total).toBe(1);
    expect((await list('tag=vip&q=alan')).total).toBe(0);
    const bad = await call('PATCH', `/api/admin/customers/${id}`, 'box_office', {
      tags: ['not a tag!'],
    });
    expect(bad.statusCode).toBe(400);
    const unknown = await call(
      'PATCH',
      `/api/admin/customers/${customerId('ghost@example.com')}`,
      'box_office',
      { tags: ['vip'] },
    );
    expect(unknown.statusCode).toBe(404);
  });

  describe('as CSV', () => {
    const rowsOf = (body: string) =>
      body
        .replace(/^\uFEFF/, '')
        .trimEnd()
        .split('\r\n');

    it('exports every customer matching the filters, past one page, as an attachment', async () => {
      const response = await call(
        'GET',
        '/api/admin/customers?sort=name_asc&limit=1&format=csv',
        'box_office',
      );
      expect(response.statusCode, response.body).toBe(200);
      expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
      expect(response.headers['content-disposition']).toMatch(
        /^attachment; filename="customers-\d{4}-\d{2}-\d{2}\.csv"$/,
      );
      expect(response.headers['x-total-count']).toBe('3');
      expect(response.body.startsWith('\uFEFF')).toBe(true);
      const [header, ...rows] = rowsOf(response.body);
      expect(header).toBe('name,email,phone,tags,has_account,bookings,no_shows,last_performance');
      expect(rows.map((row) => row.split(',').slice(0, 7))).toEqual([
        ['Ada L.', 'ada@example.com', '', '', 'true', '2', '1'],
        ['Alan Turing', 'alan@example.com', '', '', 'false', '1', '0'],
        ['Grace Hopper', 'grace@example.com', "'+33 6 11 22 33 44", 'vip press', 'false', '1', '0'],
      ]);
      expect(rows[0]!.split(',')[7]).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);
    });

    it('applies the search and the tag, and answers Accept: text/csv', async () => {
      const tagged = await app.inject({
        method: 'GET',
        url: '/api/admin/customers?tag=vip',
        headers: { authorization: auth.manager!, accept: 'text/csv' },
      });
      expect(tagged.headers['content-type']).toBe('text/csv; charset=utf-8');
      expect(
        rowsOf(tagged.body)
          .slice(1)
          .map((row) => row.split(',')[1]),
      ).toEqual(['grace@example.com']);
      const searched = await call('GET', '/api/admin/customers?q=lovelace&format=csv', 'admin');
      expect(
        rowsOf(searched.body)
          .slice(1)
          .map((row) => row.split(',')[1]),
      ).toEqual(['ada@example.com']);
    });

    it('is refused to those who cannot list', async () => {
      expect((await call('GET', '/api/admin/customers?format=csv')).statusCode).toBe(401);
      for (const role of ['door', 'kitchen']) {
        const response = await call('GET', '/api/admin/customers?format=csv', role);
        expect(response.statusCode, role).toBe(403);
        expect(response.headers['content-type']).not.toContain('text/csv');
      }
    });
  });

  it('shows a profile with bookings, no-shows and the account’s latest consents', async () => {
    const response = await call(
      'GET',
      `/api/admin/customers/${customerId('ada@example.com')}`,
      'box_office',
    );
    expect(response.statusCode, response.body).toBe(200);
    const profile = response.json<CustomerProfile>();
    expect(profile).toMatchObject({ bookingCount: 2, noShowCount: 1, cancelledCount: 0 });
    expect(profile.bookings.map((booking) => booking.id)).toEqual([
      bookings.adaNext,
      bookings.adaPast,
    ]);
    expect(profile.consents.map((c) => [c.kind, c.granted, c.wordingVersion])).toEqual([
      ['marketing_email', false, 'v2'],
      ['terms', true, 'v1'],
    ]);
    const malformed = await call('GET', '/api/admin/customers/ada@example.com', 'box_office');
    expect(malformed.statusCode).toBe(400);
  });

  it('exports for admins and managers only', async () => {
    const url = `/api/admin/customers/${customerId('grace@example.com')}/export`;
    expect((await call('GET', url, 'box_office')).statusCode).toBe(403);
    const response = await call('GET', url, 'manager');
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toMatchObject({
      format: 'ladiva-customer-export/1',
      profile: { email: 'grace@example.com', tags: ['vip', 'press'] },
      bookings: [{ id: bookings.grace, contactPhone: '+33 6 11 22 33 44' }],
    });
  });

  describe('erasure', () => {
    const adaId = customerId('ada@example.com');
    const erase = (as: string) => call('POST', `/api/admin/customers/${adaId}/erase`, as);

    it('is for admins only', async () => {
      expect((await erase('box_office')).statusCode).toBe(403);
      expect((await erase('manager')).statusCode).toBe(403);
    });

    it('waits until no booking holds places for a performance to come', async () => {
      const response = await erase('admin');
      expect(response.statusCode).toBe(409);
      expect(response.json().details).toMatchObject({ reason: 'upcoming_bookings' });
    });

    it('tombstones the account and strips the bookings of the person; the accounts stay', async () => {
      await call('POST', `/api/admin/bookings/${bookings.adaNext}/notes`, 'box_office', {
        body: 'Allergic to nuts',
      });
      await call('PATCH', `/api/admin/customers/${adaId}`, 'box_office', { tags: ['vip'] });
      expect(
        (await call('POST', `/api/admin/bookings/${bookings.adaNext}/cancel`, 'admin')).statusCode,
      ).toBe(200);
      const response = await erase('admin');
      expect(response.statusCode, response.body).toBe(204);

      expect((await call('GET', `/api/admin/customers/${adaId}`, 'admin')).statusCode).toBe(404);
      expect((await list('q=lovelace')).total).toBe(0);
      const { rows } = await database.owner.query(
        `select contact_name, contact_email, contact_phone, guest_details, occasion, total_cents,
                status
           from bookings where id = any($1) order by created_at`,
        [[bookings.adaPast, bookings.adaNext]],
      );
      expect(rows).toHaveLength(2);
      for (const row of rows) {
        expect(row).toMatchObject({ contact_name: 'Erased', contact_phone: null, occasion: null });
        expect(row.contact_email).toMatch(/^erased-[0-9a-f]{24}@erased\.invalid$/);
        expect(row.guest_details).toEqual([]);
        expect(row.total_cents).toBe(20000);
      }
      expect(rows.map((row) => row.status)).toEqual(['no_show', 'cancelled']);
      const account = await database.owner.query(
        'select email, erased_at, password_hash from users where id = $1',
        [ada.id],
      );
      expect(account.rows[0].erased_at).not.toBeNull();
      expect(account.rows[0].password_hash).toBeNull();
      expect(account.rows[0].email).toMatch(/@erased\.invalid$/);
      const leftovers = await database.owner.query(
        `select (select count(*) from booking_notes where booking_id = any($1))::int as notes,
                (select count(*) from customer_profiles where customer_id = $2)::int as profiles,
                (select count(*) from booking_events where booking_id = any($1))::int as events`,
        [[bookings.adaPast, bookings.adaNext], adaId],
      );
      expect(leftovers.rows[0]).toMatchObject({ notes: 0, profiles: 0 });
      expect(leftovers.rows[0].events).toBeGreaterThan(0);
      const audit = await database.owner.query(
        `select action from audit_log where target_id in ($1, $2) order by id`,
        [adaId, ada.id],
      );
      expect(audit.rows.map((row) => row.action)).toEqual([
        'privacy.account.erased',
        'privacy.customer.erased',
      ]);
    });
  });
});
