// Every background task of the server in one list: its name, who does it, and when it recurs.
// Modules and services own their tasks' work and export it; this file assembles them, and
// server.ts (or `npm run worker`) starts them (ADR 0021). The SQL that queues a job names it as
// below (public.enqueue_notification queues 'deliver_notification').
import type { CronItem, TaskList } from 'graphile-worker';
import type { Logger } from 'pino';
import type { Db } from '../db/database.ts';
import { expireHoldsTask } from '../modules/bookings/expire-holds.task.ts';
import type { NotificationService } from '../services/notifications/notification-service.ts';
import { housekeepingTask } from './housekeeping.ts';
import { startWorkers, type RunningWorkers } from './run-workers.ts';

export const TASKS = {
  /** One notification, sent once (services/notifications/deliver-notification.ts). */
  deliverNotification: 'deliver_notification',
  /** Lapsed holds free their places (modules/bookings/expire-holds.task.ts). */
  expireHolds: 'expire_holds',
  /** Expired links, windows, challenges and idle sessions are removed (housekeeping.ts). */
  housekeeping: 'housekeeping',
} as const;

/** graphile-worker runs each occurrence once across every instance; none is made up afterwards. */
export const CRON_ITEMS: CronItem[] = [
  // Minute 17 of every hour: away from the top of the hour, when reminders will go out.
  { task: TASKS.housekeeping, match: '17 * * * *' },
  // Every minute: a lapsed hold's places are free again within a minute.
  { task: TASKS.expireHolds, match: '* * * * *' },
].map((item) => ({ ...item, identifier: item.task, options: { backfillPeriod: 0 } }));

export interface JobsOptions {
  /** Owner connection: graphile-worker needs rights on its own schema. */
  ownerUrl: string;
  concurrency: number;
  /** Service-role sessions, for the tasks' own work (RLS applies). */
  serviceDb: Db;
  notifications: Pick<NotificationService, 'deliveryTask'>;
  logger: Logger;
  /** Tests shorten these; production keeps run-workers.ts's defaults. */
  heartbeatMs?: number;
  staleAfterMs?: number;
  pollIntervalMs?: number;
}

export function taskList({ serviceDb, notifications, logger }: JobsOptions): TaskList {
  return {
    [TASKS.deliverNotification]: notifications.deliveryTask(),
    [TASKS.expireHolds]: expireHoldsTask(serviceDb, logger),
    [TASKS.housekeeping]: housekeepingTask(serviceDb, logger),
  };
}

/** Starts this process's queue workers; stop() finishes the jobs in hand. */
export function startJobs(options: JobsOptions): Promise<RunningWorkers> {
  const { ownerUrl, concurrency, logger, heartbeatMs, staleAfterMs, pollIntervalMs } = options;
  return startWorkers({
    ownerUrl,
    concurrency,
    logger,
    taskList: taskList(options),
    cronItems: CRON_ITEMS,
    heartbeatMs,
    staleAfterMs,
    pollIntervalMs,
  });
}
