// The demo catalogue on the first start of the embedded database, so that `npm start` on a fresh
// machine shows a bookable venue. A marker file in DATA_DIR records that it was done (or skipped):
// a venue that later empties its catalogue never gets the demo back. An external database
// (DATABASE_URL) is never seeded automatically.
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Logger } from 'pino';
import type { Config } from '../config.ts';
import type { Db } from './database.ts';
import { seedDemoCatalogue } from './demo-seed.ts';

export const DEMO_MARKER = '.demo-catalogue';

export async function seedOnFirstStart(
  config: Pick<Config, 'dataDir' | 'databaseUrl' | 'seedDemo'>,
  serviceDb: Db,
  logger: Logger,
): Promise<'seeded' | 'skipped' | 'already'> {
  if (config.databaseUrl) return 'skipped';
  const marker = path.join(config.dataDir, DEMO_MARKER);
  if (existsSync(marker)) return 'already';
  if (config.seedDemo) {
    await seedDemoCatalogue(serviceDb); // idempotent: a crash before the marker is harmless
    logger.info('demo catalogue seeded (SEED_DEMO=0 turns this off on a new data folder)');
  }
  await writeFile(
    marker,
    `${config.seedDemo ? 'seeded' : 'skipped'} ${new Date().toISOString()}\n`,
  );
  return config.seedDemo ? 'seeded' : 'skipped';
}
