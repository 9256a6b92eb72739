import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Logger } from 'pino';
import { buildApp, type App } from '../src/app.ts';
import { loadConfig } from '../src/config.ts';
import { createIdentity, type Identity } from '../src/modules/auth/identity.ts';
import { NotificationService } from '../src/services/notifications/notification-service.ts';
import type { TestDatabase } from './test-database.ts';
import { silentLogger } from './test-database.ts';

/** A notification service on a test database, with its own data folder (local mailbox, keys). */
export async function createTestNotifications(
  database: Pick<TestDatabase, 'serviceDb' | 'ownerUrl'>,
  env: Record<string, string> = {},
): Promise<NotificationService> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'ladiva-it-data-'));
  const config = loadConfig({ DATA_DIR: dataDir, ...env });
  return NotificationService.create({
    config,
    serviceDb: database.serviceDb,
    ownerUrl: database.ownerUrl,
    logger: silentLogger,
  });
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
  return createIdentity({ config, db: database.db, notifications });
}
