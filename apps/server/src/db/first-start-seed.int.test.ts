import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { silentLogger } from '../../test/test-database.ts';
import { createTestDatabase, type TestDatabase } from '../../test/test-database.ts';
import { seedOnFirstStart } from './first-start-seed.ts';

const countShows = async (database: TestDatabase) =>
  (await database.owner.query<{ n: number }>('select count(*)::int as n from public.shows'))
    .rows[0]!.n;

describe('demo catalogue on first start', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database.close());

  it('seeds a new embedded data folder once, and never an external database', async () => {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'ladiva-seed-'));
    const config = { dataDir, databaseUrl: undefined, seedDemo: true };
    expect(await seedOnFirstStart(config, database.serviceDb, silentLogger)).toBe('seeded');
    const shows = await countShows(database);
    expect(shows).toBeGreaterThanOrEqual(2);
    // The venue empties its catalogue later: the demo does not come back.
    expect(await seedOnFirstStart(config, database.serviceDb, silentLogger)).toBe('already');
    const external = { ...config, databaseUrl: 'postgres://elsewhere/db' };
    expect(await seedOnFirstStart(external, database.serviceDb, silentLogger)).toBe('skipped');
  });

  it('SEED_DEMO=0 leaves a new data folder empty, for good', async () => {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'ladiva-seed-'));
    const fresh = await createTestDatabase();
    try {
      const config = { dataDir, databaseUrl: undefined, seedDemo: false };
      expect(await seedOnFirstStart(config, fresh.serviceDb, silentLogger)).toBe('skipped');
      expect(await countShows(fresh)).toBe(0);
      const later = { ...config, seedDemo: true };
      expect(await seedOnFirstStart(later, fresh.serviceDb, silentLogger)).toBe('already');
    } finally {
      await fresh.close();
    }
  });
});
