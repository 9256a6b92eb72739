// The queue end to end against a real PostgreSQL and a real SMTP server: sent once when the
// transaction commits, never when it rolls back, retried through an outage, dead after its attempts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withServiceContext } from '../../db/request-context.ts';
import { createTestNotifications, startTestJobs, testSecretBox } from '../../../test/test-app.ts';
import { createTestDatabase, type TestDatabase } from '../../../test/test-database.ts';
import {
  eventually,
  startSmtpServer,
  type TestSmtpServer,
} from '../../../test/smtp-test-server.ts';
import { messageIdFor } from './channels/email/email-options.ts';
import type { RunningWorkers } from '../../jobs/run-workers.ts';
import type { NotificationService, NotifyInput } from './notification-service.ts';
import { openSecrets } from './notification-secrets.ts';
import { sampleData } from './templates/render.ts';

const FAST = { pollIntervalMs: 100, heartbeatMs: 200, staleAfterMs: 2_000 };

const email = (to: string, extra: Partial<NotifyInput> = {}): NotifyInput => ({
  kind: 'staff_alert',
  channel: 'email',
  recipient: to,
  locale: 'fr',
  data: sampleData.staff_alert,
  ...extra,
});

describe('notification queue over SMTP', () => {
  let database: TestDatabase;
  let smtp: TestSmtpServer;
  let notifications: NotificationService;
  let jobs: RunningWorkers | undefined;

  beforeAll(async () => {
    database = await createTestDatabase();
    smtp = await startSmtpServer();
    notifications = await createTestNotifications(database, {
      SMTP_URL: smtp.url,
      NOTIFY_MAX_ATTEMPTS: '2',
    });
    jobs = await startTestJobs(database, notifications, FAST);
  });
  afterAll(async () => {
    await jobs?.stop();
    await notifications.stop();
    await smtp.close();
    await database.close();
  });

  const status = async (id: string) => (await notifications.get(id))?.status;
  const received = (id: string) => smtp.counts.get(messageIdFor(id)) ?? 0;

  it('delivers a message committed with its transaction, exactly once', async () => {
    const id = await withServiceContext(database.db, (tx) =>
      notifications.notify(tx, email('guest@example.com')),
    );
    await eventually(async () => (await status(id)) === 'sent', { what: 'sent' });
    expect(received(id)).toBe(1);
    const found = await notifications.get(id);
    expect(found?.providerMessageId).toContain(messageIdFor(id));
    expect(found?.events.map((e) => e.status)).toEqual(['queued', 'sending', 'sent']);
    const mail = smtp.messages.find((m) => m.messageId === messageIdFor(id))!;
    expect(mail.subject).toBeTruthy();
    expect(mail.html).toContain('La Diva');
    expect(mail.text).toBeTruthy();
  });

  it('sends nothing when the transaction rolls back', async () => {
    let rolledBack: string | undefined;
    await expect(
      withServiceContext(database.db, async (tx) => {
        rolledBack = await notifications.notify(tx, email('ghost@example.com'));
        throw new Error('the booking failed half-way');
      }),
    ).rejects.toThrow('half-way');
    // A message committed afterwards goes through: the queue is running, the other one is gone.
    const after = await notifications.notify(notifications.serviceDb, email('after@example.com'));
    await eventually(async () => (await status(after)) === 'sent', { what: 'sent' });
    expect(await notifications.get(rolledBack!)).toBeUndefined();
    expect(received(rolledBack!)).toBe(0);
  });

  it('makes one notification of two enqueues with the same idempotency key', async () => {
    const input = email('twice@example.com', { idempotencyKey: 'booking:42:confirmed' });
    const [a, b] = [
      await notifications.notify(notifications.serviceDb, input),
      await notifications.notify(notifications.serviceDb, input),
    ];
    expect(a).toBe(b);
    await eventually(async () => (await status(a)) === 'sent', { what: 'sent' });
    expect(received(a)).toBe(1);
  });

  it('retries through an SMTP outage and delivers when the server is back', async () => {
    await smtp.down();
    const id = await notifications.notify(notifications.serviceDb, email('patient@example.com'));
    await eventually(async () => (await status(id)) === 'failed', { what: 'first failure' });
    await smtp.up();
    await eventually(async () => (await status(id)) === 'sent', {
      what: 'sent after outage',
      timeoutMs: 20_000,
    });
    expect(received(id)).toBe(1);
    expect((await notifications.get(id))?.attempts).toBe(2);
  });

  it('gives up at once on a permanent SMTP refusal, and after the last attempt on a temporary one', async () => {
    smtp.failWith(550);
    const refused = await notifications.notify(
      notifications.serviceDb,
      email('nobody@example.com'),
    );
    await eventually(async () => (await status(refused)) === 'dead', { what: 'dead (550)' });
    expect((await notifications.get(refused))?.attempts).toBe(1);

    smtp.failWith(451);
    const flaky = await notifications.notify(notifications.serviceDb, email('later@example.com'));
    await eventually(async () => (await status(flaky)) === 'dead', {
      what: 'dead (451)',
      timeoutMs: 20_000,
    });
    const dead = await notifications.get(flaky);
    expect(dead?.attempts).toBe(2);
    expect(dead?.lastError).toContain('451');

    // Staff resend it once the server behaves again.
    smtp.failWith(null);
    expect(await notifications.resend(flaky)).toBe('resent');
    await eventually(async () => (await status(flaky)) === 'sent', { what: 'sent after resend' });
    expect(received(flaky)).toBe(1);
  });

  it('schedules a send for later, and cancels it', async () => {
    const id = await notifications.notify(
      notifications.serviceDb,
      email('tomorrow@example.com', { sendAt: new Date(Date.now() + 3_600_000) }),
    );
    expect(await status(id)).toBe('queued');
    expect(await notifications.cancel(id)).toBe(true);
    expect(await status(id)).toBe('cancelled');
    expect(await notifications.cancel(id)).toBe(false);
    const { rows } = await database.owner.query(
      `select 1 from graphile_worker.jobs where key = $1`,
      [`notification:${id}`],
    );
    expect(rows).toEqual([]);
  });

  describe('a message with a secret link', () => {
    const link = (n: number) => `https://ladiva.example/reset-password#token=${'k'.repeat(40)}${n}`;
    const reset = (to: string, n: number, extra: Partial<NotifyInput> = {}): NotifyInput => ({
      kind: 'password_reset',
      channel: 'email',
      recipient: to,
      locale: 'en',
      data: { expiresInMinutes: 60 },
      secrets: { resetUrl: link(n) },
      ...extra,
    });
    const row = async (id: string) =>
      (
        await database.owner.query<{
          data: Record<string, unknown>;
          secrets: string | null;
          secrets_purged_at: Date | null;
        }>(`select data, secrets, secrets_purged_at from public.notifications where id = $1`, [id])
      ).rows[0]!;

    it('keeps the link sealed apart, renders it when sent, then drops it', async () => {
      await smtp.down();
      const id = await notifications.notify(notifications.serviceDb, reset('lea@example.com', 1));
      await eventually(async () => (await status(id)) === 'failed', { what: 'first failure' });
      // Waiting for its next attempt: sealed against this notification, nowhere in clear.
      const waiting = await row(id);
      expect(waiting.data).toEqual({ expiresInMinutes: 60 });
      expect(waiting.secrets).not.toContain('token');
      expect(openSecrets(testSecretBox(notifications), id, waiting.secrets!)).toEqual({
        resetUrl: link(1),
      });
      expect(waiting.secrets_purged_at).toBeNull();

      await smtp.up();
      await eventually(async () => (await status(id)) === 'sent', {
        what: 'sent after outage',
        timeoutMs: 20_000,
      });
      const mail = smtp.messages.find((m) => m.messageId === messageIdFor(id))!;
      expect(mail.text).toContain(link(1));
      expect(mail.html).toContain(link(1));
      const sent = await row(id);
      expect(sent.secrets).toBeNull();
      expect(sent.secrets_purged_at).not.toBeNull();
    });

    it('drops it when the message is dead or cancelled, and then will not resend it', async () => {
      smtp.failWith(550);
      const dead = await notifications.notify(notifications.serviceDb, reset('a@example.com', 2));
      await eventually(async () => (await status(dead)) === 'dead', { what: 'dead' });
      smtp.failWith(null);
      const later = { sendAt: new Date(Date.now() + 3_600_000) };
      const cancelled = await notifications.notify(
        notifications.serviceDb,
        reset('b@example.com', 3, later),
      );
      expect((await row(cancelled)).secrets).not.toBeNull();
      expect(await notifications.cancel(cancelled)).toBe(true);

      for (const id of [dead, cancelled]) {
        expect(await row(id)).toMatchObject({ secrets: null, secrets_purged_at: expect.any(Date) });
        expect(await notifications.resend(id)).toBe('secrets_purged');
        expect(await status(id)).not.toBe('queued');
      }
      expect(await notifications.resend('00000000-0000-4000-8000-000000000000')).toBe('not_found');
    });

    it('refuses a payload and secrets that share a name', async () => {
      await expect(
        notifications.notify(
          notifications.serviceDb,
          reset('c@example.com', 4, { data: { resetUrl: link(4), expiresInMinutes: 60 } }),
        ),
      ).rejects.toThrow(/resetUrl/);
    });
  });

  it('counts messages by status for staff and metrics', async () => {
    const stats = await notifications.stats();
    expect(stats.byStatus.sent).toBeGreaterThanOrEqual(4);
    expect(stats.byStatus.cancelled).toBeGreaterThanOrEqual(1);
  });
});
