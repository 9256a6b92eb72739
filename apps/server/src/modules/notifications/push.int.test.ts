import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import type { App } from '../../app.ts';
import { withRequestContext } from '../../db/request-context.ts';
import { buildTestApp } from '../../../test/test-app.ts';
import { createTestDatabase, type TestDatabase } from '../../../test/test-database.ts';

const subscription = {
  endpoint: 'https://push.example.com/send/abc123',
  expirationTime: null,
  keys: {
    p256dh:
      'BNcRdreALRFXTkOOUHK1EtK2wtaz5Ry4YfYCA_0QTpQtUbVlUls0VJXg7A8u-Ts1XbjhazAkj7I99e8QcYP7DkM',
    auth: 'tBHItJI5svbpez7KI4CCXg',
  },
  locale: 'en',
};

describe('Web Push subscriptions', () => {
  let database: TestDatabase;
  let app: App;
  beforeAll(async () => {
    database = await createTestDatabase();
    app = await buildTestApp(database);
  });
  afterAll(async () => {
    await app.close();
    await database.close();
  });

  it('gives the VAPID public key to subscribe with', async () => {
    const response = await app.inject({ url: '/api/push/public-key' });
    expect(response.statusCode).toBe(200);
    expect(response.json().publicKey).toMatch(/^[A-Za-z0-9_-]{80,}$/);
  });

  it('registers a device once, and forgets it on request', async () => {
    for (let i = 0; i < 2; i++) {
      const response = await app.inject({
        method: 'POST',
        url: '/api/push/subscriptions',
        payload: subscription,
      });
      expect(response.statusCode).toBe(204);
    }
    const { rows } = await database.owner.query(
      'select locale from push_subscriptions where endpoint = $1',
      [subscription.endpoint],
    );
    expect(rows).toEqual([{ locale: 'en' }]);
    const removed = await app.inject({
      method: 'DELETE',
      url: '/api/push/subscriptions',
      payload: { endpoint: subscription.endpoint },
    });
    expect(removed.statusCode).toBe(204);
    expect((await database.owner.query('select 1 from push_subscriptions')).rows).toEqual([]);
  });

  it('rejects a malformed subscription', async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/api/push/subscriptions',
      payload: { ...subscription, endpoint: 'javascript:alert(1)' },
    });
    expect(response.statusCode).toBe(400);
  });

  describe('policies', () => {
    const register = (claims: Parameters<typeof withRequestContext>[1], endpoint: string) =>
      withRequestContext(database.db, claims, (tx) =>
        sql`select public.register_push_subscription(${endpoint}, 'a', 'b', 'fr')`.execute(tx),
      );

    it('lets anyone register a device, but no request role read or write the table directly', async () => {
      await register({ role: 'anon' }, 'https://push.example.com/x');
      await expect(
        withRequestContext(database.db, { role: 'anon' }, (tx) =>
          tx.selectFrom('pushSubscriptions').selectAll().execute(),
        ),
      ).rejects.toMatchObject({ code: '42501' });
      await expect(
        withRequestContext(database.db, { role: 'anon' }, (tx) =>
          tx
            .insertInto('pushSubscriptions')
            .values({ endpoint: 'https://e.x/1', p256dh: 'a', auth: 'b', userId: null })
            .execute(),
        ),
      ).rejects.toMatchObject({ code: '42501' });
    });

    it("attaches a signed-in user's own id, never another's", async () => {
      const me = '5f8f8d2e-3b3c-4d6e-9a1b-2c3d4e5f6a7b';
      await register(
        { role: 'authenticated', sub: me, roles: [], aal: 'aal1' },
        'https://push.example.com/me',
      );
      const { rows } = await database.owner.query(
        'select user_id from push_subscriptions where endpoint = $1',
        ['https://push.example.com/me'],
      );
      expect(rows).toEqual([{ user_id: me }]);
    });

    it('keeps the notification log and the queue out of reach of request roles', async () => {
      for (const claims of [{ role: 'anon' as const }]) {
        await expect(
          withRequestContext(database.db, claims, (tx) =>
            tx.selectFrom('notifications').selectAll().execute(),
          ),
        ).rejects.toMatchObject({ code: '42501' });
        await expect(
          withRequestContext(database.db, claims, (tx) =>
            sql`select * from graphile_worker.jobs`.execute(tx),
          ),
        ).rejects.toMatchObject({ code: '42501' });
        await expect(
          withRequestContext(database.db, claims, (tx) =>
            sql`select public.resend_notification(gen_random_uuid())`.execute(tx),
          ),
        ).rejects.toMatchObject({ code: '42501' });
      }
    });
  });
});
