// What the policies and grants of migration 0005 allow and deny, policy by policy.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../test/test-database.ts';
import {
  withRequestContext,
  withServiceContext,
  type RequestClaims,
  type StaffRole,
} from '../../db/request-context.ts';

describe('accounts, sessions and refresh tokens under RLS', () => {
  let database: TestDatabase;
  let alice: string;
  let bob: string;
  let aliceSession: string;
  let bobSession: string;

  const user = (sub: string, roles: StaffRole[] = [], aal: 'aal1' | 'aal2' = 'aal1') =>
    ({ role: 'authenticated', sub, roles, aal }) satisfies RequestClaims;
  const as = <T>(claims: RequestClaims, query: string) =>
    withRequestContext(
      database.db,
      claims,
      async (tx) => (await sql.raw<T>(query).execute(tx)).rows,
    );

  beforeAll(async () => {
    database = await createTestDatabase();
    const { rows } = await database.owner.query<{ id: string }>(
      `insert into public.users (email, password_hash, roles)
       values ('alice@example.com', '$argon2id$v=19$m=19456,t=2,p=1$c2FsdA$aGFzaA', '{}'),
              ('bob@example.com', null, '{admin}')
       returning id`,
    );
    [alice, bob] = rows.map((r) => r.id) as [string, string];
    const sessions = await database.owner.query<{ id: string }>(
      `insert into public.sessions (user_id) values ($1), ($2) returning id`,
      [alice, bob],
    );
    [aliceSession, bobSession] = sessions.rows.map((r) => r.id) as [string, string];
    await database.owner.query(
      `insert into public.refresh_tokens (session_id, family_id, token_hash)
       values ($1, gen_random_uuid(), sha256('t1'))`,
      [aliceSession],
    );
  });
  afterAll(() => database.close());

  const publicColumns = 'id, email, locale, display_name, roles, disabled_at';

  describe('"users read their own account"', () => {
    it('shows a user their own row only', async () => {
      const rows = await as<{ id: string }>(
        user(alice),
        `select ${publicColumns} from public.users`,
      );
      expect(rows.map((r) => r.id)).toEqual([alice]);
    });
    it('shows nothing to a subject that is not a user', async () => {
      const rows = await as(
        user('00000000-0000-4000-8000-000000000000'),
        'select id from public.users',
      );
      expect(rows).toEqual([]);
    });
  });

  describe('"admins with a second factor read every account"', () => {
    it('shows every account to an admin at aal2', async () => {
      const rows = await as<{ id: string }>(
        user(bob, ['admin'], 'aal2'),
        'select id from public.users',
      );
      expect(rows.map((r) => r.id).sort()).toEqual([alice, bob].sort());
    });
    it('not to an admin without the second factor, nor to other staff at aal2', async () => {
      expect(await as(user(bob, ['admin'], 'aal1'), 'select id from public.users')).toEqual([
        { id: bob },
      ]);
      expect(
        await as(user(alice, ['manager', 'box_office'], 'aal2'), 'select id from public.users'),
      ).toEqual([{ id: alice }]);
    });
  });

  describe('"users read their own sessions"', () => {
    it('shows a user their sessions and not another’s (admins at aal2 see every one)', async () => {
      expect(await as(user(alice), 'select id from public.sessions')).toEqual([
        { id: aliceSession },
      ]);
      expect(await as(user(bob, ['admin'], 'aal1'), 'select id from public.sessions')).toEqual([
        { id: bobSession },
      ]);
      expect(
        await as(user(bob, ['admin'], 'aal2'), 'select id from public.sessions order by id'),
      ).toHaveLength(2);
    });
    it('lets no request role change a session', async () => {
      await expect(
        as(
          user(alice),
          `update public.sessions set revoked_at = null where id = '${aliceSession}'`,
        ),
      ).rejects.toMatchObject({ code: '42501' });
      await expect(
        as(user(alice), `insert into public.sessions (user_id) values ('${alice}')`),
      ).rejects.toMatchObject({ code: '42501' });
    });
  });

  describe('secrets', () => {
    it('no request role can select a password hash, even its own', async () => {
      for (const claims of [user(alice), user(bob, ['admin'], 'aal2')]) {
        await expect(as(claims, 'select password_hash from public.users')).rejects.toMatchObject({
          code: '42501',
        });
        await expect(as(claims, 'select * from public.users')).rejects.toMatchObject({
          code: '42501',
        });
      }
    });
    it('no request role can read refresh tokens or their hashes', async () => {
      for (const claims of [user(alice), user(bob, ['admin'], 'aal2')]) {
        await expect(
          as(claims, 'select token_hash from public.refresh_tokens'),
        ).rejects.toMatchObject({ code: '42501' });
        await expect(as(claims, 'select id from public.refresh_tokens')).rejects.toMatchObject({
          code: '42501',
        });
      }
    });
    it('no request role can write an account', async () => {
      await expect(
        as(user(alice), `update public.users set roles = '{admin}' where id = '${alice}'`),
      ).rejects.toMatchObject({ code: '42501' });
      await expect(
        as(
          user(bob, ['admin'], 'aal2'),
          `insert into public.users (email) values ('x@example.com')`,
        ),
      ).rejects.toMatchObject({ code: '42501' });
    });
  });

  describe('anon', () => {
    it('sees nothing at all', async () => {
      for (const table of ['users', 'sessions', 'refresh_tokens']) {
        await expect(as({ role: 'anon' }, `select 1 from public.${table}`)).rejects.toMatchObject({
          code: '42501',
        });
      }
    });
  });

  describe('the service role', () => {
    it('reads, creates and updates accounts, sessions and tokens, hashes included', async () => {
      await withServiceContext(database.db, async (tx) => {
        const users = await tx.selectFrom('users').select(['id', 'passwordHash']).execute();
        expect(users).toHaveLength(2);
        const created = await tx
          .insertInto('users')
          .values({ email: 'carol@example.com', roles: ['kitchen'] })
          .returning('id')
          .executeTakeFirstOrThrow();
        const session = await tx
          .insertInto('sessions')
          .values({ userId: created.id })
          .returning('id')
          .executeTakeFirstOrThrow();
        await tx
          .updateTable('sessions')
          .set({ revokedAt: new Date(), revokedReason: 'test' })
          .where('id', '=', session.id)
          .execute();
        const tokens = await tx.selectFrom('refreshTokens').select('tokenHash').execute();
        expect(tokens[0]?.tokenHash).toHaveLength(32);
      });
    });
    it('cannot delete (nothing in the auth service needs it)', async () => {
      await expect(
        withServiceContext(database.db, (tx) => tx.deleteFrom('sessions').execute()),
      ).rejects.toMatchObject({ code: '42501' });
    });
  });

  describe('constraints', () => {
    it('emails are unique whatever their case; roles are staff roles', async () => {
      await expect(
        database.owner.query(`insert into public.users (email) values ('ALICE@example.com')`),
      ).rejects.toMatchObject({ code: '23505' });
      await expect(
        database.owner.query(`insert into public.users (email, roles) values ('d@e.fr', '{root}')`),
      ).rejects.toMatchObject({ code: '23514' });
      await expect(
        database.owner.query(
          `insert into public.users (email, roles) values ('d@e.fr', array[null]::text[])`,
        ),
      ).rejects.toMatchObject({ code: '23514' });
    });
  });
});
