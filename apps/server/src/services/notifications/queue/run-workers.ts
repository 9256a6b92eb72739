import { EventEmitter } from 'node:events';
import { randomUUID } from 'node:crypto';
import {
  makeWorkerUtils,
  parseCronItems,
  run,
  type CronItem,
  type TaskList,
  type WorkerEvents,
} from 'graphile-worker';
import type { Logger } from 'pino';
import { createPool } from '../../../db/pool.ts';
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

/**
 * Starts a pool of queue workers in this process (the server by default, or `npm run worker`).
 * New jobs arrive through LISTEN/NOTIFY; scheduled ones are polled.
 */
export async function startWorkers(options: WorkersOptions): Promise<RunningWorkers> {
  const { ownerUrl, concurrency, taskList, logger } = options;
  const pool = createPool({
    connectionString: ownerUrl,
    max: concurrency + 3,
    applicationName: 'ladiva-worker',
    logger,
  });
  const events: WorkerEvents = new EventEmitter();
  const workerIds = new Set<string>();
  // Jobs are locked by a worker's id or by its pool's id (batch fetching): announce both.
  events.on('pool:create', ({ workerPool }) => workerIds.add(workerPool.id));
  events.on('worker:create', ({ worker }) => workerIds.add(worker.workerId));

  const queueLogger = graphileLogger(logger);
  const runner = await run({
    pgPool: pool,
    concurrency,
    taskList,
    // No crontab file: schedules are code.
    parsedCronItems: parseCronItems(options.cronItems ?? []),
    noHandleSignals: true,
    logger: queueLogger,
    events,
    pollInterval: options.pollIntervalMs ?? 2_000,
  });
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

  let stopping: Promise<void> | undefined;
  return {
    stop() {
      stopping ??= (async () => {
        await runner.stop();
        await heartbeat.stop([...workerIds]);
        await utils.release();
        await pool.end();
        logger.info('queue workers stopped');
      })();
      return stopping;
    },
  };
}
