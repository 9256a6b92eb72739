// Crash test of the notification worker: 500 messages in flight, the worker process SIGKILLed at a
// random moment and started again. Every message must arrive; none recorded as sent may be sent
// again; the only possible repeats are the few that were between the SMTP server's "250 OK" and
// the recording of the provider's id at the moment of the kill — at most one per concurrent job —
// and they carry the same Message-ID, which receiving mailboxes deduplicate (ADR 0007).
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitForExit } from '../../../test/spawn-server.ts';
import { messageIdFor } from '../src/services/notifications/channels/email/email-options.ts';
import { sampleData } from '../src/services/notifications/templates/render.ts';
import { createTestNotifications } from './test-app.ts';
import { createTestDatabase, type TestDatabase } from './test-database.ts';
import { eventually, startSmtpServer, type TestSmtpServer } from './smtp-test-server.ts';

const WORKER = path.resolve(import.meta.dirname, '../src/worker.ts');
const MESSAGES = 500;
const CONCURRENCY = 5;

describe('worker crash', () => {
  let database: TestDatabase;
  let smtp: TestSmtpServer;
  let dataDir: string;
  const workers: ChildProcess[] = [];

  beforeAll(async () => {
    database = await createTestDatabase();
    smtp = await startSmtpServer();
    dataDir = await mkdtemp(path.join(os.tmpdir(), 'ladiva-crash-'));
  });
  afterAll(async () => {
    for (const worker of workers) worker.kill('SIGKILL');
    await smtp.close();
    await database.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  function startWorker(): ChildProcess {
    const worker = spawn(process.execPath, ['--import', 'tsx', WORKER], {
      env: {
        ...process.env,
        DATABASE_URL: database.ownerUrl,
        DATA_DIR: dataDir,
        SMTP_URL: smtp.url,
        WORKER_CONCURRENCY: String(CONCURRENCY),
        WORKER_HEARTBEAT_MS: '200',
        WORKER_STALE_AFTER_MS: '1500',
        LOG_LEVEL: 'warn',
      },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    workers.push(worker);
    return worker;
  }

  it('delivers every message after a SIGKILL, and re-sends none it had recorded as sent', async () => {
    const notifications = await createTestNotifications(database);
    const ids = await database.serviceDb.transaction().execute(async (tx) => {
      const created: string[] = [];
      for (let i = 0; i < MESSAGES; i++) {
        created.push(
          await notifications.notify(tx, {
            kind: 'staff_alert',
            channel: 'email',
            recipient: `guest${i}@example.com`,
            locale: i % 2 ? 'en' : 'fr',
            data: sampleData.staff_alert,
          }),
        );
      }
      return created;
    });

    const first = startWorker();
    // Kill at a random moment once sending is under way (and well before it is over).
    await eventually(() => smtp.messages.length >= 20, {
      what: 'first deliveries',
      timeoutMs: 30_000,
    });
    await new Promise((resolve) => setTimeout(resolve, Math.random() * 200));
    first.kill('SIGKILL');
    await waitForExit(first);
    const { rows: recorded } = await sql<{ id: string }>`
      select id from public.notifications where status = 'sent'`.execute(database.serviceDb);
    const sentBeforeKill = new Set(recorded.map((r) => r.id));
    expect(sentBeforeKill.size).toBeGreaterThan(0);
    expect(sentBeforeKill.size).toBeLessThan(MESSAGES);

    startWorker();
    await eventually(
      async () => {
        const { rows } = await sql<{ n: number }>`
          select count(*)::int as n from public.notifications where status = 'sent'`.execute(
          database.serviceDb,
        );
        return rows[0]!.n === MESSAGES;
      },
      { what: 'all messages sent', timeoutMs: 60_000, intervalMs: 200 },
    );

    const counts = ids.map((id) => smtp.counts.get(messageIdFor(id)) ?? 0);
    expect(counts.filter((n) => n === 0)).toEqual([]); // every message arrived
    const repeated = ids.filter((_, i) => counts[i]! > 1);
    expect(repeated.filter((id) => sentBeforeKill.has(id))).toEqual([]); // recorded → never again
    expect(repeated.length).toBeLessThanOrEqual(CONCURRENCY); // only those caught mid-send
    await notifications.stop();
  }, 120_000);
});
