// "On-sale rush" (issue #5): 200 buyers in flight over HTTP against one performance with enough
// capacity not to sell out during the run, then — on the same database, in the same run — what
// pgbench reaches with the naive hold transaction (conditional UPDATE of the zone's counter +
// INSERT of the booking, one transaction) at 8 and at 64 clients. Commits stay durable.
//
// Targets (DESIGN.md, Budgets): holds/s over HTTP ≥ 1.0 × pgbench at 8 clients and ≥ 3 × at 64,
// p99 < 250 ms, 0 oversold.
import { spawnSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { pino } from 'pino';
import { createTestCatalogue } from '../src/modules/booking/test-catalogue.ts';
import { openBenchApp, openBenchDatabase, percentile } from './bench-database.ts';

const BUYERS = Number(process.env.BENCH_BUYERS ?? 200);
const SECONDS = Number(process.env.BENCH_RUSH_SECONDS ?? 15);
const PGBENCH_SECONDS = Number(process.env.BENCH_PGBENCH_SECONDS ?? 10);
const CAPACITY = 1_000_000;
/** BENCH_CONFIRM=0: holds only, to separate the cost of holding from that of confirming. */
const CONFIRM = process.env.BENCH_CONFIRM !== '0';

const logger = pino({ level: 'warn' });
const database = await openBenchDatabase(logger);
const owner = new pg.Pool({ connectionString: database.ownerUrl, max: 4 });
const catalogue = await createTestCatalogue(owner);
const performanceId = await catalogue.performance({ main: CAPACITY, bar: CAPACITY });

// ─── 1. pgbench: the naive hold transaction, on the same server ─────────────────────────────────
await owner.query(`
  create table bench_zone (id int primary key, capacity int not null, held int not null default 0,
                           sold int not null default 0, check (held + sold <= capacity));
  create table bench_booking (id bigserial primary key, zone_id int not null, guests int not null,
                              created_at timestamptz not null default now());
  insert into bench_zone (id, capacity) values (1, 2000000000);`);
const dir = await mkdtemp(path.join(os.tmpdir(), 'ladiva-rush-'));
const script = path.join(dir, 'hold.sql');
await writeFile(
  script,
  `\\set n random(1, 4)
BEGIN;
UPDATE bench_zone SET held = held + :n WHERE id = 1 AND held + sold + :n <= capacity;
INSERT INTO bench_booking (zone_id, guests) VALUES (1, :n);
COMMIT;
`,
);
/** TPS of the naive hold at this many clients (pgbench takes the connection URI as its dbname). */
function pgbench(clients: number): number {
  const args = ['-n', '-f', script, '-c', String(clients), '-j', '2'];
  args.push('-T', String(PGBENCH_SECONDS), database.ownerUrl);
  const result = spawnSync('pgbench', args, { encoding: 'utf8' });
  const tps = /tps = ([\d.]+)/.exec(result.stdout ?? '');
  if (!tps) {
    console.warn(
      `pgbench failed (Debian: apt-get install -y postgresql-client): ${result.stderr || result.error}`,
    );
    return Number.NaN;
  }
  return Number(tps[1]);
}

// ─── 2. The rush over HTTP ──────────────────────────────────────────────────────────────────────
// Buyers come from many addresses through a trusted proxy: the per-address limit on holds is not
// what this measures.
const { app, close } = await openBenchApp(database, logger, { TRUSTED_PROXIES: '127.0.0.1' });
await app.listen({ port: 0, host: '127.0.0.1' });
const address = app.server.address();
const base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;

const holdLatencies: number[] = [];
let holds = 0;
let confirmations = 0;
const failures = new Map<string, number>();
let guestsHeld = 0;
const deadline = Date.now() + SECONDS * 1000;

async function buyer(index: number): Promise<void> {
  let attempt = 0;
  while (Date.now() < deadline) {
    attempt += 1;
    const guests = 1 + ((index + attempt) % 4);
    const started = performance.now();
    const response = await fetch(`${base}/api/bookings/holds`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-forwarded-for': `10.${index >> 8}.${index & 255}.${attempt & 255}`,
      },
      body: JSON.stringify({
        performanceId,
        lines: [{ formulaId: catalogue.formulas.show, zoneId: catalogue.zones.main, guests }],
        idempotencyKey: `rush-${index}-${attempt}-${Date.now()}`,
      }),
    });
    holdLatencies.push(performance.now() - started);
    const body = (await response.json()) as {
      bookingId?: string;
      bookingToken?: string;
      code?: string;
    };
    if (response.status !== 201 || !body.bookingId) {
      failures.set(body.code ?? String(response.status), (failures.get(body.code ?? '') ?? 0) + 1);
      continue;
    }
    holds += 1;
    guestsHeld += guests;
    if (!CONFIRM) continue;
    const confirmed = await fetch(`${base}/api/bookings/${body.bookingId}/confirm`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-booking-token': body.bookingToken ?? '',
        'x-forwarded-for': `10.${index >> 8}.${index & 255}.${attempt & 255}`,
      },
      body: JSON.stringify({
        contact: { name: `Buyer ${index}`, email: `buyer${index}@example.com` },
        guests: Array.from({ length: guests }, () => ({})),
        payment: 'at_venue',
      }),
    });
    if (confirmed.ok) confirmations += 1;
    else {
      const code = ((await confirmed.json()) as { code?: string }).code ?? String(confirmed.status);
      failures.set(`confirm:${code}`, (failures.get(`confirm:${code}`) ?? 0) + 1);
    }
  }
}

