// `npm run db:migrate`: applies pending migrations to DATABASE_URL, or to the embedded cluster.
import { pino } from 'pino';
import { loadConfig } from './config.ts';
import { prepareDatabase } from './db/database.ts';
import { startEmbeddedPostgres } from './db/embedded-postgres.ts';
import { migrateQueue } from './jobs/queue-schema.ts';
import { loggerOptions } from './lib/logger.ts';

const config = loadConfig();
const logger = pino(loggerOptions(config.logLevel));
const embedded = config.databaseUrl
  ? undefined
  : await startEmbeddedPostgres(config.dataDir, logger);
try {
  await prepareDatabase(config.databaseUrl ?? embedded!.url, logger, [migrateQueue]);
  logger.info('database is up to date');
} catch (error) {
  logger.error({ err: error }, 'migration failed');
  process.exitCode = 1;
} finally {
  await embedded?.stop();
}
