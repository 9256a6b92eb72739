// A database of one's own for a test file, cloned from the migrated template (see global-setup).
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { pino } from 'pino';
import { inject } from 'vitest';
import { createDb, createServicePool, type Db } from '../src/db/database.ts';
import { createPool } from '../src/db/pool.ts';
import { apiRoleUrl } from '../src/db/roles.ts';

export const silentLogger = pino({ level: 'silent' });

export interface TestDatabase {
  name: string;
  /** Connection as the owner (superuser in tests): for arranging data and inspecting the catalog. */
  ownerUrl: string;
  /** Connection as the least-privileged API role, as the server uses it. */
  appUrl: string;
  pool: pg.Pool;
  db: Db;
  /** Sessions that are service_role, as workers use them. */
  serviceDb: Db;
  owner: pg.Pool;
  close(): Promise<void>;
}

async function adminQuery(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: `${inject('pgServerUrl')}/postgres` });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** An empty database (no migrations), for tests of the migrator itself. */
export async function createEmptyDatabase(): Promise<{
  name: string;
  url: string;
  drop(): Promise<void>;
}> {
  const name = `ladiva_it_${randomBytes(6).toString('hex')}`;
  await adminQuery(`create database ${name}`);
  return {
    name,
    url: `${inject('pgServerUrl')}/${name}`,
    drop: () => adminQuery(`drop database if exists ${name} with (force)`),
  };
}

export async function createTestDatabase(
  options: { poolSize?: number } = {},
): Promise<TestDatabase> {
  const name = `ladiva_it_${randomBytes(6).toString('hex')}`;
  await adminQuery(`create database ${name} template ${inject('templateDatabase')}`);
  const ownerUrl = `${inject('pgServerUrl')}/${name}`;
  const appUrl = apiRoleUrl(ownerUrl);
  const pool = createPool({
    connectionString: appUrl,
    max: options.poolSize ?? 5,
    applicationName: 'ladiva-test',
    logger: silentLogger,
  });
  const owner = createPool({
    connectionString: ownerUrl,
    max: 2,
    applicationName: 'ladiva-test-owner',
    logger: silentLogger,
  });
  const db = createDb(pool);
  const serviceDb = createDb(createServicePool(appUrl, 4, silentLogger));
  return {
    name,
    ownerUrl,
    appUrl,
    pool,
    db,
    serviceDb,
    owner,
    async close() {
      await db.destroy();
      await serviceDb.destroy();
      await owner.end();
      await adminQuery(`drop database if exists ${name} with (force)`);
    },
  };
}
