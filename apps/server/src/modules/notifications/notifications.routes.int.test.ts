// The staff side of the notification service over HTTP: management only, a test email lands in
// the local mailbox, the log masks recipients, email frames load through signed view links.
import {
  mailboxListSchema,
  mailboxMessageSchema,
  notificationDetailSchema,
  notificationListSchema,
  templatePreviewSchema,
} from '@ladiva/contract/notifications';
import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../app.ts';
import type { NotificationService } from '../../services/notifications/notification-service.ts';
import { accessTokenFor, createUser } from '../../../test/auth-helpers.ts';
import {
  buildTestApp,
  createTestIdentity,
  createTestNotifications,
} from '../../../test/test-app.ts';
import { eventually } from '../../../test/smtp-test-server.ts';
import { createTestDatabase, type TestDatabase } from '../../../test/test-database.ts';

describe('staff notification endpoints', () => {
  let database: TestDatabase;
  let notifications: NotificationService;
  let app: App;
  let inject: (options: InjectOptions) => Promise<LightMyRequestResponse>;
  let kitchen: string;
  beforeAll(async () => {
    database = await createTestDatabase();
    notifications = await createTestNotifications(database); // no SMTP_URL: local mailbox
    await notifications.startWorkers({ pollIntervalMs: 100, heartbeatMs: 200 });
    const identity = await createTestIdentity(database, notifications);
    app = await buildTestApp(database, { notifications, identity });
    const manager = await createUser(database, { email: 'm@example.com', roles: ['manager'] });
    const { authorization } = await accessTokenFor(database, identity, manager, 'aal2');
    const cook = await createUser(database, { email: 'k@example.com', roles: ['kitchen'] });
    kitchen = (await accessTokenFor(database, identity, cook, 'aal2')).authorization;
    // Every request below is the manager's unless it says otherwise.
    inject = (options) =>
      app.inject({ ...options, headers: { authorization, ...options.headers } });
  });
  afterAll(async () => {
    await app.close();
    await notifications.stop();
    await database.close();
  });

  it('sends a test email to the local mailbox, where staff can read it', async () => {
    const sent = await inject({
      method: 'POST',
      url: '/api/notifications/test-email',
      payload: { to: 'jeanne.dupont@example.com', locale: 'en' },
    });
    expect(sent.statusCode).toBe(202);
    const { id } = sent.json() as { id: string };

    const entry = await eventually(
      async () => {
        const list = mailboxListSchema.parse((await inject({ url: '/api/mailbox' })).json());
        return list.items.find((item) => item.id === id);
      },
      { what: 'the message in the mailbox' },
    );
    expect(entry.to).toBe('jeanne.dupont@example.com');
    const message = mailboxMessageSchema.parse(
      (await inject({ url: `/api/mailbox/${id}` })).json(),
    );
    expect(message.subject).toBe(entry.subject);
    expect(message.html).toContain('La Diva');
    expect(message.text.length).toBeGreaterThan(20);

    expect(message.htmlUrl).toMatch(new RegExp(`^/api/mailbox/${id}/html\\?view=`));
    // A frame sends no Authorization header: the signed link alone opens it, for this path only.
    const frame = await app.inject({ url: message.htmlUrl! });
    expect(frame.statusCode).toBe(200);
    expect(frame.headers['cache-control']).toBe('no-store');
    expect((await app.inject({ url: `/api/mailbox/${id}/html` })).statusCode).toBe(401);
    const view = new URL(message.htmlUrl!, 'http://x').searchParams.get('view')!;
    const elsewhere = await app.inject({
      url: `/api/mailbox/00000000-0000-4000-8000-000000000000/html?view=${view}`,
    });
    expect(elsewhere.statusCode).toBe(401);
    expect(frame.headers['content-type']).toContain('text/html');
    expect(frame.headers['content-security-policy']).toContain("default-src 'none'");
    expect(frame.headers['content-security-policy']).toContain("frame-ancestors 'self'");
    expect(frame.body).toBe(message.html);

    const log = notificationListSchema.parse(
      (await inject({ url: '/api/notifications?channel=email' })).json(),
    );
    const row = log.items.find((item) => item.id === id)!;
    expect(row.recipient).toBe('j***t@example.com');
    expect(row.status).toBe('sent');
    const detail = notificationDetailSchema.parse(
      (await inject({ url: `/api/notifications/${id}` })).json(),
    );
    expect(detail.events.map((e) => e.status)).toEqual(['queued', 'sending', 'sent']);
  });

  it('refuses to resend a message that was sent, and does not find an unknown one', async () => {
    const [sent] = notificationListSchema.parse(
      (await inject({ url: '/api/notifications?status=sent&limit=1' })).json(),
    ).items;
    const resend = await inject({
      method: 'POST',
      url: `/api/notifications/${sent!.id}/resend`,
    });
    expect(resend.statusCode).toBe(409);
    expect(resend.json().code).toBe('CONFLICT');
    const cancel = await inject({
      method: 'POST',
      url: '/api/notifications/00000000-0000-4000-8000-000000000000/cancel',
    });
    expect(cancel.statusCode).toBe(404);
  });

  it('previews every template in both languages', async () => {
    for (const locale of ['fr', 'en']) {
      const response = await inject({
        url: `/api/notifications/templates/booking_confirmed/preview?locale=${locale}`,
      });
      expect(response.statusCode).toBe(200);
      const preview = templatePreviewSchema.parse(response.json());
      expect(preview.html).toContain('<html');
      expect(preview.sms.length).toBeLessThanOrEqual(160);
    }
    const reminder = templatePreviewSchema.parse(
      (await inject({ url: '/api/notifications/templates/reminder/preview?locale=en' })).json(),
    );
    const frame = await app.inject({ url: reminder.htmlUrl! });
    expect(frame.statusCode).toBe(200);
    expect(frame.body).toMatch(/^<!DOCTYPE html|^<html/i);
    expect(frame.headers['content-security-policy']).toContain('sandbox');
    const unknown = await inject({ url: '/api/notifications/templates/nope/preview' });
    expect(unknown.statusCode).toBe(400);
  });

  it('validates filters and ids', async () => {
    expect((await inject({ url: '/api/notifications?status=lost' })).statusCode).toBe(400);
    expect((await inject({ url: '/api/notifications/not-a-uuid' })).statusCode).toBe(400);
    expect(
      (await inject({ url: '/api/mailbox/00000000-0000-4000-8000-000000000000' })).statusCode,
    ).toBe(404);
  });

  it('is for management only: anonymous callers sign in, other roles are refused', async () => {
    for (const url of ['/api/notifications', '/api/mailbox', '/api/notifications/stats']) {
      const anonymous = await app.inject({ url });
      expect(anonymous.statusCode).toBe(401);
      expect(anonymous.json().code).toBe('UNAUTHENTICATED');
      const cook = await app.inject({ url, headers: { authorization: kitchen } });
      expect(cook.statusCode).toBe(403);
      expect(cook.json().code).toBe('FORBIDDEN');
    }
    const post = await app.inject({
      method: 'POST',
      url: '/api/notifications/test-email',
      payload: { to: 'a@example.com' },
    });
    expect(post.statusCode).toBe(401);
  });
});
