// graphile-worker unlocks the jobs of a crashed worker only after four hours. Each process here
// announces its workers in queue_workers every few seconds; any live process unlocks the jobs of
// workers whose heartbeat stopped, so a SIGKILLed worker's messages are retried within seconds.
import type { WorkerUtils } from 'graphile-worker';
import type pg from 'pg';
import type { Logger } from 'pino';

export interface HeartbeatOptions {
  pool: pg.Pool; // owner connection: queue infrastructure only
  utils: WorkerUtils;
  processId: string;
  intervalMs: number;
  staleAfterMs: number;
  logger: Logger;
}

export function startHeartbeat(workerIds: () => string[], options: HeartbeatOptions) {
  const { pool, utils, processId, intervalMs, staleAfterMs, logger } = options;
  let running: Promise<void> | undefined;

  async function beat() {
    const ids = workerIds();
    if (ids.length > 0) {
      await pool.query(
        `insert into public.queue_workers (worker_id, process_id, heartbeat_at)
         select unnest($1::text[]), $2, now()
         on conflict (worker_id) do update set heartbeat_at = now()`,
        [ids, processId],
      );
    }
    // Workers that hold locks but are not alive: never announced, or silent for too long.
    const { rows } = await pool.query<{ worker: string }>(
      `select distinct j.locked_by as worker
         from graphile_worker.jobs j
        where j.locked_by is not null
          and j.locked_at < now() - make_interval(secs => $1)
          and not exists (select 1 from public.queue_workers w
                           where w.worker_id = j.locked_by
                             and w.heartbeat_at > now() - make_interval(secs => $1))`,
      [staleAfterMs / 1000],
    );
    const dead = rows.map((row) => row.worker);
    if (dead.length > 0) {
      await utils.forceUnlockWorkers(dead);
      logger.warn({ workers: dead }, 'unlocked the jobs of workers that stopped responding');
    }
    await pool.query(
      `delete from public.queue_workers where heartbeat_at < now() - make_interval(secs => $1)`,
      [(staleAfterMs * 10) / 1000],
    );
  }

  const timer = setInterval(() => {
    running ??= beat()
      .catch((err) => logger.warn({ err }, 'queue heartbeat failed'))
      .finally(() => (running = undefined));
  }, intervalMs);
  timer.unref();
  void (running = beat()
    .catch((err) => logger.warn({ err }, 'queue heartbeat failed'))
    .finally(() => (running = undefined)));

  return {
    async stop(releasedIds: string[]) {
      clearInterval(timer);
      await running;
      if (releasedIds.length > 0) {
        await pool.query('delete from public.queue_workers where worker_id = any($1)', [
          releasedIds,
        ]);
      }
    },
  };
}
