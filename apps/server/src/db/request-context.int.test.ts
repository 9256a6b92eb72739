import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../test/test-database.ts';
import { withRequestContext, withServiceContext, type RequestClaims } from './request-context.ts';

const staff: RequestClaims = {
  role: 'authenticated',
  sub: '6f1c2f7e-52d5-4a1e-9a77-2d1b0b7f1a10',
  roles: ['door', 'kitchen'],
  aal: 'aal2',
  session_id: 's1',
};

describe('withRequestContext', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    // One connection, so every transaction below reuses the same pooled session.
    database = await createTestDatabase({ poolSize: 1 });
  });
  afterAll(() => database.close());

  const whoAmI = sql<{
    user: string;
    uid: string | null;
    role: string;
    aal: string;
    door: boolean;
    admin: boolean;
  }>`select current_user as user, auth.uid() as uid, auth.role() as role, auth.aal() as aal,
            auth.has_role('door') as door, auth.has_role('admin') as admin`;

  it('sets the role and publishes the claims to SQL', async () => {
    const row = await withRequestContext(
      database.db,
      staff,
      async (tx) => (await whoAmI.execute(tx)).rows[0],
    );
    expect(row).toEqual({
      user: 'authenticated',
      uid: staff.role === 'authenticated' ? staff.sub : null,
      role: 'authenticated',
      aal: 'aal2',
      door: true,
      admin: false,
    });
  });

  it('is anonymous for anonymous claims', async () => {
    const row = await withRequestContext(
      database.db,
      { role: 'anon' },
      async (tx) => (await whoAmI.execute(tx)).rows[0],
    );
    expect(row).toMatchObject({ user: 'anon', uid: null, role: 'anon', door: false });
  });

  it('leaks nothing to the next user of the pooled connection', async () => {
    await withRequestContext(database.db, staff, async () => undefined);
    const { rows } = await database.pool.query<{ user: string; claims: string }>(
      `select current_user as user, coalesce(current_setting('request.jwt.claims', true), '') as claims`,
    );
    expect(rows[0]).toEqual({ user: 'ladiva_api', claims: '' });
    const row = await withServiceContext(
      database.db,
      async (tx) => (await whoAmI.execute(tx)).rows[0],
    );
    expect(row).toMatchObject({ user: 'service_role', uid: null, door: false });
  });

  it('rolls back everything when the callback fails', async () => {
    await expect(
      withServiceContext(database.db, async (tx) => {
        await tx.updateTable('venueSettings').set({ name: 'Half done' }).execute();
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    const row = await withServiceContext(database.db, (tx) =>
      tx.selectFrom('venueSettings').select('name').executeTakeFirstOrThrow(),
    );
    expect(row.name).toBe('La Diva Cabaret');
  });

  it('treats a non-uuid subject as no user rather than failing', async () => {
    const claims = { ...staff, sub: 'not-a-uuid' } as RequestClaims;
    const row = await withRequestContext(
      database.db,
      claims,
      async (tx) => (await whoAmI.execute(tx)).rows[0],
    );
    expect(row?.uid).toBeNull();
  });
});
