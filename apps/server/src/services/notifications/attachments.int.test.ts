// Attachments drawn by the worker at send time: the write path enqueues a reference, the worker's
// provider renders the files, and the email leaves with them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestNotifications, startTestJobs } from '../../../test/test-app.ts';
import { eventually } from '../../../test/smtp-test-server.ts';
import { createTestDatabase, type TestDatabase } from '../../../test/test-database.ts';
import type { RunningWorkers } from '../../jobs/run-workers.ts';
import type { NotificationService } from './notification-service.ts';
import { sampleData } from './templates/render.ts';

describe('attachments rendered by the worker', () => {
  let database: TestDatabase;
  let notifications: NotificationService;
  let jobs: RunningWorkers | undefined;
  const asked: Record<string, string>[] = [];
  beforeAll(async () => {
    database = await createTestDatabase();
    notifications = await createTestNotifications(database);
    notifications.registerAttachmentProvider('greeting', async (ref) => {
      asked.push(ref);
      return [
        {
          filename: `hello-${ref.name}.bin`,
          contentType: 'application/octet-stream',
          content: Buffer.from(`Bonsoir ${ref.name}`),
        },
      ];
    });
    jobs = await startTestJobs(database, notifications, { pollIntervalMs: 100, heartbeatMs: 200 });
  });
  afterAll(async () => {
    await jobs?.stop();
    await notifications.stop();
    await database.close();
  });

  it('sends the files the provider draws for the reference stored with the message', async () => {
    const id = await database.serviceDb.transaction().execute((tx) =>
      notifications.notify(tx, {
        kind: 'staff_alert',
        channel: 'email',
        recipient: 'camille@example.com',
        locale: 'fr',
        data: sampleData.staff_alert,
        attachmentsFrom: { provider: 'greeting', ref: { name: 'Camille' } },
      }),
    );
    const message = await eventually(() => notifications.mailbox.get(id), {
      what: 'the email in the mailbox',
    });
    expect(message.attachments).toEqual([
      expect.objectContaining({
        filename: 'hello-Camille.bin',
        contentType: 'application/octet-stream',
      }),
    ]);
    expect(asked).toEqual([{ name: 'Camille' }]);
  });

  it('sends files stored with the message as they were (a retry sends the same ones)', async () => {
    const id = await database.serviceDb.transaction().execute((tx) =>
      notifications.notify(tx, {
        kind: 'staff_alert',
        channel: 'email',
        recipient: 'camille@example.com',
        locale: 'fr',
        data: sampleData.staff_alert,
        attachments: [
          {
            filename: 'plan.bin',
            contentType: 'application/octet-stream',
            content: Buffer.from([1, 2, 3]),
          },
        ],
      }),
    );
    const message = await eventually(() => notifications.mailbox.get(id), {
      what: 'the email in the mailbox',
    });
    expect(message.attachments).toEqual([
      expect.objectContaining({ filename: 'plan.bin', size: 3 }),
    ]);
  });
});
