// The supervised queue runner through a database that keeps dropping its connections while jobs
// finish: every job still runs to completion, and stop() ends. graphile-worker 0.17's job batcher
// miscounts its pending batches after a second failed flush, so a runner that lost the database
// twice while stopping never finishes stopping; the supervisor must not wait on it forever.
import { makeWorkerUtils, type WorkerUtils } from 'graphile-worker';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startTcpProxy, type TcpProxy } from '../../test/tcp-proxy.ts';
import { createTestDatabase, silentLogger, type TestDatabase } from '../../test/test-database.ts';
import { startWorkers, type RunningWorkers } from './run-workers.ts';

const JOBS = 60;
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('queue workers through a flapping database', () => {
  let database: TestDatabase;
  let proxy: TcpProxy;
  let utils: WorkerUtils;
  let workers: RunningWorkers | undefined;
  const ran = new Set<number>();

  beforeAll(async () => {
    database = await createTestDatabase();
    const direct = new URL(database.ownerUrl);
    proxy = await startTcpProxy({ host: direct.hostname, port: Number(direct.port) });
    utils = await makeWorkerUtils({ connectionString: database.ownerUrl });
  });

  afterAll(async () => {
    await utils?.release();
    await proxy?.close();
    await database?.close();
  });

  it(
    'runs every job and stops, however often the connections drop',
    { timeout: 90_000 },
    async () => {
      // graphile-worker prints a lost worker's stack with console.trace (console.error underneath);
      // the supervisor logs the same through pino.
      vi.spyOn(console, 'trace').mockImplementation(() => undefined);
      const viaProxy = new URL(database.ownerUrl);
      viaProxy.port = String(proxy.port);
      workers = await startWorkers({
        ownerUrl: viaProxy.toString(),
        concurrency: 4,
        logger: silentLogger,
        heartbeatMs: 300,
        staleAfterMs: 1_500,
        pollIntervalMs: 200,
        taskList: {
          slow: async (payload) => {
            await pause(150);
            ran.add((payload as { n: number }).n);
          },
        },
      });
      for (let n = 0; n < JOBS; n++) await utils.addJob('slow', { n }, { maxAttempts: 25 });

      // Connections drop again and again while jobs are finishing: completions fail, runners stop.
      for (let cut = 0; cut < 6; cut++) {
        await pause(400);
        proxy.refuse();
        await pause(150);
        proxy.restore();
      }

      await expect
        .poll(
          async () =>
            (
              await database.owner.query<{ n: number }>(
                'select count(*)::int as n from graphile_worker.jobs',
              )
            ).rows[0]!.n,
          { timeout: 45_000, interval: 500 },
        )
        .toBe(0);
      expect(ran.size).toBe(JOBS);

      const stopped = Date.now();
      await workers.stop();
      expect(Date.now() - stopped).toBeLessThan(10_000);
    },
  );
});
