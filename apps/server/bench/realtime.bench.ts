// "Live data during the rush" (#15): the on-sale rush of rush.bench.ts for BENCH_REALTIME_SECONDS,
// first alone, then with BENCH_SUBSCRIBERS WebSockets following that performance's places (and a
// quiet sentinel performance a probe changes every 250 ms), in the same run on the same machine.
// The subscribers run in a worker thread at a lower priority (nice 15): browsers are on other
// machines, and their reading of 10,000 frames a second must not take the server's cores.
//
// Targets (issue #15): holds/s with the subscribers ≥ 0.8 × without; commit-to-browser lag p99
// < 300 ms; 0 events missed by clients that reconnect mid-rush. Reported: the memory of an idle
// connection. A missed target is marked ✗ and fails the run (exit code 1).
import os from 'node:os';
import { Worker } from 'node:worker_threads';
import pg from 'pg';
import { pino } from 'pino';
import { createTestCatalogue } from '../test/test-catalogue.ts';
import { openBenchApp, openBenchDatabase, percentile } from './bench-database.ts';
import type { SubscribersInput, SubscribersResult } from './realtime-subscribers.ts';
import type { BuyersInput, BuyersResult } from './rush-buyers.ts';

const BUYERS = Number(process.env.BENCH_BUYERS ?? 200);
const SECONDS = Number(process.env.BENCH_REALTIME_SECONDS ?? 8);
const SUBSCRIBERS = Number(process.env.BENCH_SUBSCRIBERS ?? 1000);
const RECONNECT = Math.min(50, SUBSCRIBERS);
const CAPACITY = 1_000_000;
const SENTINEL = 100_000;

const logger = pino({ level: 'warn' });
const database = await openBenchDatabase(logger);
const owner = new pg.Pool({ connectionString: database.ownerUrl, max: 4 });
const catalogue = await createTestCatalogue(owner);
const { app, close } = await openBenchApp(database, logger, { TRUSTED_PROXIES: '127.0.0.1' });
await app.listen({ port: 0, host: '127.0.0.1' });
const address = app.server.address();
const port = typeof address === 'object' && address ? address.port : 0;
const base = `http://127.0.0.1:${port}`;

/** Starts a worker thread on a TypeScript file (a worker does not inherit tsx). */
function worker(file: string, data: unknown): Worker {
  const script = new URL(file, import.meta.url).href;
  const boot = `import('tsx/esm/api').then(({ tsImport }) => tsImport(${JSON.stringify(script)}, ${JSON.stringify(import.meta.url)}))`;
  return new Worker(boot, { eval: true, workerData: data });
}

async function rush(performanceId: string): Promise<number> {
  const input: BuyersInput = {
    base,
    buyers: BUYERS,
    seconds: SECONDS,
    confirmSeconds: 0,
    performanceId,
    formulaId: catalogue.formulas.show,
    zoneId: catalogue.zones.main,
  };
  const result = await new Promise<BuyersResult>((resolve, reject) => {
    const buyers = worker('./rush-buyers.ts', input);
    buyers.once('message', resolve);
    buyers.once('error', reject);
  });
  return result.holds / result.seconds;
}

// Alone.
const alone = await rush(await catalogue.performance({ main: CAPACITY, bar: CAPACITY }));

// With the subscribers: connected first (the idle memory measured), then the same rush.
const watched = await catalogue.performance({ main: CAPACITY, bar: CAPACITY });
const sentinel = await catalogue.performance({ main: SENTINEL, bar: 10 });
global.gc?.();
const rssBefore = process.memoryUsage().rss;
const input: SubscribersInput = {
  wsUrl: `ws://127.0.0.1:${port}/api/realtime`,
  base,
  count: SUBSCRIBERS,
  reconnect: RECONNECT,
  rushChannel: `availability:${watched}`,
  sentinel: {
    performanceId: sentinel,
    formulaId: catalogue.formulas.show,
    zoneId: catalogue.zones.main,
    capacity: SENTINEL,
  },
};
const subscribers = worker('./realtime-subscribers.ts', input);
const done = new Promise<SubscribersResult>((resolve, reject) => {
  subscribers.on('message', (m: SubscribersResult | { ready: true }) => {
    if (!('ready' in m)) resolve(m);
  });
  subscribers.once('error', reject);
});
await new Promise<void>((resolve, reject) => {
  subscribers.once('message', (m: { ready?: true }) => m.ready && resolve());
  subscribers.once('error', reject);
});
const perConnection = (process.memoryUsage().rss - rssBefore) / SUBSCRIBERS;
subscribers.postMessage({ seconds: SECONDS });
const withSubscribers = await rush(watched);
const result = await done;

const missed: string[] = [];
const mark = (name: string, met: boolean) => {
  if (!met) missed.push(name);
  return met ? '✓' : '✗ MISSED';
};
const ratio = withSubscribers / alone;
const lags = result.lags.sort((a, b) => a - b);
const lagP99 = percentile(lags, 99);
console.log(`
Live data during the rush — ${new Date().toISOString()} — ${os.cpus().length} cores, ${BUYERS} buyers, ${SECONDS} s each
  holds/s alone ${alone.toFixed(1)}, with ${SUBSCRIBERS} WebSocket subscribers ${withSubscribers.toFixed(1)} = ${ratio.toFixed(2)} × (target ≥ 0.8) ${mark('holds with subscribers', ratio >= 0.8)}
  commit-to-browser lag over ${result.probes} probes × ${SUBSCRIBERS} sockets: p50 ${percentile(lags, 50).toFixed(1)} ms, p99 ${lagP99.toFixed(1)} ms (target < 300 ms) ${mark('lag p99', lagP99 < 300)}
  ${RECONNECT} sockets reconnected mid-rush; sockets not at the final state ${result.missed} (must be 0) ${mark('missed', result.missed === 0)}
  frames received ${result.frames}; memory per idle connection ≈ ${(perConnection / 1024).toFixed(1)} KiB (server process RSS)
${missed.length > 0 ? `Missed: ${missed.join(', ')}` : 'Every target met.'}
`);
if (missed.length > 0) process.exitCode = 1;

await subscribers.terminate();
await close();
await owner.end();
await database.close();
