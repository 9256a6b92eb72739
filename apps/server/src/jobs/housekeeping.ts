// The hourly housekeeping (scheduled in jobs.ts): ended rate-limit windows, expired links and
// manage links, spent second-factor challenges, sessions idle past their life, change-feed events
// past their retention (0023).
import { sql } from 'kysely';
import type { Task } from 'graphile-worker';
import type { Logger } from 'pino';
import type { Db } from '../db/database.ts';
import { withServiceContext } from '../db/request-context.ts';

/** A session unused for this long ends (its refresh cookie would expire at the same age). */
export const SESSION_IDLE_DAYS = 30;

export async function runHousekeeping(
  db: Db,
): Promise<{ rateLimits: number; auth: number; bookingLinks: number; changeEvents: number }> {
  return withServiceContext(db, async (tx) => {
    const { rows: limits } = await sql<{ n: number }>`
      select public.rate_limit_cleanup() as n`.execute(tx);
    const { rows: auth } = await sql<{ n: number }>`
      select public.auth_cleanup(${SESSION_IDLE_DAYS}::integer) as n`.execute(tx);
    const { rows: links } = await sql<{ n: number }>`
      select public.booking_links_cleanup() as n`.execute(tx);
    const { rows: events } = await sql<{ n: number }>`
      select public.change_events_cleanup() as n`.execute(tx);
    return {
      rateLimits: limits[0]?.n ?? 0,
      auth: auth[0]?.n ?? 0,
      bookingLinks: links[0]?.n ?? 0,
      changeEvents: events[0]?.n ?? 0,
    };
  });
}

export function housekeepingTask(db: Db, logger: Logger): Task {
  return async () => {
    const removed = await runHousekeeping(db);
    logger.info(removed, 'housekeeping done');
  };
}
