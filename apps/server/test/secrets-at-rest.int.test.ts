// No emailed link lives in the database in clear (issue #12, item 2). Every flow that emails a
// secret link runs end to end over HTTP — sign-up, email change, password reset, a staff
// invitation, a booking's confirmation and a manage-link request — the worker delivers them, one
// more invitation stays queued, and then a dump of every table of every schema the app owns is
// searched for each token that left in an email. Anyone with a backup must find none.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../src/app.ts';
import type { Identity } from '../src/modules/auth/identity.ts';
import { createTestCatalogue } from './test-catalogue.ts';
import type { RunningWorkers } from '../src/jobs/run-workers.ts';
import type { NotificationService } from '../src/services/notifications/notification-service.ts';
import { accessTokenFor, createUser, TEST_PASSWORD } from './auth-helpers.ts';
import { eventually } from './smtp-test-server.ts';
import {
  buildTestApp,
  createTestIdentity,
  createTestNotifications,
  startTestJobs,
} from './test-app.ts';
import { createTestDatabase, type TestDatabase } from './test-database.ts';

const STRONG = 'Un soir au cabaret 1925';
const FAST = { pollIntervalMs: 100, heartbeatMs: 200 };
const LINK = /\/([a-z-]+)#token=([A-Za-z0-9_-]{43})/g;

