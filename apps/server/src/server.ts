// The process: configuration → database (embedded or external) → app → listen, and a graceful
// shutdown on SIGINT/SIGTERM: stop accepting, let in-flight requests finish, close the pool, stop
// the embedded database. Nothing is left running.
import { pino } from 'pino';
import { buildApp } from './app.ts';
import { ConfigError, loadConfig, type Config } from './config.ts';
import { openDatabase, type DatabaseHandle } from './db/database.ts';
import { seedOnFirstStart } from './db/first-start-seed.ts';
import { isDatabaseUnavailable } from './db/pg-errors.ts';
import { startJobs } from './jobs/jobs.ts';
import { migrateQueue } from './jobs/queue-schema.ts';
import type { RunningWorkers } from './jobs/run-workers.ts';
import { loggerOptions } from './lib/logger.ts';
import { loadSecretBox } from './lib/secret-box.ts';
import { announceFirstAdmin } from './modules/auth/first-admin.ts';
import { createIdentity } from './modules/auth/identity.ts';
import { NotificationService } from './services/notifications/notification-service.ts';

function readConfig(): Config {
  try {
    return loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\nSee .env.example for every setting.\n`);
      process.exit(1);
    }
    throw error;
  }
}

const config = readConfig();
const logger = pino(loggerOptions(config.logLevel));
const started = performance.now();

let database: DatabaseHandle | undefined;
let notifications: NotificationService | undefined;
let jobs: RunningWorkers | undefined;
let app: Awaited<ReturnType<typeof buildApp>> | undefined;
let closing: Promise<void> | undefined;

function shutdown(reason: string, exitCode: number): Promise<void> {
  closing ??= (async () => {
    logger.info({ reason }, 'shutting down');
    const force = setTimeout(() => {
      logger.error('graceful shutdown timed out; stopping the database and exiting');
      // An external database has nothing to stop; an embedded one gets a bounded moment.
      const stopped = database?.embedded?.stop() ?? Promise.resolve();
      const bounded = new Promise((resolve) => setTimeout(resolve, 10_000).unref());
      void Promise.race([stopped, bounded]).finally(() => process.exit(1));
    }, config.shutdownTimeoutMs);
    try {
      await app?.close();
      await jobs?.stop(); // finishes the messages in hand
      await notifications?.stop();
      await database?.close();
    } catch (error) {
      logger.error({ err: error }, 'error during shutdown');
      exitCode = 1;
    }
    clearTimeout(force);
    logger.info('stopped');
    process.exit(exitCode);
  })();
  return closing;
}

// `on`, not `once`: a second Ctrl-C during the drain must not kill the process and orphan the database.
process.on('SIGINT', () => void shutdown('SIGINT', 0));
process.on('SIGTERM', () => void shutdown('SIGTERM', 0));
process.on('uncaughtException', (error) => {
  logger.fatal({ err: error }, 'uncaught exception');
  void shutdown('uncaughtException', 1);
});
process.on('unhandledRejection', (error) => {
  // A library that lost its connection and let the promise go (ADR 0018): the database being
  // away is a condition the server rides out, never a reason to stop serving.
  if (isDatabaseUnavailable(error)) {
    logger.error({ err: error }, 'unhandled rejection while the database is unavailable (ignored)');
    return;
  }
  logger.fatal({ err: error }, 'unhandled rejection');
  void shutdown('unhandledRejection', 1);
});

try {
  database = await openDatabase(config, logger, { schemas: [migrateQueue] });
  // One box for the process: identity seals TOTP seeds with it, notifications their links.
  const box = await loadSecretBox({
    dataDir: config.dataDir,
    envKeys: config.auth.encryptionKeys,
  });
  notifications = await NotificationService.create({
    config,
    serviceDb: database.serviceDb,
    logger,
    box,
  });
  if (config.runWorker) {
    jobs = await startJobs({
      ownerUrl: database.ownerUrl,
      concurrency: config.notifications.concurrency,
      serviceDb: database.serviceDb,
      notifications,
      logger,
    });
  }
  await seedOnFirstStart(config, database.serviceDb, logger);
  const identity = await createIdentity({ config, db: database.db, notifications, box });
  await announceFirstAdmin(identity, config, logger);
  app = await buildApp({
    config,
    db: database.db,
    serviceDb: database.serviceDb,
    pool: database.pool,
    notifications,
    identity,
    logger,
  });
  await app.listen({ port: config.port, host: config.host });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  logger.info(
    {
      port,
      embeddedDatabase: Boolean(database.embedded),
      startMs: Math.round(performance.now() - started),
    },
    `La Diva is ready: open ${config.publicUrl.replace(/:\d+$/, '')}:${port}`,
  );
} catch (error) {
  logger.fatal({ err: error }, 'could not start');
  await shutdown('startup failure', 1);
}
