// Opens the database the server runs on: the embedded PostgreSQL by default, or the one named by
// DATABASE_URL; migrates it as the owner, then serves through the least-privileged API role.
import { CamelCasePlugin, Kysely, PostgresDialect } from 'kysely';
import type pg from 'pg';
import type { Logger } from 'pino';
import type { Config } from '../config.ts';
import { startEmbeddedPostgres, type EmbeddedPostgres } from './embedded-postgres.ts';
import { migrate } from './migrate.ts';
import { createPool } from './pool.ts';
import { apiRoleUrl, assertLeastPrivilege, ensureApiRole } from './roles.ts';
import type { Database } from './schema.ts';

export type Db = Kysely<Database>;

export interface DatabaseHandle {
  db: Db;
  /** The pool under `db`, for health checks. */
  pool: pg.Pool;
  embedded: EmbeddedPostgres | undefined;
  /** Closes the pool, then stops the embedded cluster if we started one. */
  close(): Promise<void>;
}

export function createDb(pool: pg.Pool): Db {
  return new Kysely<Database>({
    dialect: new PostgresDialect({ pool }),
    plugins: [new CamelCasePlugin()],
  });
}

export async function openDatabase(config: Config, logger: Logger): Promise<DatabaseHandle> {
  const embedded = config.databaseUrl
    ? undefined
    : await startEmbeddedPostgres(config.dataDir, logger);
  try {
    const ownerUrl = config.databaseUrl ?? embedded!.url;
    await migrate(ownerUrl, logger);
    let appUrl = config.databaseAppUrl;
    if (!appUrl) {
      await ensureApiRole(ownerUrl);
      appUrl = apiRoleUrl(ownerUrl);
    }
    const pool = createPool({
      connectionString: appUrl,
      max: config.databasePoolSize,
      applicationName: 'ladiva-api',
      logger,
    });
    await assertLeastPrivilege(pool);
    const db = createDb(pool);
    return {
      db,
      pool,
      embedded,
      async close() {
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