const rushStarted = performance.now();
await Promise.all(Array.from({ length: BUYERS }, (_, index) => buyer(index)));
const rushSeconds = (performance.now() - rushStarted) / 1000;

const { rows } = await owner.query<{ held: number; sold: number; capacity: number; lines: number }>(
  `select pz.held, pz.sold, pz.capacity,
          (select coalesce(sum(l.guests), 0)::int from booking_lines l join bookings b on b.id = l.booking_id
            where b.performance_id = pz.performance_id and l.zone_id = pz.zone_id
              and b.status in ('held', 'confirmed')) as lines
     from performance_zones pz where pz.performance_id = $1 and pz.zone_id = $2`,
  [performanceId, catalogue.zones.main],
);
const zone = rows[0]!;
const oversold =
  Math.max(0, zone.held + zone.sold - zone.capacity) +
  Math.abs(zone.lines - (zone.held + zone.sold));

const tps8 = pgbench(8);
const tps64 = pgbench(64);

holdLatencies.sort((a, b) => a - b);
const holdsPerSecond = holds / rushSeconds;
const fmt = (n: number) => n.toFixed(1);
console.log(`
On-sale rush — ${new Date().toISOString()} — ${os.cpus().length} cores, ${BUYERS} buyers over HTTP, ${fmt(rushSeconds)} s
  holds/s ${fmt(holdsPerSecond)}   confirmations/s ${fmt(confirmations / rushSeconds)}
  hold latency p50 ${fmt(percentile(holdLatencies, 50))} ms   p99 ${fmt(percentile(holdLatencies, 99))} ms   (target p99 < 250 ms)
  guests held ${guestsHeld}; counters held ${zone.held} + sold ${zone.sold} = lines ${zone.lines}; oversold/unaccounted ${oversold} (must be 0)
  refusals ${JSON.stringify(Object.fromEntries(failures))}
pgbench, naive hold transaction, same database, durable commits:
  8 clients  ${fmt(tps8)} TPS   → holds/s over HTTP = ${(holdsPerSecond / tps8).toFixed(2)} × (target ≥ 1.0)
  64 clients ${fmt(tps64)} TPS   → holds/s over HTTP = ${(holdsPerSecond / tps64).toFixed(2)} × (target ≥ 3.0)
`);
if (oversold !== 0) process.exitCode = 1;

await close();
await owner.end();
await database.close();
await rm(dir, { recursive: true, force: true });
