import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Logger } from 'pino';
import { buildApp, type App } from '../src/app.ts';
import { loadConfig } from '../src/config.ts';
import { loadSecretBox, type SecretBox } from '../src/lib/secret-box.ts';
import { startJobs } from '../src/jobs/jobs.ts';
import type { RunningWorkers } from '../src/jobs/run-workers.ts';
import { createIdentity, type Identity } from '../src/modules/auth/identity.ts';
import { NotificationService } from '../src/services/notifications/notification-service.ts';
import { openSecrets } from '../src/services/notifications/notification-secrets.ts';
import type { TestDatabase } from './test-database.ts';
import { silentLogger } from './test-database.ts';

/** Each test's secret box, shared by its notification service and its identity (as in server.ts). */
const boxes = new WeakMap<NotificationService, SecretBox>();
/** The queue's concurrency each test configured (WORKER_CONCURRENCY). */
const concurrencies = new WeakMap<NotificationService, number>();

/** A notification service on a test database, with its own data folder (local mailbox, keys). */
export async function createTestNotifications(
  database: Pick<TestDatabase, 'serviceDb' | 'ownerUrl'>,
  env: Record<string, string> = {},
): Promise<NotificationService> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'ladiva-it-data-'));
  const config = loadConfig({ DATA_DIR: dataDir, ...env });
  const box = await loadSecretBox({ dataDir, envKeys: config.auth.encryptionKeys });
  const notifications = await NotificationService.create({
    config,
    serviceDb: database.serviceDb,
    logger: silentLogger,
    box,
  });
  boxes.set(notifications, box);
  concurrencies.set(notifications, config.notifications.concurrency);
  return notifications;
}

/** The queue's workers (every task of jobs/jobs.ts) on a test database, as server.ts starts them. */
export function startTestJobs(
  database: Pick<TestDatabase, 'serviceDb' | 'ownerUrl'>,
  notifications: NotificationService,
  timings: { pollIntervalMs?: number; heartbeatMs?: number; staleAfterMs?: number } = {},
): Promise<RunningWorkers> {
  const concurrency = concurrencies.get(notifications);
  if (concurrency === undefined)
    throw new Error('not a notification service of createTestNotifications');
  return startJobs({
    ownerUrl: database.ownerUrl,
    concurrency,
    serviceDb: database.serviceDb,
    notifications,
    logger: silentLogger,
    ...timings,
  });
}

export function testSecretBox(notifications: NotificationService): SecretBox {
  const box = boxes.get(notifications);
  if (!box) throw new Error('not a notification service of createTestNotifications');
  return box;
}

/**
 * A queued notification's template values, its sealed secrets opened with the test's box, as the
 * worker renders them: how a test reads a link it did not receive by email. A notification
 * that was sent, dead or cancelled has none left.
 */
export function templateValues(
  notifications: NotificationService,
  row: { id: string; data: Record<string, unknown>; secrets: string | null },
): Record<string, unknown> {
  if (row.secrets === null) return row.data;
  return { ...row.data, ...openSecrets(testSecretBox(notifications), row.id, row.secrets) };
}

/** The real app, wired to a test database, without a web build. */
export async function buildTestApp(
  database: Pick<TestDatabase, 'db' | 'pool' | 'serviceDb' | 'ownerUrl'>,
  options: {
    env?: 'development' | 'production';
    notifications?: NotificationService;
    identity?: Identity;
    trustedProxies?: string[];
    corsOrigins?: string[];
    /** Silent unless a test reads the log. */
    logger?: Logger;
  } = {},
): Promise<App> {
  const notifications = options.notifications ?? (await createTestNotifications(database));
  return buildApp({
    config: {
      publicUrl: 'http://localhost:3000',
      webDistDir: '/nonexistent/web-dist',
      env: options.env ?? 'production',
      trustedProxies: options.trustedProxies ?? [],
      corsOrigins: options.corsOrigins ?? [],
    },
    db: database.db,
    serviceDb: database.serviceDb,
    pool: database.pool,
    notifications,
    identity: options.identity ?? (await createTestIdentity(database, notifications)),
    logger: options.logger ?? silentLogger,
  });
}

/** Identity services on a test database, with their own keys in a fresh data folder. */
export async function createTestIdentity(
  database: Pick<TestDatabase, 'db'>,
  notifications: NotificationService,
): Promise<Identity> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'ladiva-it-keys-'));
  const config = loadConfig({ DATA_DIR: dataDir, PUBLIC_URL: 'http://localhost:3000' });
  return createIdentity({
    config,
    db: database.db,
    notifications,
    box: testSecretBox(notifications),
  });
}
