// The booking engine's background task: lapsed holds give their places back with no request to
// trigger it (jobs/jobs.ts runs it every minute).
import type { Task } from 'graphile-worker';
import type { Logger } from 'pino';
import type { Db } from '../../db/database.ts';
import { expireHolds } from './booking.service.ts';

export function expireHoldsTask(db: Db, logger: Logger): Task {
  return async () => {
    const expired = await expireHolds(db);
    if (expired > 0) logger.info({ expired }, 'holds expired');
  };
}
