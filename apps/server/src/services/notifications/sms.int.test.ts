// SMS through the queue, with no provider configured (the local mailbox stands in): numbers in
// E.164, opt-outs honoured, the daily cap enforced.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestNotifications, startTestJobs } from '../../../test/test-app.ts';
import { eventually } from '../../../test/smtp-test-server.ts';
import { createTestDatabase, type TestDatabase } from '../../../test/test-database.ts';
import type { RunningWorkers } from '../../jobs/run-workers.ts';
import type { NotificationService, NotifyInput } from './notification-service.ts';
import { sampleData } from './templates/render.ts';

const sms = (recipient: string): NotifyInput => ({
  kind: 'reminder',
  channel: 'sms',
  recipient,
  locale: 'fr',
  data: sampleData.reminder,
});

describe('SMS notifications', () => {
  let database: TestDatabase;
  let notifications: NotificationService;
  let jobs: RunningWorkers | undefined;
  beforeAll(async () => {
    database = await createTestDatabase();
    notifications = await createTestNotifications(database, {
      SMS_DAILY_LIMIT: '2',
      NOTIFY_MAX_ATTEMPTS: '1',
    });
    jobs = await startTestJobs(database, notifications, { pollIntervalMs: 100, heartbeatMs: 200 });
  });
  afterAll(async () => {
    await jobs?.stop();
    await notifications.stop();
    await database.close();
  });

  const settled = (id: string) =>
    eventually(
      async () => {
        const found = await notifications.get(id);
        return found && !['queued', 'sending'].includes(found.status) ? found : undefined;
      },
      { what: 'a final status' },
    );

  it('stores the number in E.164 and delivers the SMS text (to the local mailbox here)', async () => {
    const id = await notifications.notify(notifications.serviceDb, sms('06 12 34 56 78'));
    const done = await settled(id);
    expect(done.status).toBe('sent');
    expect(done.recipient).toBe('+33612345678');
    const message = await notifications.mailbox.get(id);
    expect(message?.channel).toBe('sms');
    expect(message?.text.length).toBeLessThanOrEqual(160);
  });

  it('refuses an invalid number at once', async () => {
    await expect(
      notifications.notify(notifications.serviceDb, sms('not a phone')),
    ).rejects.toThrow();
  });

  it('sends nothing to a number that opted out', async () => {
    await database.owner.query(`insert into sms_opt_outs (phone) values ('+33698765432')`);
    const id = await notifications.notify(notifications.serviceDb, sms('+33 6 98 76 54 32'));
    const done = await settled(id);
    expect(done.status).toBe('cancelled');
    expect(done.lastError).toContain('opted out');
    expect(await notifications.mailbox.get(id)).toBeUndefined();
  });

  it('stops at the daily cap', async () => {
    const second = await notifications.notify(notifications.serviceDb, sms('+33611111111'));
    expect((await settled(second)).status).toBe('sent'); // 2 of 2 today
    const third = await notifications.notify(notifications.serviceDb, sms('+33622222222'));
    const done = await settled(third);
    expect(done.status).toBe('dead'); // one attempt allowed in this test
    expect(done.lastError).toContain('daily SMS limit');
  });
});
