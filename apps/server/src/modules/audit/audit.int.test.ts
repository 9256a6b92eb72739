// The audit log against a real database: transactional, unforgeable, append-only, admin-only.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../test/test-database.ts';
import {
  withRequestContext,
  withServiceContext,
  type RequestClaims,
} from '../../db/request-context.ts';
import { audit, listAudit, type AuditEntry } from './audit.ts';

const ADMIN_ID = '0b6f1c1e-3f4a-4c1b-9d6e-1a2b3c4d5e6f';
const OTHER_ID = '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d';
const admin2: RequestClaims = {
  role: 'authenticated',
  sub: ADMIN_ID,
  roles: ['admin'],
  aal: 'aal2',
  session_id: 'session-1',
};
const admin1: RequestClaims = { ...admin2, aal: 'aal1' };
const door: RequestClaims = {
  role: 'authenticated',
  sub: OTHER_ID,
  roles: ['door'],
  aal: 'aal2',
};

describe('audit log', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database.close());

  async function ownerRows(action: string) {
    const { rows } = await database.owner.query<Record<string, unknown>>(
      'select * from public.audit_log where action = $1 order by id',
      [action],
    );
    return rows;
  }

  it('commits with the transaction that wrote it, and vanishes with its rollback', async () => {
    await expect(
      withRequestContext(database.db, admin2, async (tx) => {
        await audit(tx, { action: 'venue.updated', targetType: 'venue', targetId: 'rolled' });
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    expect(await ownerRows('venue.updated')).toEqual([]);

    await withRequestContext(database.db, admin2, (tx) =>
      audit(tx, { action: 'venue.updated', targetType: 'venue', targetId: 'kept' }),
    );
    expect(await ownerRows('venue.updated')).toMatchObject([{ target_id: 'kept' }]);
  });

  it('takes the actor from the role and claims, whatever the caller passes', async () => {
    const forged = { action: 'auth.login.succeeded', actorId: OTHER_ID, actorRole: 'admin' };
    await withRequestContext(database.db, admin2, (tx) =>
      audit(tx, forged as AuditEntry & Record<string, unknown>),
    );
    await withRequestContext(database.db, { role: 'anon' }, (tx) =>
      audit(tx, { action: 'auth.login.failed', ip: '203.0.113.9', userAgent: 'x'.repeat(2000) }),
    );
    // An anonymous session whose claims pretend to be someone: still nobody.
    await database.db.transaction().execute(async (tx) => {
      await sql`select set_config('role', 'anon', true),
                       set_config('request.jwt.claims', ${JSON.stringify({ sub: OTHER_ID, roles: ['admin'] })}, true)`.execute(
        tx,
      );
      await audit(tx, { action: 'auth.login.forged' });
    });
    await withServiceContext(database.db, (tx) => audit(tx, { action: 'auth.session.expired' }));
    await database.serviceDb
      .transaction()
      .execute((tx) => audit(tx, { action: 'auth.session.purged' }));

    expect(await ownerRows('auth.login.succeeded')).toMatchObject([
      {
        actor_id: ADMIN_ID,
        actor_role: 'authenticated',
        actor_roles: ['admin'],
        session_id: 'session-1',
      },
    ]);
    const [failed] = await ownerRows('auth.login.failed');
    expect(failed).toMatchObject({ actor_id: null, actor_role: 'anon', ip: '203.0.113.9' });
    expect((failed?.user_agent as string).length).toBe(512);
    expect(await ownerRows('auth.login.forged')).toMatchObject([
      { actor_id: null, actor_role: 'anon', actor_roles: [], session_id: null },
    ]);
    expect(await ownerRows('auth.session.expired')).toMatchObject([
      { actor_id: null, actor_role: 'service_role' },
    ]);
    expect(await ownerRows('auth.session.purged')).toMatchObject([
      { actor_id: null, actor_role: 'service_role' },
    ]);
  });

  it('never stores secrets in before or after', async () => {
    await withRequestContext(database.db, admin2, (tx) =>
      audit(tx, {
        action: 'user.password_changed',
        before: { email: 'a@b.fr', passwordHash: 'h', mfa: { totpSecret: 's', enabled: true } },
        after: { email: 'a@b.fr', password: 'p', tokens: ['t'] },
      }),
    );
    expect(await ownerRows('user.password_changed')).toMatchObject([
      { before: { email: 'a@b.fr', mfa: { enabled: true } }, after: { email: 'a@b.fr' } },
    ]);
  });

  it('refuses a malformed action', async () => {
    await expect(
      withRequestContext(database.db, admin2, (tx) => audit(tx, { action: 'Drop table' })),
    ).rejects.toMatchObject({ code: '23514' });
  });

  describe('is append-only', () => {
    const contexts = {
      anon: (fn: Parameters<typeof withServiceContext>[1]) =>
        withRequestContext(database.db, { role: 'anon' }, fn),
      'an admin with a second factor': (fn: Parameters<typeof withServiceContext>[1]) =>
        withRequestContext(database.db, admin2, fn),
      'the service role': (fn: Parameters<typeof withServiceContext>[1]) =>
        withServiceContext(database.db, fn),
      'a service-role session': (fn: Parameters<typeof withServiceContext>[1]) =>
        database.serviceDb.transaction().execute(fn),
    };

    for (const [who, run] of Object.entries(contexts)) {
      it(`${who} can neither update, delete nor truncate`, async () => {
        for (const statement of [
          sql`update public.audit_log set action = 'venue.forged'`,
          sql`delete from public.audit_log`,
          sql`truncate public.audit_log`,
        ]) {
          await expect(run((tx) => statement.execute(tx))).rejects.toMatchObject({
            code: '42501',
          });
        }
        expect((await ownerRows('venue.updated')).length).toBe(1);
      });
    }

    it('the trigger refuses even a role that was granted the right by mistake', async () => {
      const client = await database.owner.connect();
      try {
        await client.query('begin');
        await client.query('grant update, delete, truncate on public.audit_log to service_role');
        await client.query(
          'create policy oops on public.audit_log for all to service_role using (true) with check (true)',
        );
        await client.query('set local role service_role');
        for (const statement of [
          "update public.audit_log set action = 'venue.forged'",
          'delete from public.audit_log',
          'truncate public.audit_log',
        ]) {
          await client.query('savepoint attempt');
          await expect(client.query(statement)).rejects.toMatchObject({
            code: '42501',
            message: expect.stringMatching(/append-only/),
          });
          await client.query('rollback to savepoint attempt');
        }
      } finally {
        await client.query('rollback');
        client.release();
      }
    });

    it('the owner still can (retention)', async () => {
      const client = await database.owner.connect();
      try {
        await client.query('begin');
        const { rowCount } = await client.query('delete from public.audit_log');
        expect(rowCount).toBeGreaterThan(0);
      } finally {
        await client.query('rollback');
        client.release();
      }
    });
  });

  describe('reading', () => {
    it('admins with a second factor read, newest first, page by page', async () => {
      const all = await listAudit(database.db, admin2, { limit: 200 });
      expect(all.length).toBe((await database.owner.query('select 1 from audit_log')).rowCount);
      expect(all.length).toBeGreaterThan(3);
      const first = await listAudit(database.db, admin2, { limit: 2 });
      expect(first).toEqual(all.slice(0, 2));
      const last = first.at(-1)!;
      const second = await listAudit(database.db, admin2, {
        limit: 2,
        before: { at: last.at, id: last.id },
      });
      expect(second).toEqual(all.slice(2, 4));
    });

    it('an admin without a second factor and door staff read nothing', async () => {
      expect(await listAudit(database.db, admin1, { limit: 50 })).toEqual([]);
      expect(await listAudit(database.db, door, { limit: 50 })).toEqual([]);
    });

    it('anonymous requests and the service role have no access at all', async () => {
      await expect(listAudit(database.db, { role: 'anon' }, { limit: 5 })).rejects.toMatchObject({
        code: '42501',
      });
      await expect(
        withServiceContext(database.db, (tx) => tx.selectFrom('auditLog').selectAll().execute()),
      ).rejects.toMatchObject({ code: '42501' });
    });
  });
});
