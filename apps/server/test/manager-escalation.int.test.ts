// A manager cannot become admin through messages or invitations (issue #12, item 1). With the
// default set-up (no SMTP: every email lands in the local mailbox) an admin invites a second admin,
// a reset link for the admin's account is requested, and a third invitation is cancelled. The
// manager then tries every door the product has: the mailbox and its frames, the delivery log
// and its actions, the template previews, the invitation and staff endpoints, the database
// itself, and the link endpoints with a guess. None yields a live link or a role; the links that
// left are real, as their recipient proves at the end.
import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../src/app.ts';
import { withRequestContext, type RequestClaims } from '../src/db/request-context.ts';
import type { Identity } from '../src/modules/auth/identity.ts';
import type { RunningWorkers } from '../src/jobs/run-workers.ts';
import type { NotificationService } from '../src/services/notifications/notification-service.ts';
import { accessTokenFor, createUser, type TestUser } from './auth-helpers.ts';
import { eventually } from './smtp-test-server.ts';
import {
  buildTestApp,
  createTestIdentity,
  createTestNotifications,
  startTestJobs,
} from './test-app.ts';
import { createTestDatabase, type TestDatabase } from './test-database.ts';

const FAST = { pollIntervalMs: 100, heartbeatMs: 200 };
const STRONG = 'Un soir au cabaret 1925';

