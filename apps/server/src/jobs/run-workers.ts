import { EventEmitter } from 'node:events';
import { randomUUID } from 'node:crypto';
import {
  makeWorkerUtils,
  parseCronItems,
  run,
  type CronItem,
  type Runner,
  type TaskList,
  type WorkerEvents,
} from 'graphile-worker';
import type { Logger } from 'pino';
import { createPool } from '../db/pool.ts';
import { graphileLogger } from './queue-logger.ts';
import { startHeartbeat } from './worker-heartbeat.ts';

export interface WorkersOptions {
  /** Owner connection: graphile-worker needs rights on its own schema. */
  ownerUrl: string;
  concurrency: number;
  taskList: TaskList;
  /** Recurring jobs; graphile-worker runs each occurrence once across every instance. */
  cronItems?: CronItem[];
  logger: Logger;
  heartbeatMs?: number;
  staleAfterMs?: number;
  pollIntervalMs?: number;
}

export interface RunningWorkers {
  /** Finishes the jobs in hand, then stops (graceful). */
  stop(): Promise<void>;
}

const RESTART_DELAYS_MS = [500, 1_000, 2_000, 5_000, 10_000];

/**
 * Starts a pool of queue workers in this process (the server by default, or `npm run worker`).
 * New jobs arrive through LISTEN/NOTIFY; scheduled ones are polled.
 *
 * The runner is supervised (ADR 0018): graphile-worker stops its workers when it cannot record a
 * job's outcome (the database went away); this restarts them with a bounded back-off until the
 * database answers, then unlocks the jobs the stopped runner held, so they run again at once
 * (delivery is idempotent: deliver-notification.ts). A database outage never ends the process.
 */
export async function startWorkers(options: WorkersOptions): Promise<RunningWorkers> {
  const { ownerUrl, concurrency, taskList, logger } = options;
  const pool = createPool({
    connectionString: ownerUrl,
    max: concurrency + 3,
    applicationName: 'ladiva-worker',
    logger,
  });
  const queueLogger = graphileLogger(logger);
  const parsedCronItems = parseCronItems(options.cronItems ?? []);
  /** The current runner's workers: jobs are locked by a worker's id or its pool's (batches). */
  let workerIds = new Set<string>();

  async function startRunner(): Promise<Runner> {
    const ids = new Set<string>();
    const events: WorkerEvents = new EventEmitter();
    events.on('pool:create', ({ workerPool }) => ids.add(workerPool.id));
    events.on('worker:create', ({ worker }) => ids.add(worker.workerId));
    const runner = await run({
      pgPool: pool,
      concurrency,
      taskList,
      // No crontab file: schedules are code.
      parsedCronItems,
      noHandleSignals: true,
      logger: queueLogger,
      events,
      pollInterval: options.pollIntervalMs ?? 2_000,
      // Outcomes are recorded through graphile-worker's batcher, which reports a failure to the
      // runner (which then stops, and is restarted below) instead of leaving an unhandled
      // rejection behind, as its unbatched path does.
      preset: { worker: { completeJobBatchDelay: 0, failJobBatchDelay: 0 } },
    });
    workerIds = ids;
    return runner;
  }

  let runner = await startRunner();
  const utils = await makeWorkerUtils({ pgPool: pool, logger: queueLogger });
  const heartbeat = startHeartbeat(() => [...workerIds], {
    pool,
    utils,
    processId: `${process.pid}-${randomUUID().slice(0, 8)}`,
    intervalMs: options.heartbeatMs ?? 5_000,
    staleAfterMs: options.staleAfterMs ?? 30_000,
    logger,
  });
  logger.info({ concurrency }, 'queue workers started');

  let stopping = false;
  const supervising = (async () => {
    for (;;) {
      const ended = await runner.promise.then(
        () => undefined,
        (error: unknown) => error,
      );
      if (stopping) return;
      logger.error({ err: ended }, 'queue workers stopped unexpectedly; restarting them');
      const deadIds = [...workerIds];
      workerIds = new Set();
      for (let attempt = 0; !stopping; attempt++) {
        const delay = RESTART_DELAYS_MS[Math.min(attempt, RESTART_DELAYS_MS.length - 1)]!;
        await new Promise((resolve) => setTimeout(resolve, delay));
        if (stopping) return;
        try {
          runner = await startRunner();
          if (stopping) await runner.stop();
          break;
        } catch (error) {
          logger.warn({ err: error, attempt: attempt + 1 }, 'queue workers could not restart yet');
        }
      }
      if (stopping) return;
      await utils.forceUnlockWorkers(deadIds).catch((err: unknown) => {
        logger.warn({ err }, 'could not unlock the stopped workers’ jobs; the heartbeat will');
      });
      logger.info('queue workers restarted');
    }
  })();

  let stopped: Promise<void> | undefined;
  return {
    stop() {
      stopped ??= (async () => {
        stopping = true;
        await runner.stop().catch(() => undefined);
        await supervising;
        await heartbeat.stop([...workerIds]);
        await utils.release();
        await pool.end();
        logger.info('queue workers stopped');
      })();
      return stopped;
    },
  };
}
