// Opens the database the server runs on: the embedded PostgreSQL by default, or the one named by
// DATABASE_URL; migrates it as the owner, then serves through the least-privileged API role.
// Schemas that belong to layers above (the job queue's: jobs/queue-schema.ts) are migrated by a
// function the process passes in: db/ imports nothing above it (ADR 0022).
import { CamelCasePlugin, Kysely, PostgresDialect } from 'kysely';
import type pg from 'pg';
import type { Logger } from 'pino';
import type { Config } from '../config.ts';
import {
  attachEmbeddedPostgres,
  startEmbeddedPostgres,
  type EmbeddedPostgres,
} from './embedded-postgres.ts';
import { DatabaseAvailability } from './availability.ts';
import { migrate } from './migrate.ts';
import { createPool } from './pool.ts';
import { registerBatchLane, registerPool } from './single-trip.ts';
import { apiRoleUrl, assertLeastPrivilege, ensureApiRole, ownerSecret } from './roles.ts';
import type { Database } from './schema.ts';

export type Db = Kysely<Database>;

/** Migrates another schema as the owner, after ours (the job queue's: jobs/queue-schema.ts). */
export type SchemaMigration = (ownerUrl: string, logger: Logger) => Promise<void>;

export interface DatabaseHandle {
  /** API role; every request goes through withRequestContext on it. */
  db: Db;
  /** Sessions that are service_role from the start: background jobs (RLS applies). */
  serviceDb: Db;
  /** Schema owner: migrations and the queue's own bookkeeping, never a request. */
  ownerUrl: string;
  /** The pool under `db`, for health checks. */
  pool: pg.Pool;
  embedded: EmbeddedPostgres | undefined;
  /** Closes the pool, then stops the embedded cluster if we started one. */
  close(): Promise<void>;
}

export function createDb(pool: pg.Pool): Db {
  const db = new Kysely<Database>({
    dialect: new PostgresDialect({ pool }),
    plugins: [new CamelCasePlugin()],
  });
  registerPool(db, pool);
  return db;
}

/** The batch lane of the API pool (single-trip.ts): a pair of connections per kind of batch. */
export function createBatchLane(
  appUrl: string,
  logger: Logger,
  availability?: DatabaseAvailability,
): pg.Pool {
  return createPool({
    connectionString: appUrl,
    max: 6,
    applicationName: 'ladiva-batches',
    logger,
    ...(availability ? { availability } : {}),
  });
}

/**
 * Brings a database to the current schema, as its owner: our migrations, then the others the
 * process needs (the queue's), then the API login role. Safe to run from several instances at once.
 */
export async function prepareDatabase(
  ownerUrl: string,
  logger: Logger,
  schemas: readonly SchemaMigration[] = [],
): Promise<void> {
  await migrateAll(ownerUrl, logger, schemas);
  await ensureApiRole(ownerUrl);
}

async function migrateAll(ownerUrl: string, logger: Logger, schemas: readonly SchemaMigration[]) {
  await migrate(ownerUrl, logger);
  for (const migrateSchema of schemas) await migrateSchema(ownerUrl, logger);
}

/** A pool of sessions that start as service_role, for jobs that are not requests. */
export function createServicePool(
  appUrl: string,
  max: number,
  logger: Logger,
  availability?: DatabaseAvailability,
): pg.Pool {
  return createPool({
    connectionString: appUrl,
    max,
    applicationName: 'ladiva-service',
    logger,
    options: '-c role=service_role',
    ...(availability ? { availability } : {}),
  });
}

/**
 * `embedded: 'attach'` is for a worker process beside a running server: it uses the server's
 * embedded cluster instead of starting one. `schemas`: see prepareDatabase.
 */
export async function openDatabase(
  config: Config,
  logger: Logger,
  {
    embedded: mode = 'start',
    schemas = [],
  }: { embedded?: 'start' | 'attach'; schemas?: readonly SchemaMigration[] } = {},
): Promise<DatabaseHandle> {
  const embedded = config.databaseUrl
    ? undefined
    : mode === 'attach'
      ? await attachEmbeddedPostgres(config.dataDir)
      : await startEmbeddedPostgres(config.dataDir, logger);
  try {
    const ownerUrl = config.databaseUrl ?? embedded!.url;
    if (config.databaseAppUrl) {
      await migrateAll(ownerUrl, logger, schemas);
    } else {
      await prepareDatabase(ownerUrl, logger, schemas);
      if (!ownerSecret(ownerUrl)) {
        logger.warn(
          'DATABASE_URL carries no password: the API role password derived from it is not secret; set DATABASE_APP_URL',
        );
      }
    }
    const appUrl = config.databaseAppUrl ?? apiRoleUrl(ownerUrl);
    // One view of the database's availability for both pools (availability.ts).
    const availability = new DatabaseAvailability({ probeUrl: appUrl, logger });
    const pool = createPool({
      connectionString: appUrl,
      max: config.databasePoolSize,
      applicationName: 'ladiva-api',
      logger,
      availability,
    });
    await assertLeastPrivilege(pool);
    const db = createDb(pool);
    const batchLane = createBatchLane(appUrl, logger, availability);
    registerBatchLane(pool, batchLane);
    const servicePool = createServicePool(
      appUrl,
      Math.max(2, config.notifications.concurrency + 1),
      logger,
      availability,
    );
    const serviceDb = createDb(servicePool);
    return {
      db,
      serviceDb,
      ownerUrl,
      pool,
      embedded,
      async close() {
        availability.close();
        await serviceDb.destroy().catch(() => undefined);
        if (!batchLane.ended) await batchLane.end();
        if (!servicePool.ended) await servicePool.end();
        // Kysely ends the pool only if it ever ran a query: end it ourselves otherwise, so that no
        // connection is still open when the embedded database stops.
        await db.destroy().catch((err) => logger.warn({ err }, 'closing the pool failed'));
        if (!pool.ended) await pool.end();
        await embedded?.stop();
      },
    };
  } catch (error) {
    await embedded?.stop().catch(() => undefined);
    throw error;
  }
}