describe('a manager and the paths to admin', () => {
  let database: TestDatabase;
  let notifications: NotificationService;
  let jobs: RunningWorkers | undefined;
  let identity: Identity;
  let app: App;
  let admin: TestUser;
  let manager: TestUser;
  let adminAuth: string;
  let managerAuth: string;
  let ip = 0;

  beforeAll(async () => {
    database = await createTestDatabase();
    notifications = await createTestNotifications(database); // no SMTP_URL: the local mailbox
    identity = await createTestIdentity(database, notifications);
    app = await buildTestApp(database, { notifications, identity });
    admin = await createUser(database, { email: 'admin@example.com', roles: ['admin'] });
    manager = await createUser(database, { email: 'manager@example.com', roles: ['manager'] });
    adminAuth = (await accessTokenFor(database, identity, admin, 'aal2')).authorization;
    managerAuth = (await accessTokenFor(database, identity, manager, 'aal2')).authorization;
  });
  afterAll(async () => {
    await app?.close();
    await jobs?.stop();
    await notifications?.stop();
    await database?.close();
  });

  const call = (
    method: 'GET' | 'POST' | 'PATCH',
    url: string,
    { auth, body }: { auth?: string; body?: object } = {},
  ) =>
    app.inject({
      method,
      url,
      remoteAddress: `198.51.100.${++ip}`,
      headers: auth ? { authorization: auth } : {},
      ...(body ? { payload: body } : {}),
    });
  const asManager = (method: 'GET' | 'POST' | 'PATCH', url: string, body?: object) =>
    call(method, url, { auth: managerAuth, ...(body ? { body } : {}) });

  const notificationOf = async (recipient: string, kind: string) =>
    (
      await database.owner.query<{ id: string; status: string; secrets: string | null }>(
        `select id, status, secrets from public.notifications
          where recipient = $1 and kind = $2 order by created_at desc limit 1`,
        [recipient, kind],
      )
    ).rows[0]!;

  /** Everything the delivery log shows the manager: the list, every detail, the counts. */
  async function deliveryLogAsManager(): Promise<string> {
    const list = await asManager('GET', '/api/notifications?limit=100');
    expect(list.statusCode).toBe(200);
    const items = list.json<{ items: { id: string }[] }>().items;
    expect(items.length).toBeGreaterThan(0);
    const bodies = [list.body, (await asManager('GET', '/api/notifications/stats')).body];
    for (const { id } of items) {
      const detail = await asManager('GET', `/api/notifications/${id}`);
      expect(detail.statusCode).toBe(200);
      bodies.push(detail.body);
    }
    return bodies.join('\n');
  }

  /** The links that reached their recipients: the mailbox files, read as their mail clients do. */
  async function deliveredLinks(): Promise<{ to: string; page: string; token: string }[]> {
    const links = [];
    for (const entry of await notifications.mailbox.list(1000)) {
      const message = (await notifications.mailbox.get(entry.id))!;
      for (const [, page, token] of message.text.matchAll(/\/([a-z-]+)#token=([\w-]{43})/g)) {
        links.push({ to: message.to, page: page!, token: token! });
      }
    }
    return links;
  }

  it('finds no way to a live link or a role', async () => {
    // What an admin and a guest do: two admin invitations (one cancelled), a reset of the admin.
    for (const email of ['owner.two@example.com', 'withdrawn@example.com']) {
      const invited = await call('POST', '/api/staff/invitations', {
        auth: adminAuth,
        body: { email, roles: ['admin'] },
      });
      expect(invited.statusCode, invited.body).toBe(201);
    }
    const reset = await call('POST', '/api/auth/forgot-password', {
      body: { email: admin.email },
    });
    expect(reset.statusCode).toBe(202);

    // While they wait to leave, their links are sealed in the outbox: the log shows none of it.
    const waiting = await notificationOf('owner.two@example.com', 'staff_invitation');
    expect(waiting.status).toBe('queued');
    expect(waiting.secrets).toMatch(/^v1\./);
    const logWhileQueued = await deliveryLogAsManager();
    expect(logWhileQueued).not.toContain(waiting.secrets);
    expect(logWhileQueued).not.toContain('token=');
    expect(logWhileQueued).not.toContain('v1.');

    // Management may cancel a message; the link it carried is then gone for everyone.
    const withdrawn = await notificationOf('withdrawn@example.com', 'staff_invitation');
    expect((await asManager('POST', `/api/notifications/${withdrawn.id}/cancel`)).statusCode).toBe(
      204,
    );
    const again = await asManager('POST', `/api/notifications/${withdrawn.id}/resend`);
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('LINK_PURGED');
    expect((await notificationOf('withdrawn@example.com', 'staff_invitation')).secrets).toBeNull();

    jobs = await startTestJobs(database, notifications, FAST);
    await eventually(
      async () =>
        (await notificationOf('owner.two@example.com', 'staff_invitation')).status === 'sent' &&
        (await notificationOf(admin.email, 'password_reset')).status === 'sent',
      { what: 'the invitation and the reset delivered' },
    );
    const links = await deliveredLinks();
    expect(links.map(({ to, page }) => `${to} ${page}`).sort()).toEqual([
      'admin@example.com reset-password',
      'owner.two@example.com invitation',
    ]);
    const tokens = links.map((link) => link.token);
    const holdsNoToken = (body: string) => tokens.every((token) => !body.includes(token));

    // 1. The mailbox is for admins: its list, its messages and their frames.
    const mailbox = await asManager('GET', '/api/mailbox');
    expect(mailbox.statusCode).toBe(403);
    expect(mailbox.json().code).toBe('FORBIDDEN');
    for (const { id } of await notifications.mailbox.list()) {
      const message = await asManager('GET', `/api/mailbox/${id}`);
      expect(message.statusCode).toBe(403);
      expect(holdsNoToken(message.body)).toBe(true);
      const path = `/api/mailbox/${id}/html`;
      expect((await call('GET', path, { auth: managerAuth })).statusCode).toBe(401);
      // A view link handed out for a template preview opens that preview only.
      const preview = await asManager(
        'GET',
        '/api/notifications/templates/staff_invitation/preview?locale=fr',
      );
      const view = new URL(preview.json().htmlUrl, 'http://x').searchParams.get('view');
      expect((await call('GET', `${path}?view=${view}`)).statusCode).toBe(401);
      // Even a link signed for this very frame (say, issued before a demotion) shows nothing.
      const signed = await call('GET', `${path}?view=${await identity.viewLink(path, manager.id)}`);
      expect(signed.statusCode).toBe(403);
      expect(holdsNoToken(signed.body)).toBe(true);
    }

    // 2. The delivery log, its details and the previews never show a link or a sealed value.
    const log = await deliveryLogAsManager();
    expect(holdsNoToken(log)).toBe(true);
    expect(log).not.toContain('token=');
    for (const kind of ['staff_invitation', 'password_reset']) {
      const preview = await asManager('GET', `/api/notifications/templates/${kind}/preview`);
      expect(preview.statusCode).toBe(200);
      expect(holdsNoToken(preview.body)).toBe(true);
    }

    // 3. A message goes again to its recipient only, and a sent one is not sent again; the test
    //    email the manager may send themselves carries no link.
    const invitation = await notificationOf('owner.two@example.com', 'staff_invitation');
    const resent = await call('POST', `/api/notifications/${invitation.id}/resend`, {
      auth: managerAuth,
      body: { recipient: manager.email },
    });
    expect(resent.statusCode).toBe(409);
    expect(resent.json().code).toBe('CONFLICT');
    const test = await asManager('POST', '/api/notifications/test-email', { to: manager.email });
    expect(test.statusCode).toBe(202);
    await eventually(async () => (await notifications.get(test.json().id))?.status === 'sent', {
      what: 'the test email delivered',
    });

    // 4. Invitations and roles are an admin's: a manager grants nothing, not even a lesser role.
    const managerClaims: RequestClaims = {
      role: 'authenticated',
      sub: manager.id,
      roles: ['manager'],
      aal: 'aal2',
    };
    for (const roles of [['admin'], ['manager'], ['box_office']]) {
      for (const email of ['accomplice@example.com', 'owner.two@example.com', manager.email]) {
        const invited = await asManager('POST', '/api/staff/invitations', { email, roles });
        expect(invited.statusCode, `${email} ${roles}`).toBe(403);
        expect(invited.json().code).toBe('FORBIDDEN');
      }
    }
    const pendingAdmin = await database.owner.query<{ id: string }>(
      `select id from public.users where email = 'owner.two@example.com'`,
    );
    for (const id of [manager.id, pendingAdmin.rows[0]!.id]) {
      const promoted = await asManager('PATCH', `/api/staff/members/${id}`, { roles: ['admin'] });
      expect(promoted.statusCode).toBe(403);
    }
    expect((await asManager('GET', '/api/staff/members')).statusCode).toBe(403);
    // …and the database says the same to a manager's session, whatever the route.
    await expect(
      withRequestContext(database.db, managerClaims, (tx) =>
        tx
          .insertInto('users')
          .values({ email: 'accomplice@example.com', roles: ['admin'] })
          .execute(),
      ),
    ).rejects.toThrow(/row-level security/);
    await expect(
      withRequestContext(database.db, managerClaims, (tx) =>
        tx
          .updateTable('users')
          .set({ roles: ['admin'] })
          .where('id', '=', manager.id)
          .execute(),
      ),
    ).rejects.toThrow(/only an admin with a second factor changes roles/);
    for (const table of ['auth_links', 'notifications']) {
      await expect(
        withRequestContext(database.db, managerClaims, (tx) =>
          sql`select id from ${sql.table(`public.${table}`)}`.execute(tx),
        ),
      ).rejects.toThrow(/permission denied/);
    }

    // 5. A guessed link opens nothing.
    const guess = randomBytes(32).toString('base64url');
    for (const [url, body] of [
      ['/api/auth/link-info', { token: guess }],
      ['/api/auth/accept-invitation', { token: guess, password: STRONG }],
      ['/api/auth/reset-password', { token: guess, password: STRONG }],
    ] as const) {
      const answer = await call('POST', url, { body });
      expect(answer.statusCode, url).toBe(400);
      expect(answer.json().code).toBe('INVALID_LINK');
    }

    // Nothing changed hands: the manager is a manager, nobody new holds a password, and no
    // message addressed to the manager carries a link.
    const { rows: accounts } = await database.owner.query<{ email: string; has_password: boolean }>(
      `select email, password_hash is not null as has_password from public.users
        where roles @> array['admin'] order by email`,
    );
    expect(accounts).toEqual([
      { email: 'admin@example.com', has_password: true },
      { email: 'owner.two@example.com', has_password: false },
      { email: 'withdrawn@example.com', has_password: false },
    ]);
    const roles = await database.owner.query(`select roles from public.users where id = $1`, [
      manager.id,
    ]);
    expect(roles.rows[0].roles).toEqual(['manager']);
    expect((await deliveredLinks()).filter((link) => link.to === manager.email)).toEqual([]);
    const toManager = (await notifications.mailbox.list()).filter((m) => m.to === manager.email);
    expect(toManager).toHaveLength(1);
    expect((await notifications.mailbox.get(toManager[0]!.id))!.html).not.toContain('token=');

    // The links were live all along: their recipient uses one.
    const invited = links.find((link) => link.page === 'invitation')!;
    const accepted = await call('POST', '/api/auth/accept-invitation', {
      body: { token: invited.token, password: STRONG },
    });
    expect(accepted.statusCode, accepted.body).toBe(204);
  });
});
