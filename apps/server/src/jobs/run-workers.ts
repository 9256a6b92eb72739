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
/** A runner that began stopping on its own has this long to end before it is abandoned. */
const SETTLE_MS = 10_000;
/** A runner whose workers have failed to fetch a job for this long is replaced. */
const STALL_MS = 5_000;
/** stop(): jobs in hand get this long to finish, then the runner is killed, then abandoned. */
const STOP_GRACE_MS = 4_000;
const KILL_GRACE_MS = 2_000;

type Outcome = { ended: 'settled'; error?: unknown } | { ended: 'stuck' | 'stalled' | 'stopping' };

const after = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms).unref());

/**
 * Starts a pool of queue workers in this process (the server by default, or `npm run worker`).
 * New jobs arrive through LISTEN/NOTIFY; scheduled ones are polled.
 *
 * The runner is supervised (ADR 0018): graphile-worker stops its workers when it cannot record a
 * job's outcome (the database went away); this restarts them with a bounded back-off until the
 * database answers, then unlocks the jobs the stopped runner held, so they run again at once
 * (delivery is idempotent: deliver-notification.ts). A database outage never ends the process.
 *
 * A runner that stops on its own is given SETTLE_MS to end, then abandoned: graphile-worker
 * 0.17's batcher miscounts its pending flushes after a second failure, and such a runner never
 * resolves (its workers are already released and take no new job, so abandoning it is safe).
 * A runner whose workers fail to fetch any job for STALL_MS is replaced too: the library caches a
 * failed lookup of its task list, and such a runner would retry in vain forever.
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

  let stopping = false;
  let signalStop: () => void = () => undefined;
  const stopRequested = new Promise<void>((resolve) => (signalStop = resolve));
  /** Resolves when the current runner began stopping without being asked to. */
  let shuttingDown: Promise<void> = new Promise(() => undefined);
  /** Since when every attempt of the current runner to fetch a job has failed. */
  let failingSince: number | undefined;
  /** Every worker id this process ran, to unlock their jobs if a runner had to be abandoned. */
  const everyId = new Set<string>();

  async function startRunner(): Promise<Runner> {
    const ids = new Set<string>();
    const events: WorkerEvents = new EventEmitter();
    events.on('pool:create', ({ workerPool }) => ids.add(workerPool.id));
    events.on('worker:create', ({ worker }) => ids.add(worker.workerId));
    shuttingDown = new Promise<void>((resolve) => {
      events.once('pool:gracefulShutdown', () => resolve());
    });
    // graphile-worker 0.17 caches the task list's lookup, a failed one too: a runner whose first
    // lookup met a dropped connection fails every fetch from then on, and never stops by itself.
    const succeeded = () => (failingSince = undefined);
    failingSince = undefined;
    events.on('worker:getJob:error', () => (failingSince ??= Date.now()));
    events.on('worker:getJob:empty', succeeded);
    events.on('job:start', succeeded);
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
    for (const id of ids) everyId.add(id);
    return runner;
  }

  /** How the current runner ended: by itself, stuck while stopping, or because stop() was called. */
  function outcome(current: Runner): Promise<Outcome> {
    const settled = current.promise.then(
      (): Outcome => ({ ended: 'settled' }),
      (error: unknown): Outcome => ({ ended: 'settled', error }),
    );
    const stuck = shuttingDown
      .then(() => after(SETTLE_MS))
      .then((): Outcome => ({ ended: 'stuck' }));
    const asked = stopRequested.then((): Outcome => ({ ended: 'stopping' }));
    let timer: NodeJS.Timeout | undefined;
    const stalled = new Promise<Outcome>((resolve) => {
      timer = setInterval(() => {
        if (failingSince !== undefined && Date.now() - failingSince > STALL_MS) {
          resolve({ ended: 'stalled' });
        }
      }, 500);
    });
    return Promise.race([settled, stuck, stalled, asked]).finally(() => clearInterval(timer));
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

  let abandoned = false;
  const supervising = (async () => {
    for (;;) {
      const result = await outcome(runner);
      if (stopping || result.ended === 'stopping') return;
      if (result.ended === 'stuck' || result.ended === 'stalled') {
        abandoned = true;
        logger.error(
          result.ended === 'stuck'
            ? 'queue workers did not finish stopping; abandoning them and restarting'
            : 'queue workers keep failing to fetch jobs; replacing them',
        );
        void runner.kill().catch(() => undefined);
      } else {
        logger.error(
          { err: result.ended === 'settled' ? result.error : undefined },
          'queue workers stopped unexpectedly; restarting them',
        );
      }
      const deadIds = [...workerIds];
      workerIds = new Set();
      for (let attempt = 0; !stopping; attempt++) {
        const delay = RESTART_DELAYS_MS[Math.min(attempt, RESTART_DELAYS_MS.length - 1)]!;
        await Promise.race([after(delay), stopRequested]);
        if (stopping) return;
        try {
          runner = await startRunner();
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
        signalStop();
        await supervising;
        const current = runner;
        const clean = await Promise.race([
          current.stop().then(
            () => true,
            () => true,
          ),
          after(STOP_GRACE_MS).then(() => false),
        ]);
        if (!clean) {
          logger.warn('queue workers did not stop in time; killing them');
          await Promise.race([current.kill().catch(() => undefined), after(KILL_GRACE_MS)]);
        }
        await heartbeat.stop([...workerIds]).catch(() => undefined);
        if (!clean || abandoned) {
          // Jobs a stuck runner still holds are free for another worker at once, not in 4 hours.
          await utils.forceUnlockWorkers([...everyId]).catch(() => undefined);
        }
        await Promise.race([utils.release(), after(KILL_GRACE_MS)]);
        // An abandoned runner may never give its connections back: do not wait on them.
        await Promise.race([pool.end(), after(KILL_GRACE_MS)]);
        logger.info('queue workers stopped');
      })();
      return stopped;
    },
  };
}
