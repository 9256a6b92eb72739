// Catalogue reads (issue #13; DESIGN.md, Budgets: ≥ 0.6 × a bare Fastify GET): the performance list
// and one performance's availability, over HTTP with keep-alive connections, as a ratio of a bare
// Fastify GET answering a small JSON body measured in the same run with the same load generator
// (http-load.ts). Reported, not enforced yet: the cache issue brings it to its budget.
import { Worker } from 'node:worker_threads';
import os from 'node:os';
import Fastify from 'fastify';
import pg from 'pg';
import { pino } from 'pino';
import { createTestCatalogue } from '../test/test-catalogue.ts';
import { openBenchApp, openBenchDatabase } from './bench-database.ts';
import type { LoadInput, LoadResult } from './http-load.ts';

const SECONDS = Number(process.env.BENCH_CATALOGUE_SECONDS ?? 5);
const CONNECTIONS = Number(process.env.BENCH_CATALOGUE_CONNECTIONS ?? 32);

function load(input: LoadInput): Promise<LoadResult> {
  return new Promise((resolve, reject) => {
    // A worker does not inherit this process's TypeScript loader: it registers tsx itself.
    const script = new URL('./http-load.ts', import.meta.url).href;
    const boot = `import('tsx/esm/api').then(({ tsImport }) => tsImport(${JSON.stringify(script)}, ${JSON.stringify(import.meta.url)}))`;
    const worker = new Worker(boot, { eval: true, workerData: input });
    worker.once('message', resolve);
    worker.once('error', reject);
  });
}

const baseOf = (server: { address(): unknown }) => {
  const address = server.address() as { port: number };
  return `http://127.0.0.1:${address.port}`;
};

// ─── The baseline: a bare Fastify GET ───────────────────────────────────────────────────────────
const bare = Fastify({ logger: false });
bare.get('/hello', () => ({ hello: 'world', at: '2026-12-07T20:00:00.000Z' }));
await bare.listen({ port: 0, host: '127.0.0.1' });
const baseline = await load({
  base: baseOf(bare.server),
  paths: ['/hello'],
  connections: CONNECTIONS,
  seconds: SECONDS,
});
await bare.close();

// ─── The catalogue, through the real app ────────────────────────────────────────────────────────
const logger = pino({ level: 'warn' });
const database = await openBenchDatabase(logger);
const owner = new pg.Pool({ connectionString: database.ownerUrl, max: 2 });
const catalogue = await createTestCatalogue(owner);
const performanceId = await catalogue.performance({ main: 100, bar: 20 });
for (let i = 0; i < 11; i++) await catalogue.performance({ main: 100, bar: 20 });
const { app, close } = await openBenchApp(database, logger, { TRUSTED_PROXIES: '127.0.0.1' });
await app.listen({ port: 0, host: '127.0.0.1' });
const base = baseOf(app.server);
const list = await load({
  base,
  paths: ['/api/performances'],
  connections: CONNECTIONS,
  seconds: SECONDS,
});
const availability = await load({
  base,
  paths: [`/api/performances/${performanceId}/availability`],
  connections: CONNECTIONS,
  seconds: SECONDS,
});

const perSecond = (result: LoadResult) => result.requests[0]! / result.seconds;
const bareRate = perSecond(baseline);
const fmt = (n: number) => n.toFixed(0);
console.log(`
Catalogue reads — ${new Date().toISOString()} — ${os.cpus().length} cores, ${CONNECTIONS} keep-alive connections, ${SECONDS} s each
  bare Fastify GET          ${fmt(bareRate)} req/s (the baseline)
  GET /api/performances     ${fmt(perSecond(list))} req/s = ${(perSecond(list) / bareRate).toFixed(2)} × bare (budget ≥ 0.6, the cache issue)   errors ${list.errors}
  GET …/:id/availability    ${fmt(perSecond(availability))} req/s = ${(perSecond(availability) / bareRate).toFixed(2)} × bare (budget ≥ 0.6, the cache issue)   errors ${availability.errors}
`);
if (list.errors + availability.errors > 0) process.exitCode = 1;

await close();
await owner.end();
await database.close();
