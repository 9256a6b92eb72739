// The back office's catalogue over HTTP against a real PostgreSQL: shows, formulas and prices,
// extras, sales rules, zones and tables, with the roles of #4 (box office reads but never changes
// prices or the layout; kitchen and door get nothing) and the database saying no again.
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
import { withRequestContext } from '../../db/request-context.ts';
import type { StaffRole } from '../../db/request-context.ts';

describe('the back office catalogue API', () => {
  let database: TestDatabase;
  let app: App;
  const auth: Record<string, string> = {};
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    database = await createTestDatabase();
    const notifications = await createTestNotifications(database);
    const identity = await createTestIdentity(database, notifications);
    app = await buildTestApp(database, { notifications, identity });
    const roles: StaffRole[] = ['admin', 'manager', 'box_office', 'door', 'kitchen'];
    for (const role of roles) {
      const user = await createUser(database, { email: `${role}@example.com`, roles: [role] });
      ids[role] = user.id;
      auth[role] = (await accessTokenFor(database, identity, user, 'aal2')).authorization;
    }
    const admin1 = await createUser(database, { email: 'admin1@example.com', roles: ['admin'] });
    auth.admin_aal1 = (await accessTokenFor(database, identity, admin1, 'aal1')).authorization;
  });
  afterAll(async () => {
    await app?.close();
    await database?.close();
  });

  const call = (
    method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE',
    url: string,
    as: string,
    body?: object,
  ) =>
    app.inject({
      method,
      url,
      headers: { authorization: auth[as]! },
      ...(body ? { payload: body } : {}),
    });
  const fieldsOf = (res: { json(): unknown }) =>
    (
      (res.json() as { details?: { fields?: { path: string; code: string }[] } }).details?.fields ??
      []
    ).map((f) => f.path);

  const show = {
    slug: 'paillettes',
    titleFr: 'Paillettes',
    titleEn: 'Sequins',
    descriptionFr: 'La revue',
    durationMinutes: 110,
    imagePath: 'posters/2025/paillettes.webp',
  };

  describe('shows', () => {
    it('creates, reads, lists with a text filter and pages, and changes a show', async () => {
      const created = await call('POST', '/api/admin/shows', 'manager', show);
      expect(created.statusCode, created.body).toBe(201);
      const id = created.json<{ id: string }>().id;
      expect(created.json()).toMatchObject({ ...show, descriptionEn: '', upcomingPerformances: 0 });
      for (let i = 0; i < 3; i++) {
        const res = await call('POST', '/api/admin/shows', 'admin', {
          ...show,
          slug: `autre-${i}`,
          titleFr: `Autre ${i}`,
          imagePath: null,
        });
        expect(res.statusCode).toBe(201);
      }

      const all = await call('GET', '/api/admin/shows?limit=2', 'box_office');
      expect(all.statusCode).toBe(200);
      expect(all.json()).toMatchObject({ total: 4, limit: 2, offset: 0 });
      expect(all.json<{ items: unknown[] }>().items).toHaveLength(2);
      const found = await call('GET', '/api/admin/shows?q=PAILLET', 'box_office');
      expect(found.json<{ items: { id: string }[]; total: number }>()).toMatchObject({
        total: 1,
        items: [{ id }],
      });
      expect((await call('GET', '/api/admin/shows?q=50%25', 'admin')).json()).toMatchObject({
        total: 0,
      });

      const updated = await call('PATCH', `/api/admin/shows/${id}`, 'admin', {
        titleEn: 'Glitter',
        imagePath: null,
      });
      expect(updated.statusCode, updated.body).toBe(200);
      expect(updated.json()).toMatchObject({
        titleEn: 'Glitter',
        imagePath: null,
        titleFr: 'Paillettes',
      });
      const read = await call('GET', `/api/admin/shows/${id}`, 'box_office');
      expect(read.json()).toMatchObject({ titleEn: 'Glitter' });
      const { rows } = await database.owner.query(
        `select action, target_id from audit_log where action like 'catalogue.show.%' order by id`,
      );
      expect(rows.map((r) => r.action)).toContain('catalogue.show.updated');
    });

    it('refuses bad input with the failing fields, a taken slug with 409, an unknown id with 404', async () => {
      const bad = await call('POST', '/api/admin/shows', 'admin', {
        ...show,
        slug: 'Pas Bon',
        imagePath: '../../etc/passwd',
        durationMinutes: 0,
        extra: true,
      });
      expect(bad.statusCode).toBe(400);
      expect(bad.json()).toMatchObject({ code: 'VALIDATION_FAILED' });
      expect(fieldsOf(bad)).toEqual(
        expect.arrayContaining([
          'body.slug',
          'body.imagePath',
          'body.durationMinutes',
          'body.extra',
        ]),
      );
      const taken = await call('POST', '/api/admin/shows', 'admin', show);
      expect(taken.statusCode).toBe(409);
      expect(fieldsOf(taken)).toEqual(['body.slug']);
      const empty = await call('PATCH', `/api/admin/shows/${crypto.randomUUID()}`, 'admin', {});
      expect(empty.statusCode).toBe(400);
      const missing = await call('PATCH', `/api/admin/shows/${crypto.randomUUID()}`, 'admin', {
        titleFr: 'x',
      });
      expect(missing.statusCode).toBe(404);
      expect((await call('GET', '/api/admin/shows/not-a-uuid', 'admin')).statusCode).toBe(400);
    });

    it('lets box office read but not write; kitchen and door get nothing; aal1 needs a second factor', async () => {
      expect(
        (await call('POST', '/api/admin/shows', 'box_office', { ...show, slug: 'bo' })).statusCode,
      ).toBe(403);
      expect(
        (await call('POST', '/api/admin/shows', 'door', { ...show, slug: 'door' })).statusCode,
      ).toBe(403);
      expect((await call('GET', '/api/admin/shows', 'kitchen')).statusCode).toBe(403);
      const aal1 = await call('POST', '/api/admin/shows', 'admin_aal1', { ...show, slug: 'aal1' });
      expect(aal1.json()).toMatchObject({ code: 'MFA_REQUIRED' });
      expect((await app.inject({ url: '/api/admin/shows' })).statusCode).toBe(401);
    });
  });

  describe('formulas, prices, extras and sales rules', () => {
    let zoneId: string;
    let formulaId: string;

    beforeAll(async () => {
      const zone = await call('POST', '/api/admin/zones', 'admin', {
        code: 'carre-or',
        nameFr: 'Carré Or',
        nameEn: 'Golden Square',
      });
      expect(zone.statusCode, zone.body).toBe(201);
      zoneId = zone.json<{ id: string }>().id;
    });

    const menu = {
      starter: [
        { code: 'foie-gras', fr: 'Foie gras', en: 'Foie gras' },
        { code: 'veloute', fr: 'Velouté', en: 'Soup' },
      ],
      main: [{ code: 'veggie', fr: 'Risotto', en: 'Risotto' }],
    };

    it('creates and changes a formula with its menu, and refuses a malformed menu', async () => {
      const created = await call('POST', '/api/admin/formulas', 'manager', {
        code: 'diner-spectacle',
        nameFr: 'Dîner spectacle',
        nameEn: 'Dinner show',
        arrivalMinutesBefore: 90,
        menu,
      });
      expect(created.statusCode, created.body).toBe(201);
      expect(created.json()).toMatchObject({ menu, prices: [], arrivalMinutesBefore: 90 });
      formulaId = created.json<{ id: string }>().id;

      const bad = await call('POST', '/api/admin/formulas', 'admin', {
        code: 'Bad Code',
        nameFr: 'x',
        nameEn: 'x',
        menu: { starter: [{ code: 'a', fr: 'A' }], main: [] },
      });
      expect(bad.statusCode).toBe(400);
      expect(fieldsOf(bad)).toEqual(expect.arrayContaining(['body.code']));
      expect(fieldsOf(bad).some((p) => p.startsWith('body.menu'))).toBe(true);
      const duplicateChoices = await call('PATCH', `/api/admin/formulas/${formulaId}`, 'admin', {
        menu: { main: [menu.main[0], menu.main[0]] },
      });
      expect(duplicateChoices.statusCode).toBe(400);

      const updated = await call('PATCH', `/api/admin/formulas/${formulaId}`, 'admin', {
        nameEn: 'Dinner and show',
        menu: { main: menu.main },
      });
      expect(updated.statusCode, updated.body).toBe(200);
      expect(updated.json()).toMatchObject({
        nameEn: 'Dinner and show',
        menu: { main: menu.main },
      });
      const list = await call('GET', '/api/admin/formulas', 'box_office');
      expect(list.json()).toMatchObject({ total: 1, items: [{ id: formulaId }] });
    });

    it('sets and removes a price per zone; box office cannot change prices (403), nor can kitchen', async () => {
      const set = await call(
        'PUT',
        `/api/admin/formulas/${formulaId}/prices/${zoneId}`,
        'manager',
        {
          priceCents: 12_500,
        },
      );
      expect(set.statusCode, set.body).toBe(200);
      expect(set.json()).toMatchObject({ prices: [{ zoneId, priceCents: 12_500 }] });

      for (const role of ['box_office', 'kitchen', 'door']) {
        const denied = await call(
          'PUT',
          `/api/admin/formulas/${formulaId}/prices/${zoneId}`,
          role,
          {
            priceCents: 1,
          },
        );
        expect(denied.statusCode).toBe(403);
        expect(
          (await call('DELETE', `/api/admin/formulas/${formulaId}/prices/${zoneId}`, role))
            .statusCode,
        ).toBe(403);
      }
      const { rows } = await database.owner.query(
        'select price_cents from formula_prices where formula_id = $1',
        [formulaId],
      );
      expect(rows).toEqual([{ price_cents: 12_500 }]);

      const negative = await call(
        'PUT',
        `/api/admin/formulas/${formulaId}/prices/${zoneId}`,
        'admin',
        {
          priceCents: -1,
        },
      );
      expect(negative.statusCode).toBe(400);
      const noZone = await call(
        'PUT',
        `/api/admin/formulas/${formulaId}/prices/${crypto.randomUUID()}`,
        'admin',
        { priceCents: 100 },
      );
      expect(noZone.statusCode).toBe(404);

      const removed = await call(
        'DELETE',
        `/api/admin/formulas/${formulaId}/prices/${zoneId}`,
        'admin',
      );
      expect(removed.json()).toMatchObject({ prices: [] });
      expect(
        (await call('DELETE', `/api/admin/formulas/${formulaId}/prices/${zoneId}`, 'admin'))
          .statusCode,
      ).toBe(404);
    });

    it('the database refuses a price change from box office even if a route forgot its check', async () => {
      const claims = {
        role: 'authenticated' as const,
        sub: ids.box_office!,
        roles: ['box_office' as const],
        aal: 'aal2' as const,
      };
      const changed = await withRequestContext(database.db, claims, async (tx) =>
        Number(
          (await sql`update formula_prices set price_cents = 1`.execute(tx)).numAffectedRows ?? 0n,
        ),
      );
      expect(changed).toBe(0);
      await expect(
        withRequestContext(database.db, claims, (tx) =>
          sql`insert into formula_prices (formula_id, zone_id, price_cents) values (${formulaId}, ${zoneId}, 1)`.execute(
            tx,
          ),
        ),
      ).rejects.toMatchObject({ code: '42501' });
    });

    it('creates and changes extras; reads and changes the sales rules', async () => {
      const extra = await call('POST', '/api/admin/extras', 'admin', {
        code: 'champagne',
        nameFr: 'Bouteille de champagne',
        nameEn: 'Bottle of champagne',
        priceCents: 9_000,
      });
      expect(extra.statusCode, extra.body).toBe(201);
      const extraId = extra.json<{ id: string }>().id;
      const changed = await call('PATCH', `/api/admin/extras/${extraId}`, 'manager', {
        priceCents: 9_500,
      });
      expect(changed.json()).toMatchObject({ priceCents: 9_500, sort: 0 });
      expect(
        (
          await call('POST', '/api/admin/extras', 'box_office', {
            code: 'x',
            nameFr: 'x',
            nameEn: 'x',
            priceCents: 1,
          })
        ).statusCode,
      ).toBe(403);
      expect((await call('GET', '/api/admin/extras', 'box_office')).json()).toMatchObject({
        total: 1,
      });

      const rules = await call('GET', '/api/admin/sales-rules', 'box_office');
      expect(rules.json()).toMatchObject({ holdMinutes: 10, maxParty: 12 });
      const updated = await call('PATCH', '/api/admin/sales-rules', 'manager', {
        maxParty: 20,
        cancellationDeadlineHours: 24,
        cancellationFeeCents: 1_000,
      });
      expect(updated.statusCode, updated.body).toBe(200);
      expect(updated.json()).toMatchObject({
        maxParty: 20,
        cancellationDeadlineHours: 24,
        cancellationFeeCents: 1_000,
      });
      expect(
        (await call('PATCH', '/api/admin/sales-rules', 'admin', { holdMinutes: 0 })).statusCode,
      ).toBe(400);
      expect(
        (await call('PATCH', '/api/admin/sales-rules', 'box_office', { maxParty: 99 })).statusCode,
      ).toBe(403);
    });
  });

  describe('the venue layout', () => {
    let zoneId: string;
    let otherZoneId: string;
    type Table = { id: string; label: string; neighbourIds: string[]; x: number; seats: number };
    const tablesOf = async (zone: string) => {
      const res = await call('GET', '/api/admin/zones?limit=200', 'box_office');
      const z = res
        .json<{ items: { id: string; seats: number; tables: Table[] }[] }>()
        .items.find((i) => i.id === zone)!;
      return { seats: z.seats, tables: Object.fromEntries(z.tables.map((t) => [t.label, t])) };
    };

    beforeAll(async () => {
      zoneId = (
        await call('POST', '/api/admin/zones', 'admin', {
          code: 'salle',
          nameFr: 'Salle',
          nameEn: 'Room',
        })
      ).json<{ id: string }>().id;
      otherZoneId = (
        await call('POST', '/api/admin/zones', 'admin', {
          code: 'bar',
          nameFr: 'Bar',
          nameEn: 'Bar',
        })
      ).json<{ id: string }>().id;
    });

    it('changes a zone, and refuses a taken code', async () => {
      const res = await call('PATCH', `/api/admin/zones/${zoneId}`, 'manager', {
        nameEn: 'Main room',
        sort: 2,
      });
      expect(res.json()).toMatchObject({ nameEn: 'Main room', sort: 2, tables: [] });
      expect(
        (await call('PATCH', `/api/admin/zones/${zoneId}`, 'manager', { code: 'bar' })).statusCode,
      ).toBe(409);
      expect(
        (
          await call('POST', '/api/admin/zones', 'box_office', {
            code: 'x',
            nameFr: 'x',
            nameEn: 'x',
          })
        ).statusCode,
      ).toBe(403);
    });

    it('adds tables with links kept symmetric and within the zone, and changes them', async () => {
      const t1 = await call('POST', '/api/admin/tables', 'admin', {
        zoneId,
        label: 'T1',
        seats: 4,
        x: 100,
        y: 200,
      });
      expect(t1.statusCode, t1.body).toBe(201);
      const t1Id = t1.json<{ id: string }>().id;
      const t2 = await call('POST', '/api/admin/tables', 'admin', {
        zoneId,
        label: 'T2',
        seats: 4,
        shape: 'square',
        neighbourIds: [t1Id],
      });
      expect(t2.statusCode, t2.body).toBe(201);
      const t2Id = t2.json<{ id: string }>().id;
      expect(t2.json()).toMatchObject({ neighbourIds: [t1Id], shape: 'square' });
      let plan = await tablesOf(zoneId);
      expect(plan.tables.T1!.neighbourIds).toEqual([t2Id]);
      expect(plan.seats).toBe(8);

      const bar = await call('POST', '/api/admin/tables', 'admin', {
        zoneId: otherZoneId,
        label: 'B1',
        seats: 10,
        shared: true,
      });
      const crossZone = await call('PATCH', `/api/admin/tables/${t1Id}`, 'admin', {
        neighbourIds: [bar.json<{ id: string }>().id],
      });
      expect(crossZone.statusCode).toBe(400);
      expect(crossZone.json()).toMatchObject({ code: 'VALIDATION_FAILED' });
      expect(
        (await call('PATCH', `/api/admin/tables/${t1Id}`, 'admin', { neighbourIds: [t1Id] }))
          .statusCode,
      ).toBe(400);
      expect(
        (await call('POST', '/api/admin/tables', 'admin', { zoneId, label: 'T1', seats: 2 }))
          .statusCode,
      ).toBe(400);
      expect(
        (await call('POST', '/api/admin/tables', 'admin', { zoneId, label: 'T9', seats: 21 }))
          .statusCode,
      ).toBe(400);
      expect(
        (
          await call('POST', '/api/admin/tables', 'admin', {
            zoneId: crypto.randomUUID(),
            label: 'T9',
            seats: 2,
          })
        ).statusCode,
      ).toBe(404);

      const unlinked = await call('PATCH', `/api/admin/tables/${t1Id}`, 'manager', {
        neighbourIds: [],
        x: 150,
      });
      expect(unlinked.json()).toMatchObject({ neighbourIds: [], x: 150 });
      plan = await tablesOf(zoneId);
      expect(plan.tables.T2!.neighbourIds).toEqual([]);

      expect(
        (await call('PATCH', `/api/admin/tables/${t1Id}`, 'box_office', { x: 1 })).statusCode,
      ).toBe(403);
      expect((await call('DELETE', `/api/admin/tables/${t1Id}`, 'door')).statusCode).toBe(403);
    });

    it('saves a whole floor plan in one transaction: adds, swaps labels, links, removes', async () => {
      const before = await tablesOf(zoneId);
      const t1 = before.tables.T1!;
      const t2 = before.tables.T2!;
      const res = await call('PUT', '/api/admin/layout', 'manager', {
        zones: [
          {
            zoneId,
            tables: [
              { id: t1.id, label: 'T2', seats: 4, neighbours: ['new:a'] },
              { key: 'new:a', label: 'T3', seats: 6, x: 300, neighbours: ['new:b'] },
              { key: 'new:b', label: 'T4', seats: 2, x: 400 },
            ],
          },
        ],
      });
      expect(res.statusCode, res.body).toBe(200);
      const result = res.json<{
        created: Record<string, string>;
        removed: number;
        zones: { seats: number }[];
      }>();
      expect(result.removed).toBe(1);
      expect(result.zones[0]!.seats).toBe(12);
      const after = await tablesOf(zoneId);
      expect(Object.keys(after.tables).sort()).toEqual(['T2', 'T3', 'T4']);
      expect(after.tables.T2!.id).toBe(t1.id);
      const a = result.created['new:a']!;
      const b = result.created['new:b']!;
      expect(after.tables.T2!.neighbourIds).toEqual([a]);
      expect(after.tables.T3!.neighbourIds).toEqual([t1.id, b].sort());
      expect(after.tables.T4!.neighbourIds).toEqual([a]);
      const { rows } = await database.owner.query('select 1 from venue_tables where id = $1', [
        t2.id,
      ]);
      expect(rows).toHaveLength(0);

      // An inconsistent plan writes nothing.
      const bad = await call('PUT', '/api/admin/layout', 'admin', {
        zones: [
          { zoneId, tables: [{ id: t1.id, label: 'T2', seats: 4, neighbours: ['new:ghost'] }] },
        ],
      });
      expect(bad.statusCode).toBe(400);
      expect(fieldsOf(bad)).toEqual(['body.zones.0.tables.0.neighbours.0']);
      expect(Object.keys((await tablesOf(zoneId)).tables).sort()).toEqual(['T2', 'T3', 'T4']);
      expect(
        (await call('PUT', '/api/admin/layout', 'box_office', { zones: [{ zoneId, tables: [] }] }))
          .statusCode,
      ).toBe(403);
    });

    it('removes an unused table and unlinks it; refuses a table a booking sat at (TABLE_IN_USE)', async () => {
      const { tables } = await tablesOf(zoneId);
      const removed = await call('DELETE', `/api/admin/tables/${tables.T4!.id}`, 'admin');
      expect(removed.statusCode, removed.body).toBe(204);
      expect((await tablesOf(zoneId)).tables.T3!.neighbourIds).toEqual([tables.T2!.id]);

      // A party sat at T2 once.
      const q = (text: string, values: unknown[]) =>
        database.owner.query<{ id: string }>(text, values);
      const showId = (
        await q(
          `insert into shows (slug, title_fr, title_en, duration_minutes) values ('s', 's', 's', 60) returning id`,
          [],
        )
      ).rows[0]!.id;
      const perf = (
        await q(
          `insert into performances (show_id, starts_at, doors_at) values ($1, now() + interval '1 day', now()) returning id`,
          [showId],
        )
      ).rows[0]!.id;
      const booking = (
        await q(
          `insert into bookings (reference, performance_id, party_size, expires_at, total_cents) values ('ABCDEFGH', $1, 2, now(), 0) returning id`,
          [perf],
        )
      ).rows[0]!.id;
      await q(
        `insert into booking_tables (booking_id, performance_id, table_id, guests) values ($1, $2, $3, 2)`,
        [booking, perf, tables.T2!.id],
      );

      const inUse = await call('DELETE', `/api/admin/tables/${tables.T2!.id}`, 'admin');
      expect(inUse.statusCode).toBe(409);
      expect(inUse.json()).toMatchObject({ code: 'TABLE_IN_USE' });
      const viaLayout = await call('PUT', '/api/admin/layout', 'admin', {
        zones: [{ zoneId, tables: [] }],
      });
      expect(viaLayout.json()).toMatchObject({ code: 'TABLE_IN_USE' });
      expect(Object.keys((await tablesOf(zoneId)).tables).sort()).toEqual(['T2', 'T3']);
    });

    it('the removal function refuses anyone but admins and managers with a second factor', async () => {
      const { tables } = await tablesOf(zoneId);
      for (const [role, aal] of [
        ['box_office', 'aal2'],
        ['admin', 'aal1'],
      ] as const) {
        const claims = { role: 'authenticated' as const, sub: ids[role]!, roles: [role], aal };
        await expect(
          withRequestContext(database.db, claims, (tx) =>
            sql`select public.remove_venue_tables(${[tables.T3!.id]}::uuid[])`.execute(tx),
          ),
        ).rejects.toMatchObject({ code: '42501' });
      }
    });
  });
});
