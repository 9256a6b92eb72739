// A fresh, migrated database for a benchmark: on BENCH_DATABASE_URL's server when set, otherwise
// on an embedded cluster in a temporary folder. Durable commits, as in production.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { Logger } from 'pino';
import { buildApp } from '../src/app.ts';
import { loadConfig } from '../src/config.ts';
import {
  createBatchLane,
  createDb,
  createServicePool,
  prepareDatabase,
  type Db,
} from '../src/db/database.ts';
import { registerBatchLane } from '../src/db/single-trip.ts';
import { createPool } from '../src/db/pool.ts';
import { migrateQueue } from '../src/jobs/queue-schema.ts';
import { loadSecretBox } from '../src/lib/secret-box.ts';
import { createIdentity } from '../src/modules/auth/identity.ts';
import { NotificationService } from '../src/services/notifications/notification-service.ts';
import { startEmbeddedPostgres } from '../src/db/embedded-postgres.ts';
import { apiRoleUrl } from '../src/db/roles.ts';

export interface BenchDatabase {
  ownerUrl: string;
  serviceDb: Db;
  close(): Promise<void>;
}

export async function openBenchDatabase(logger: Logger): Promise<BenchDatabase> {
  let serverUrl: string;
  let cleanup = async () => undefined as void;
  if (process.env.BENCH_DATABASE_URL) {
    const url = new URL(process.env.BENCH_DATABASE_URL);
    url.pathname = '';
    serverUrl = url.toString().replace(/\/$/, '');
  } else {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'ladiva-bench-'));
    const embedded = await startEmbeddedPostgres(dir, logger);
    serverUrl = embedded.url.replace(/\/[^/]+$/, '');
    cleanup = async () => {
      await embedded.stop();
      await rm(dir, { recursive: true, force: true });
    };
  }
  const name = `ladiva_bench_${process.pid}`;
  const admin = new pg.Client({ connectionString: `${serverUrl}/postgres` });
  await admin.connect();
  await admin.query(`drop database if exists ${name}`);
  await admin.query(`create database ${name}`);
  await admin.end();
  const ownerUrl = `${serverUrl}/${name}`;
  await prepareDatabase(ownerUrl, logger, [migrateQueue]);
  const serviceDb = createDb(createServicePool(apiRoleUrl(ownerUrl), 12, logger));
  return {
    ownerUrl,
    serviceDb,
    async close() {
      await serviceDb.destroy();
      const client = new pg.Client({ connectionString: `${serverUrl}/postgres` });
      await client.connect();
      await client.query(`drop database if exists ${name} with (force)`);
      await client.end();
      await cleanup();
    },
  };
}

/** The real app on a bench database, as the server builds it (no listening, no workers). */
export async function openBenchApp(
  database: BenchDatabase,
  logger: Logger,
  env: Record<string, string> = {},
) {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'ladiva-bench-data-'));
  const config = loadConfig({ DATA_DIR: dataDir, ...env });
  const pool = createPool({
    connectionString: apiRoleUrl(database.ownerUrl),
    max: config.databasePoolSize,
    applicationName: 'ladiva-bench',
    logger,
  });
  const db = createDb(pool);
  // As the server does (database.ts): the rush's batches have their own few connections.
  const batchLane = createBatchLane(apiRoleUrl(database.ownerUrl), logger);
  registerBatchLane(pool, batchLane);
  const box = await loadSecretBox({ dataDir, envKeys: config.auth.encryptionKeys });
  const notifications = await NotificationService.create({
    config,
    serviceDb: database.serviceDb,
    logger,
    box,
  });
  const identity = await createIdentity({ config, db, notifications, box });
  const app = await buildApp({
    config,
    db,
    serviceDb: database.serviceDb,
    pool,
    notifications,
    identity,
    logger,
  });
  return {
    app,
    async close() {
      await app.close();
      await notifications.stop().catch(() => undefined);
      await pool.end();
      await batchLane.end();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

export function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}