describe('emailed link tokens at rest', () => {
  let database: TestDatabase;
  let notifications: NotificationService;
  let jobs: RunningWorkers | undefined;
  let identity: Identity;
  let app: App;
  let ip = 0;

  beforeAll(async () => {
    database = await createTestDatabase();
    notifications = await createTestNotifications(database); // no SMTP_URL: the local mailbox
    identity = await createTestIdentity(database, notifications);
    app = await buildTestApp(database, { notifications, identity });
  });
  afterAll(async () => {
    await app?.close();
    await jobs?.stop();
    await notifications?.stop();
    await database?.close();
  });

  const call = (method: 'GET' | 'POST', url: string, payload?: object, authorization?: string) =>
    app.inject({
      method,
      url,
      remoteAddress: `192.0.2.${++ip}`,
      headers: authorization ? { authorization } : {},
      ...(payload ? { payload } : {}),
    });

  /** Every table of every schema the app owns, each row as text, read as the owner. */
  async function dumpEveryTable(): Promise<Map<string, string>> {
    const { rows: tables } = await database.owner.query<{ name: string }>(
      `select format('%I.%I', n.nspname, c.relname) as name
         from pg_class c join pg_namespace n on n.oid = c.relnamespace
        where c.relkind in ('r', 'p', 'm')
          and n.nspname not in ('pg_catalog', 'information_schema', 'pg_toast')
          and n.nspname not like 'pg_temp%' and n.nspname not like 'pg_toast_temp%'
        order by 1`,
    );
    const dump = new Map<string, string>();
    for (const { name } of tables) {
      const { rows } = await database.owner.query<{ row: string }>(
        `select t::text as row from ${name} t`,
      );
      dump.set(name, rows.map((r) => r.row).join('\n'));
    }
    return dump;
  }

  /** The tables whose dump holds one of these tokens, as `table: page` lines. */
  function found(dump: Map<string, string>, links: Map<string, string>): string[] {
    const hits: string[] = [];
    for (const [table, text] of dump) {
      for (const [token, page] of links) if (text.includes(token)) hits.push(`${table}: ${page}`);
      if (/#token=[A-Za-z0-9_-]{43}/.test(text)) hits.push(`${table}: a #token= link`);
    }
    return hits;
  }

  /** The links that left in emails, read from the delivered mailbox: token → page. */
  async function deliveredLinks(): Promise<Map<string, string>> {
    const links = new Map<string, string>();
    for (const entry of await notifications.mailbox.list(1000)) {
      const message = await notifications.mailbox.get(entry.id);
      for (const part of [message?.text ?? '', message?.html ?? '']) {
        for (const [, page, token] of part.matchAll(LINK)) links.set(token!, page!);
      }
    }
    return links;
  }

  const pages = (links: Map<string, string>) => [...links.values()].sort();

  it('keeps no token in clear in any table, delivered or still queued', async () => {
    jobs = await startTestJobs(database, notifications, FAST);
    const catalogue = await createTestCatalogue(database.owner);

    // A guest signs up (verification link).
    const signUp = await call('POST', '/api/auth/sign-up', {
      email: 'lea@example.com',
      password: STRONG,
      acceptTerms: true,
    });
    expect(signUp.statusCode).toBe(202);

    // A guest changes their address (email-change link) and forgets their password (reset link).
    const guest = await createUser(database, { email: 'noe@example.com' });
    const { authorization: guestAuth } = await accessTokenFor(database, identity, guest, 'aal1');
    const change = await call(
      'POST',
      '/api/account/email',
      { currentPassword: TEST_PASSWORD, newEmail: 'noe.new@example.com' },
      guestAuth,
    );
    expect(change.statusCode, change.body).toBe(202);
    const forgot = await call('POST', '/api/auth/forgot-password', { email: 'noe@example.com' });
    expect(forgot.statusCode).toBe(202);

    // An admin invites a colleague (invitation link).
    const admin = await createUser(database, { email: 'admin@example.com', roles: ['admin'] });
    const { authorization: adminAuth } = await accessTokenFor(database, identity, admin, 'aal2');
    const invite = await call(
      'POST',
      '/api/staff/invitations',
      { email: 'new.manager@example.com', roles: ['manager'] },
      adminAuth,
    );
    expect(invite.statusCode, invite.body).toBe(201);

    // A guest books (manage link in the confirmation) and asks for the link again.
    const performanceId = await catalogue.performance();
    const hold = await call('POST', '/api/bookings/holds', {
      performanceId,
      lines: [{ formulaId: catalogue.formulas.show, zoneId: catalogue.zones.main, guests: 2 }],
    });
    expect(hold.statusCode, hold.body).toBe(201);
    const { bookingId, bookingToken, reference } = hold.json<{
      bookingId: string;
      bookingToken: string;
      reference: string;
    }>();
    const confirm = await app.inject({
      method: 'POST',
      url: `/api/bookings/${bookingId}/confirm`,
      remoteAddress: `192.0.2.${++ip}`,
      headers: { 'x-booking-token': bookingToken },
      payload: {
        contact: { name: 'Ada Lovelace', email: 'ada@example.com' },
        guests: [{}, {}],
        marketingEmail: false,
        payment: 'at_venue',
      },
    });
    expect(confirm.statusCode, confirm.body).toBe(200);
    const asked = await call('POST', '/api/bookings/link', { reference, email: 'ada@example.com' });
    expect(asked.statusCode).toBe(202);

    // Every one of them leaves; then the worker stops and one more invitation stays queued.
    const unsent = async () =>
      (
        await database.owner.query<{ n: number }>(
          `select count(*)::int as n from public.notifications where status <> 'sent'`,
        )
      ).rows[0]!.n;
    const sealed = async () =>
      (
        await database.owner.query<{ queued: number; sent: number }>(
          `select count(*) filter (where status <> 'sent')::int as queued,
                  count(*) filter (where status = 'sent')::int as sent
             from public.notifications where secrets is not null`,
        )
      ).rows[0]!;
    await eventually(async () => (await unsent()) === 0, { what: 'every email delivered' });
    await jobs?.stop();
    const queued = await call(
      'POST',
      '/api/staff/invitations',
      { email: 'new.admin@example.com', roles: ['admin'] },
      adminAuth,
    );
    expect(queued.statusCode, queued.body).toBe(201);
    expect(await unsent()).toBe(1);
    // Only the queued one still holds its link, sealed; the sent ones dropped theirs.
    expect(await sealed()).toEqual({ queued: 1, sent: 0 });

    const withOneQueued = await dumpEveryTable();
    expect(withOneQueued.size).toBeGreaterThan(20);
    expect([...withOneQueued.keys()]).toEqual(
      expect.arrayContaining(['public.notifications', 'graphile_worker._private_jobs']),
    );

    // The queued one leaves too, so that its token can be read from the mailbox.
    jobs = await startTestJobs(database, notifications, FAST);
    await eventually(async () => (await unsent()) === 0, { what: 'the queued email delivered' });
    const links = await deliveredLinks();
    expect(pages(links)).toEqual([
      'invitation',
      'invitation',
      'my-booking',
      'my-booking',
      'reset-password',
      'verify-email',
      'verify-email',
    ]);

    expect(found(withOneQueued, links)).toEqual([]);
    expect(found(await dumpEveryTable(), links)).toEqual([]);
    expect(await sealed()).toEqual({ queued: 0, sent: 0 });
  });
});
