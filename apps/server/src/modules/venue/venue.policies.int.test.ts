// Every policy on venue_settings, proven both ways: what it allows and what it denies.
import type { Kysely } from 'kysely';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '../../db/schema.ts';
import {
  withRequestContext,
  withServiceContext,
  type RequestClaims,
  type StaffRole,
} from '../../db/request-context.ts';
import { createTestDatabase, type TestDatabase } from '../../../test/test-database.ts';

const user = (roles: StaffRole[], aal: 'aal1' | 'aal2' = 'aal2'): RequestClaims => ({
  role: 'authenticated',
  sub: '11111111-2222-4333-8444-555555555555',
  roles,
  aal,
});
const anon: RequestClaims = { role: 'anon' };

type Tx = Kysely<Database>;
const rename = (tx: Tx, name: string) =>
  tx.updateTable('venueSettings').set({ name }).returning('name').execute();
const insert = (tx: Tx) =>
  tx
    .insertInto('venueSettings')
    .values({
      id: false as never,
      name: 'Copy',
      taglineFr: 'a',
      taglineEn: 'b',
      email: null,
      phone: null,
      address: null,
    })
    .execute();
const remove = (tx: Tx) => tx.deleteFrom('venueSettings').execute();
const read = (tx: Tx) => tx.selectFrom('venueSettings').select('name').execute();

describe('venue_settings policies', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database.close());
  beforeEach(async () => {
    await database.owner.query(`update venue_settings set name = 'La Diva Cabaret'`);
  });

  describe('"anyone reads the venue settings"', () => {
    it.each([
      ['anon', anon],
      ['a guest', user([])],
      ['door staff', user(['door'], 'aal1')],
    ])('allows %s to read', async (_who, claims) => {
      expect(await withRequestContext(database.db, claims, read)).toEqual([
        { name: 'La Diva Cabaret' },
      ]);
    });
  });

  describe('"admins with a second factor update the venue settings"', () => {
    it('allows an admin at aal2', async () => {
      expect(
        await withRequestContext(database.db, user(['admin']), (tx) => rename(tx, 'A')),
      ).toEqual([{ name: 'A' }]);
    });

    it.each([
      ['an admin without second factor', user(['admin'], 'aal1')],
      ['a manager', user(['manager'])],
      ['a guest', user([])],
    ])('silently updates nothing for %s', async (_who, claims) => {
      expect(await withRequestContext(database.db, claims, (tx) => rename(tx, 'B'))).toEqual([]);
      const { rows } = await database.owner.query('select name from venue_settings');
      expect(rows).toEqual([{ name: 'La Diva Cabaret' }]);
    });

    it('denies anon outright (no privilege at all)', async () => {
      await expect(
        withRequestContext(database.db, anon, (tx) => rename(tx, 'C')),
      ).rejects.toMatchObject({
        code: '42501',
      });
    });

    it('denies changing a column that is not granted, even to an admin', async () => {
      await expect(
        withRequestContext(database.db, user(['admin']), (tx) =>
          tx.updateTable('venueSettings').set({ currency: 'USD' }).execute(),
        ),
      ).rejects.toMatchObject({ code: '42501' });
    });
  });

  describe('the service role policies', () => {
    it('allow reading and updating', async () => {
      expect(await withServiceContext(database.db, read)).toHaveLength(1);
      expect(await withServiceContext(database.db, (tx) => rename(tx, 'S'))).toEqual([
        { name: 'S' },
      ]);
    });
  });

  describe('no policy inserts or deletes', () => {
    it.each([
      ['anon', anon],
      ['an admin', user(['admin'])],
    ])('denies %s', async (_who, claims) => {
      await expect(withRequestContext(database.db, claims, insert)).rejects.toMatchObject({
        code: '42501',
      });
      await expect(withRequestContext(database.db, claims, remove)).rejects.toMatchObject({
        code: '42501',
      });
    });

    it('denies the service role', async () => {
      await expect(withServiceContext(database.db, insert)).rejects.toMatchObject({
        code: '42501',
      });
      await expect(withServiceContext(database.db, remove)).rejects.toMatchObject({
        code: '42501',
      });
    });
  });
});
