// Recurring jobs of the queue's cron (graphile-worker runs each occurrence once across every
// instance): hourly housekeeping (ended rate-limit windows, expired links and manage links, sessions idle past their
// life), and every minute the expiry of lapsed holds.
import { sql } from 'kysely';
import type { Task } from 'graphile-worker';
import type { Logger } from 'pino';
import type { Db } from '../db/database.ts';
import { withServiceContext } from '../db/request-context.ts';
import { expireHolds } from '../modules/booking/booking.service.ts';

export const HOUSEKEEPING_TASK = 'housekeeping';
/** Minute 17 of every hour: away from the top of the hour, when reminders will go out. */
export const HOUSEKEEPING_SCHEDULE = '17 * * * *';
/** A session unused for this long ends (its refresh cookie would expire at the same age). */
export const SESSION_IDLE_DAYS = 30;

export const EXPIRE_HOLDS_TASK = 'expire_holds';
/** Every minute: a lapsed hold's places are free again within a minute, with no request. */
export const EXPIRE_HOLDS_SCHEDULE = '* * * * *';

export function expireHoldsTask(db: Db, logger: Logger): Task {
  return async () => {
    const expired = await expireHolds(db);
    if (expired > 0) logger.info({ expired }, 'holds expired');
  };
}

export async function runHousekeeping(
  db: Db,
): Promise<{ rateLimits: number; auth: number; bookingLinks: number }> {
  return withServiceContext(db, async (tx) => {
    const { rows: limits } = await sql<{ n: number }>`
      select public.rate_limit_cleanup() as n`.execute(tx);
    const { rows: auth } = await sql<{ n: number }>`
      select public.auth_cleanup(${SESSION_IDLE_DAYS}::integer) as n`.execute(tx);
    const { rows: links } = await sql<{ n: number }>`
      select public.booking_links_cleanup() as n`.execute(tx);
    return {
      rateLimits: limits[0]?.n ?? 0,
      auth: auth[0]?.n ?? 0,
      bookingLinks: links[0]?.n ?? 0,
    };
  });
}

export function housekeepingTask(db: Db, logger: Logger): Task {
  return async () => {
    const removed = await runHousekeeping(db);
    logger.info(removed, 'housekeeping done');
  };
}
