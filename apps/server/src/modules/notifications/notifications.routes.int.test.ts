// The staff side of the notification service over HTTP: the log for management, the mailbox for
// admins, a test email lands in the local mailbox, the log masks recipients, the mailbox masks
// other people's secret links, email frames load through signed view links.
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
import type { RunningWorkers } from '../../jobs/run-workers.ts';
import type { NotificationService } from '../../services/notifications/notification-service.ts';
import { accessTokenFor, createUser } from '../../../test/auth-helpers.ts';
import {
  buildTestApp,
  createTestIdentity,
  createTestNotifications,
  startTestJobs,
} from '../../../test/test-app.ts';
import { eventually } from '../../../test/smtp-test-server.ts';
import { createTestDatabase, type TestDatabase } from '../../../test/test-database.ts';

describe('staff notification endpoints', () => {
  let database: TestDatabase;
  let notifications: NotificationService;
  let jobs: RunningWorkers | undefined;
  let app: App;
  let inject: (options: InjectOptions) => Promise<LightMyRequestResponse>;
  let asAdmin: (options: InjectOptions) => Promise<LightMyRequestResponse>;
  let kitchen: string;
  let manager: string;
  beforeAll(async () => {
    database = await createTestDatabase();
    notifications = await createTestNotifications(database); // no SMTP_URL: local mailbox
    jobs = await startTestJobs(database, notifications, { pollIntervalMs: 100, heartbeatMs: 200 });
    const identity = await createTestIdentity(database, notifications);
    app = await buildTestApp(database, { notifications, identity });
    const boss = await createUser(database, { email: 'm@example.com', roles: ['manager'] });
    manager = (await accessTokenFor(database, identity, boss, 'aal2')).authorization;
    const cook = await createUser(database, { email: 'k@example.com', roles: ['kitchen'] });
    kitchen = (await accessTokenFor(database, identity, cook, 'aal2')).authorization;
    const admin = await createUser(database, { email: 'admin@example.com', roles: ['admin'] });
    const adminAuth = (await accessTokenFor(database, identity, admin, 'aal2')).authorization;
    // Every request below is the manager's unless it says otherwise; the mailbox is the admin's.
    inject = (options) =>
      app.inject({ ...options, headers: { authorization: manager, ...options.headers } });
    asAdmin = (options) =>
      app.inject({ ...options, headers: { authorization: adminAuth, ...options.headers } });
  });
  afterAll(async () => {
    await app.close();
    await jobs?.stop();
    await notifications.stop();
    await database.close();
  });

  it('sends a test email to the local mailbox, where an admin can read it', async () => {
    const sent = await inject({
      method: 'POST',
      url: '/api/notifications/test-email',
      payload: { to: 'jeanne.dupont@example.com', locale: 'en' },
    });
    expect(sent.statusCode).toBe(202);
    const { id } = sent.json() as { id: string };

    const entry = await eventually(
      async () => {
        const list = mailboxListSchema.parse((await asAdmin({ url: '/api/mailbox' })).json());
        return list.items.find((item) => item.id === id);
      },
      { what: 'the message in the mailbox' },
    );
    expect(entry.to).toBe('jeanne.dupont@example.com');
    const message = mailboxMessageSchema.parse(
      (await asAdmin({ url: `/api/mailbox/${id}` })).json(),
    );
    expect(message.subject).toBe(entry.subject);
    expect(message.maskedLinks).toBe(0);
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
    // The file is in the mailbox a moment before the worker records the message as sent.
    await eventually(
      async () =>
        notificationDetailSchema.parse((await inject({ url: `/api/notifications/${id}` })).json())
          .status === 'sent',
      { what: 'recorded as sent' },
    );
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
      (await asAdmin({ url: '/api/mailbox/00000000-0000-4000-8000-000000000000' })).statusCode,
    ).toBe(404);
  });

  const seen = new Set<string>();
  /** A reset link emailed to `email` by the real flow, once it is in the mailbox. */
  async function resetEmail(email: string) {
    const asked = await app.inject({
      method: 'POST',
      url: '/api/auth/forgot-password',
      payload: { email },
    });
    expect(asked.statusCode).toBe(202);
    const entry = await eventually(
      async () =>
        (await notifications.mailbox.list()).find(
          (item) => item.to === email && !seen.has(item.id),
        ),
      { what: `the reset email to ${email}` },
    );
    seen.add(entry.id);
    // Read straight from disk, as its recipient's mail client would.
    const raw = (await notifications.mailbox.get(entry.id))!;
    const token = /#token=([\w-]{43})/.exec(raw.text)![1]!;
    return { id: entry.id, token };
  }

  it('masks the secret links of a message in the mailbox, unless it is the admin’s own', async () => {
    const guest = await createUser(database, { email: 'lea@example.com' });
    const theirs = await resetEmail(guest.email);
    const message = mailboxMessageSchema.parse(
      (await asAdmin({ url: `/api/mailbox/${theirs.id}` })).json(),
    );
    expect(message.to).toBe('lea@example.com');
    expect(message.maskedLinks).toBe(1);
    for (const part of [message.text, message.html!]) {
      expect(part).not.toContain(theirs.token);
      expect(part).toContain('/reset-password#token=••••••••');
    }
    const frame = await app.inject({ url: message.htmlUrl! });
    expect(frame.statusCode).toBe(200);
    expect(frame.body).toBe(message.html);
    expect(frame.body).not.toContain(theirs.token);

    // Their own reset email: the admin is its recipient, and reads it whole.
    const own = await resetEmail('admin@example.com');
    const mine = mailboxMessageSchema.parse(
      (await asAdmin({ url: `/api/mailbox/${own.id}` })).json(),
    );
    expect(mine.maskedLinks).toBe(0);
    expect(mine.text).toContain(`/reset-password#token=${own.token}`);
    expect((await app.inject({ url: mine.htmlUrl! })).body).toContain(own.token);
  });

  it('refuses to resend a message whose link was dropped: the person asks for a new one', async () => {
    const id = await notifications.notify(notifications.serviceDb, {
      kind: 'password_reset',
      channel: 'email',
      recipient: 'later@example.com',
      locale: 'fr',
      data: { expiresInMinutes: 60 },
      secrets: { resetUrl: `http://localhost:3000/reset-password#token=${'x'.repeat(43)}` },
      sendAt: new Date(Date.now() + 3_600_000),
    });
    expect(
      (await inject({ method: 'POST', url: `/api/notifications/${id}/cancel` })).statusCode,
    ).toBe(204);
    const resend = await inject({ method: 'POST', url: `/api/notifications/${id}/resend` });
    expect(resend.statusCode).toBe(409);
    expect(resend.json()).toMatchObject({
      code: 'LINK_PURGED',
      message: expect.stringContaining('must ask for a new link'),
    });
  });

  it('is for management only, the mailbox for admins: others sign in or are refused', async () => {
    for (const url of ['/api/notifications', '/api/mailbox', '/api/notifications/stats']) {
      const anonymous = await app.inject({ url });
      expect(anonymous.statusCode).toBe(401);
      expect(anonymous.json().code).toBe('UNAUTHENTICATED');
      const cook = await app.inject({ url, headers: { authorization: kitchen } });
      expect(cook.statusCode).toBe(403);
      expect(cook.json().code).toBe('FORBIDDEN');
    }
    const [any] = mailboxListSchema.parse((await asAdmin({ url: '/api/mailbox' })).json()).items;
    for (const url of ['/api/mailbox', `/api/mailbox/${any!.id}`]) {
      const managed = await inject({ url });
      expect(managed.statusCode, url).toBe(403);
      expect(managed.json().code).toBe('FORBIDDEN');
    }
    const post = await app.inject({
      method: 'POST',
      url: '/api/notifications/test-email',
      payload: { to: 'a@example.com' },
    });
    expect(post.statusCode).toBe(401);
  });
});
