// `npm run worker`: the queue's workers (jobs/jobs.ts) in their own process — several can run at
// once, on this machine or others (with DATABASE_URL). Without DATABASE_URL it joins the embedded
// database of the server running on the same DATA_DIR. SIGINT/SIGTERM finish the jobs in hand, then exit.
import { pino } from 'pino';
import { loadConfig } from './config.ts';
import { openDatabase } from './db/database.ts';
import { isDatabaseUnavailable } from './db/pg-errors.ts';
import { startJobs } from './jobs/jobs.ts';
import { migrateQueue } from './jobs/queue-schema.ts';
import { loggerOptions } from './lib/logger.ts';
import { loadSecretBox } from './lib/secret-box.ts';
import { createIdentity } from './modules/auth/identity.ts';
import { TICKET_ATTACHMENTS, ticketAttachments } from './modules/bookings/booking-emails.ts';
import { NotificationService } from './services/notifications/notification-service.ts';

const config = loadConfig();
const logger = pino(loggerOptions(config.logLevel)).child({ process: 'worker' });
const database = await openDatabase(config, logger, {
  embedded: 'attach',
  schemas: [migrateQueue],
});
// The server's keys (ENCRYPTION_KEYS, or the shared DATA_DIR): the worker opens the links it sealed.
const box = await loadSecretBox({ dataDir: config.dataDir, envKeys: config.auth.encryptionKeys });
const notifications = await NotificationService.create({
  config,
  serviceDb: database.serviceDb,
  logger,
  box,
});
// Confirmation emails carry the ticket, drawn here when they leave (booking-emails.ts).
const identity = await createIdentity({ config, db: database.db, notifications, box });
notifications.registerAttachmentProvider(
  TICKET_ATTACHMENTS,
  ticketAttachments(database.serviceDb, { keys: identity.keys, issuer: identity.issuer }),
);
// Tests shorten the crash-detection delays; production keeps the defaults.
const heartbeatMs = Number(process.env.WORKER_HEARTBEAT_MS) || undefined;
const staleAfterMs = Number(process.env.WORKER_STALE_AFTER_MS) || undefined;
const jobs = await startJobs({
  ownerUrl: database.ownerUrl,
  concurrency: config.notifications.concurrency,
  serviceDb: database.serviceDb,
  notifications,
  logger,
  heartbeatMs,
  staleAfterMs,
});
logger.info('worker ready');

let stopping = false;
async function stop(signal: string) {
  if (stopping) return;
  stopping = true;
  logger.info({ signal }, 'worker stopping');
  await jobs.stop();
  await notifications.stop();
  await database.close();
  process.exit(0);
}
process.on('SIGINT', () => void stop('SIGINT'));
process.on('SIGTERM', () => void stop('SIGTERM'));
// The queue restarts its workers when the database comes back (run-workers.ts): its being away is
// no reason to exit. Anything else is a bug: stop, as Node would.
process.on('unhandledRejection', (error) => {
  if (isDatabaseUnavailable(error)) {
    logger.error({ err: error }, 'unhandled rejection while the database is unavailable (ignored)');
    return;
  }
  logger.fatal({ err: error }, 'unhandled rejection');
  process.exit(1);
});
