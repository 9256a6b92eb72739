// Notification queue benchmark (issue #3):
//  1. enqueue overhead: the same small transaction with and without enqueueing a notification,
//     interleaved, durable commits; target: median overhead < 2 ms;
//  2. throughput: messages/s from the queue to a local SMTP server, through the real workers.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { pino } from 'pino';
import { loadConfig } from '../src/config.ts';
import { startJobs } from '../src/jobs/jobs.ts';
import { loadSecretBox } from '../src/lib/secret-box.ts';
import { NotificationService } from '../src/services/notifications/notification-service.ts';
import { sampleData } from '../src/services/notifications/templates/render.ts';
import { startSmtpServer } from '../test/smtp-test-server.ts';
import { openBenchDatabase, percentile } from './bench-database.ts';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 400);
const MESSAGES = Number(process.env.BENCH_MESSAGES ?? 2000);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 10);

const logger = pino({ level: 'warn' });
const database = await openBenchDatabase(logger);
const smtp = await startSmtpServer();
const dataDir = await mkdtemp(path.join(os.tmpdir(), 'ladiva-bench-data-'));
const notifications = await NotificationService.create({
  config: loadConfig({
    DATA_DIR: dataDir,
    SMTP_URL: smtp.url,
    WORKER_CONCURRENCY: String(CONCURRENCY),
  }),
  serviceDb: database.serviceDb,
  logger,
  box: await loadSecretBox({ dataDir }),
});
const db = database.serviceDb;
const message = (i: number) => ({
  kind: 'staff_alert' as const,
  channel: 'email' as const,
  recipient: `guest${i}@example.com`,
  locale: 'fr' as const,
  data: sampleData.staff_alert,
});

// 1. Enqueue overhead — a baseline write, then the same write plus notify(), alternating.
const timed = async (fn: () => Promise<unknown>) => {
  const start = performance.now();
  await fn();
  return performance.now() - start;
};
const touch = (tx: typeof db) =>
  sql`update public.venue_settings set updated_at = now()`.execute(tx);
const base: number[] = [];
const withNotify: number[] = [];
for (let i = 0; i < ROUNDS; i++) {
  base.push(await timed(() => db.transaction().execute(touch)));
  withNotify.push(
    await timed(() =>
      db.transaction().execute(async (tx) => {
        await touch(tx);
        await notifications.notify(tx, {
          ...message(i),
          sendAt: new Date(Date.now() + 86_400_000),
        });
      }),
    ),
  );
}
base.sort((a, b) => a - b);
withNotify.sort((a, b) => a - b);
const overhead = percentile(withNotify, 50) - percentile(base, 50);

// 2. Throughput through the workers to SMTP.
await db.transaction().execute(async (tx) => {
  for (let i = 0; i < MESSAGES; i++) await notifications.notify(tx, message(i));
});
const started = performance.now();
const jobs = await startJobs({
  ownerUrl: database.ownerUrl,
  concurrency: CONCURRENCY,
  serviceDb: database.serviceDb,
  notifications,
  logger,
  pollIntervalMs: 500,
});
while (smtp.messages.length < MESSAGES) await new Promise((resolve) => setTimeout(resolve, 20));
const seconds = (performance.now() - started) / 1000;
await jobs.stop();
await notifications.stop();

const fmt = (n: number) => n.toFixed(2);
console.log(`
Notification queue — ${new Date().toISOString()} — ${os.cpus().length} cores
enqueue overhead (${ROUNDS} transactions each, durable commits):
  baseline transaction   median ${fmt(percentile(base, 50))} ms   p95 ${fmt(percentile(base, 95))} ms
  + enqueue notification median ${fmt(percentile(withNotify, 50))} ms   p95 ${fmt(percentile(withNotify, 95))} ms
  overhead (median)      ${fmt(overhead)} ms   target < 2 ms   ${overhead < 2 ? 'OK' : 'OVER BUDGET'}
throughput to a local SMTP server (${MESSAGES} messages, ${CONCURRENCY} concurrent jobs):
  ${fmt(MESSAGES / seconds)} messages/s   (${fmt(seconds)} s)
`);

await smtp.close();
await database.close();
await rm(dataDir, { recursive: true, force: true });
if (overhead >= 2) process.exitCode = 1;
