// Web Push through the queue, to a local push service: delivered with the push service's id, and
// a subscription the service says is gone (410) is removed and its message marked dead.
import { createECDH, randomBytes } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { sql } from 'kysely';
import webpush from 'web-push';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestNotifications, startTestJobs } from '../../../test/test-app.ts';
import { eventually } from '../../../test/smtp-test-server.ts';
import { createTestDatabase, type TestDatabase } from '../../../test/test-database.ts';
import { PlainTcpAgent } from '../../../test/push-service.fixture.ts';
import { WebPushChannel } from './channels/push/web-push-channel.ts';
import type { RunningWorkers } from '../../jobs/run-workers.ts';
import type { NotificationService } from './notification-service.ts';
import { sampleData } from './templates/render.ts';

describe('push notifications through the queue', () => {
  let database: TestDatabase;
  let notifications: NotificationService;
  let jobs: RunningWorkers | undefined;
  let service: http.Server;
  let base: string;

  beforeAll(async () => {
    database = await createTestDatabase();
    service = http.createServer((request, response) => {
      request.resume();
      request.on('end', () => {
        if (request.url === '/push/gone') return response.writeHead(410).end();
        response.writeHead(201, { location: `${base}/messages/m-1` }).end();
      });
    });
    await new Promise<void>((resolve) => service.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(service.address() as AddressInfo).port}`;
    notifications = await createTestNotifications(database, { NOTIFY_MAX_ATTEMPTS: '1' });
    // The real channel, reaching the local push service over plain HTTP (see the fixture).
    notifications.channels.channels.push = new WebPushChannel({
      vapid: { subject: 'mailto:ops@example.com', ...webpush.generateVAPIDKeys() },
      agent: new PlainTcpAgent(),
    });
    jobs = await startTestJobs(database, notifications, { pollIntervalMs: 100, heartbeatMs: 200 });
  });
  afterAll(async () => {
    await jobs?.stop();
    await notifications.stop();
    await new Promise((resolve) => service.close(resolve));
    await database.close();
  });

  async function subscribe(endpoint: string): Promise<string> {
    const keys = createECDH('prime256v1');
    keys.generateKeys();
    await sql`select public.register_push_subscription(${endpoint},
      ${keys.getPublicKey('base64url')}, ${randomBytes(16).toString('base64url')}, 'fr')`.execute(
      database.serviceDb,
    );
    const row = await database.serviceDb
      .selectFrom('pushSubscriptions')
      .select('id')
      .where('endpoint', '=', endpoint)
      .executeTakeFirstOrThrow();
    return row.id;
  }

  const push = (subscriptionId: string) =>
    notifications.notify(notifications.serviceDb, {
      kind: 'reminder',
      channel: 'push',
      recipient: subscriptionId,
      locale: 'fr',
      data: sampleData.reminder,
    });

  const settled = (id: string) =>
    eventually(async () => {
      const found = await notifications.get(id);
      return found && !['queued', 'sending'].includes(found.status) ? found : undefined;
    });

  it('delivers and records the push service id', async () => {
    const id = await push(await subscribe(`${base}/push/ok`));
    const done = await settled(id);
    expect(done.status).toBe('sent');
    expect(done.providerMessageId).toBe(`${base}/messages/m-1`);
  });

  it('forgets a subscription the push service says is gone', async () => {
    const subscription = await subscribe(`${base}/push/gone`);
    const id = await push(subscription);
    expect((await settled(id)).status).toBe('dead');
    const left = await database.serviceDb
      .selectFrom('pushSubscriptions')
      .select('id')
      .where('id', '=', subscription)
      .execute();
    expect(left).toEqual([]);
  });
});
