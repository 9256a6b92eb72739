// The access matrix (issue #4): every API route, as registered, against every kind of caller —
// anonymous, two guests, and each staff role with and without a second factor. The expected
// verdict is computed from the route's declared access, the observed one from a real request; a
// route that lets a caller through that its declaration should stop (or the reverse) is listed by
// name, and no denied cell may ever answer 2xx. Then the edges of the guard itself: ended
// sessions, removed roles, disabled accounts, bad tokens, and `cache-control: no-store`.
import { randomUUID } from 'node:crypto';
import { STAFF_ROLES, type StaffRole } from '@ladiva/contract/auth-vocabulary';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App, RegisteredRoute } from '../app.ts';
import { issueAccessToken } from '../modules/auth/access-tokens.ts';
import type { Identity } from '../modules/auth/identity.ts';
import { revokeSession } from '../modules/auth/sessions.service.ts';
import type { NotificationService } from '../services/notifications/notification-service.ts';
import { accessTokenFor, createUser, type TestUser } from '../../test/auth-helpers.ts';
import { buildTestApp, createTestIdentity, createTestNotifications } from '../../test/test-app.ts';
import { createTestDatabase, type TestDatabase } from '../../test/test-database.ts';
import { SIGNED_IN, staffOnly, VIEW_LINK, type Access } from './request-claims.ts';

// ---------------------------------------------------------------------------------------------
// The expectation, from the declaration alone.

interface Principal {
  name: string;
  /** Undefined: no Authorization header. */
  roles?: readonly StaffRole[];
  aal?: 'aal1' | 'aal2';
}

type Expected =
  { verdict: 'allow' } | { verdict: 'deny'; status: 401 | 403; code: (typeof GUARD_CODES)[number] };

const GUARD_CODES = ['UNAUTHENTICATED', 'SESSION_ENDED', 'FORBIDDEN', 'MFA_REQUIRED'] as const;

const ALLOW: Expected = { verdict: 'allow' };
const UNAUTHENTICATED: Expected = { verdict: 'deny', status: 401, code: 'UNAUTHENTICATED' };

/** What the declared access says this principal must get. */
function expectedVerdict(access: Access, principal: Principal): Expected {
  const signedIn = principal.roles !== undefined;
  switch (access.kind) {
    case 'public':
      return ALLOW;
    case 'view_link':
      // No `view` token in the matrix's URLs: nobody passes, whatever the Authorization header.
      return UNAUTHENTICATED;
    case 'user':
      return signedIn ? ALLOW : UNAUTHENTICATED;
    case 'staff': {
      if (!signedIn) return UNAUTHENTICATED;
      if (!access.roles.some((role) => principal.roles!.includes(role))) {
        return { verdict: 'deny', status: 403, code: 'FORBIDDEN' };
      }
      if (principal.aal !== 'aal2') return { verdict: 'deny', status: 403, code: 'MFA_REQUIRED' };
      return ALLOW;
    }
  }
}

interface Observed {
  status: number;
  code: string | undefined;
}

/** Denied by the guard: 401/403 with one of its codes (a HEAD answer has no body: status only). */
function isGuardDenial(method: string, observed: Observed): boolean {
  if (observed.status !== 401 && observed.status !== 403) return false;
  if (method === 'HEAD') return true;
  return (GUARD_CODES as readonly string[]).includes(observed.code ?? '');
}

/** A readable line when the observation contradicts the expectation, else undefined. */
function mismatch(
  route: Pick<RegisteredRoute, 'method' | 'url'>,
  principal: Pick<Principal, 'name'>,
  expected: Expected,
  observed: Observed,
): string | undefined {
  const cell = `${route.method} ${route.url} × ${principal.name}`;
  const got = `${observed.status}${observed.code ? ` ${observed.code}` : ''}`;
  const denied = isGuardDenial(route.method, observed);
  if (expected.verdict === 'allow') {
    return denied ? `${cell}: expected allow, got ${got}` : undefined;
  }
  const want = `deny ${expected.status} ${expected.code}`;
  if (!denied) return `${cell}: expected ${want}, got ${got}`;
  if (observed.status !== expected.status) return `${cell}: expected ${want}, got ${got}`;
  if (route.method !== 'HEAD' && observed.code !== expected.code) {
    return `${cell}: expected ${want}, got ${got}`;
  }
  return undefined;
}

/** A concrete URL for a route pattern: ids are fresh uuids, enums take a valid value. */
function concreteUrl(url: string): string {
  return url.replace(/:(\w+)/g, (_match, name: string) => {
    if (name === 'kind') return 'reminder';
    if (name === 'id') return randomUUID();
    if (name === 'zoneId') return randomUUID();
    throw new Error(`no value for path parameter :${name} in ${url}: teach concreteUrl`);
  });
}

const PRINCIPALS: Principal[] = [
  { name: 'anonymous' },
  { name: 'guest_a', roles: [], aal: 'aal1' },
  { name: 'guest_b', roles: [], aal: 'aal1' },
  ...STAFF_ROLES.flatMap((role): Principal[] => [
    { name: `${role}_aal1`, roles: [role], aal: 'aal1' },
    { name: `${role}_aal2`, roles: [role], aal: 'aal2' },
  ]),
];

const isDocsRoute = (url: string) =>
  url === '/api/openapi.json' || url === '/api/docs' || url.startsWith('/api/docs/');

const WITH_BODY = new Set(['POST', 'PATCH', 'PUT', 'DELETE']);

// ---------------------------------------------------------------------------------------------

describe('access matrix', () => {
  let database: TestDatabase;
  let notifications: NotificationService;
  let identity: Identity;
  let app: App;
  const users = new Map<string, TestUser>();

  beforeAll(async () => {
    database = await createTestDatabase();
    notifications = await createTestNotifications(database);
    identity = await createTestIdentity(database, notifications);
    app = await buildTestApp(database, { notifications, identity });
    await app.ready();
    for (const principal of PRINCIPALS) {
      if (principal.roles === undefined) continue;
      users.set(
        principal.name,
        await createUser(database, {
          email: `${principal.name}@example.com`,
          roles: [...principal.roles],
        }),
      );
    }
  });
  afterAll(async () => {
    await app?.close();
    await notifications?.stop();
    await database?.close();
  });

  /** A fresh session per request: a cell that ends its session (sign-out…) spoils no other. */
  async function headersFor(principal: Principal): Promise<Record<string, string>> {
    const user = users.get(principal.name);
    if (!user) return {};
    const { authorization } = await accessTokenFor(database, identity, user, principal.aal);
    return { authorization };
  }

  const apiRoutes = () => app.registeredRoutes.filter((route) => route.url.startsWith('/api'));

  it('every API route but the documentation declares its access', () => {
    const undeclared = apiRoutes()
      .filter((route) => !isDocsRoute(route.url) && route.access === undefined)
      .map((route) => `${route.method} ${route.url}`);
    expect(undeclared).toEqual([]);
    // The matrix below is not vacuous: every kind of access is represented.
    const kinds = new Set(apiRoutes().map((route) => route.access?.kind));
    expect([...kinds].sort()).toEqual(['public', 'staff', 'user', 'view_link', undefined].sort());
  });

  it('keeps the routes that hold secret links or grant roles for admins only (issue #12)', () => {
    const declared = (method: string, url: string) =>
      apiRoutes().find((route) => route.method === method && route.url === url)?.access;
    const adminsOnly = staffOnly('admin');
    for (const [method, url] of [
      ['GET', '/api/mailbox'],
      ['GET', '/api/mailbox/:id'],
      ['POST', '/api/staff/invitations'],
      ['PATCH', '/api/staff/members/:id'],
    ] as const) {
      expect(declared(method, url), `${method} ${url}`).toEqual(adminsOnly);
    }
    // The frame of a mailbox message: its view link is handed out by the admin-only route above.
    expect(declared('GET', '/api/mailbox/:id/html')).toEqual(VIEW_LINK);
  });

  it('every route × principal gets the verdict its declaration promises; no denied cell is 2xx', async () => {
    const routes = apiRoutes().filter((route) => route.access !== undefined);
    // Session-ending routes last, although fresh tokens per cell already make order irrelevant.
    routes.sort(
      (a, b) => Number(a.url.endsWith('/sign-out')) - Number(b.url.endsWith('/sign-out')),
    );
    const mismatches: string[] = [];
    const leaks: string[] = [];
    let cells = 0;
    for (const route of routes) {
      for (const principal of PRINCIPALS) {
        const expected = expectedVerdict(route.access!, principal);
        const headers = await headersFor(principal);
        const response = await app.inject({
          method: route.method as 'GET',
          url: concreteUrl(route.url),
          headers: WITH_BODY.has(route.method)
            ? { ...headers, 'content-type': 'application/json' }
            : headers,
          ...(WITH_BODY.has(route.method) ? { payload: '{}' } : {}),
        });
        cells += 1;
        let code: string | undefined;
        try {
          code = (response.json() as { code?: string }).code;
        } catch {
          code = undefined;
        }
        const observed = { status: response.statusCode, code };
        const line = mismatch(route, principal, expected, observed);
        if (line) mismatches.push(line);
        if (
          expected.verdict === 'deny' &&
          response.statusCode >= 200 &&
          response.statusCode < 300
        ) {
          leaks.push(`${route.method} ${route.url} × ${principal.name}: ${response.statusCode}`);
        }
      }
    }
    expect(routes.length).toBeGreaterThan(40);
    expect(cells).toBe(routes.length * PRINCIPALS.length);
    expect(mismatches).toEqual([]);
    expect(leaks).toEqual([]);
  });

  // -------------------------------------------------------------------------------------------
  // The matrix can fail.

  it('reports a route whose behaviour is looser than its declaration', async () => {
    const loose = await buildTestApp(database, { notifications, identity });
    loose.get(
      '/api/test/too-loose',
      { config: { access: SIGNED_IN }, schema: { operationId: 'tooLoose', hide: true } },
      async () => ({ ok: true }),
    );
    await loose.ready();
    try {
      const guest: Principal = { name: 'guest_a', roles: [], aal: 'aal1' };
      const route = { method: 'GET', url: '/api/test/too-loose' };
      const response = await loose.inject({ url: route.url, headers: await headersFor(guest) });
      expect(response.statusCode).toBe(200);
      // Audited as if it were an admin route: the matrix names the cell.
      expect(
        mismatch(route, guest, expectedVerdict(staffOnly('admin'), guest), {
          status: response.statusCode,
          code: undefined,
        }),
      ).toBe('GET /api/test/too-loose × guest_a: expected deny 403 FORBIDDEN, got 200');
      // And the honest declaration passes.
      expect(
        mismatch(route, guest, expectedVerdict(SIGNED_IN, guest), {
          status: 200,
          code: undefined,
        }),
      ).toBeUndefined();
      // A guard that answered with the wrong refusal is a mismatch too.
      const admin1 = { name: 'admin_aal1', roles: ['admin' as const], aal: 'aal1' as const };
      expect(
        mismatch(route, admin1, expectedVerdict(staffOnly('admin'), admin1), {
          status: 403,
          code: 'FORBIDDEN',
        }),
      ).toBe(
        'GET /api/test/too-loose × admin_aal1: expected deny 403 MFA_REQUIRED, got 403 FORBIDDEN',
      );
      // And a route stricter than declared.
      expect(
        mismatch(route, guest, expectedVerdict(SIGNED_IN, guest), {
          status: 403,
          code: 'FORBIDDEN',
        }),
      ).toBe('GET /api/test/too-loose × guest_a: expected allow, got 403 FORBIDDEN');
    } finally {
      await loose.close();
    }
  });

  it('refuses to register a documented route that declares no access', async () => {
    const careless = await buildTestApp(database, { notifications, identity });
    try {
      expect(() =>
        careless.get(
          '/api/test/undeclared',
          { schema: { operationId: 'undeclared' } },
          async () => ({ ok: true }),
        ),
      ).toThrow(/GET \/api\/test\/undeclared \(undeclared\) declares no access/);
      // Inside a plugin, the failure surfaces when the app starts.
      const other = await buildTestApp(database, { notifications, identity });
      await expect(async () => {
        await other.register(async (scope) => {
          scope.post(
            '/api/test/undeclared-too',
            { schema: { operationId: 'undeclaredToo' } },
            () => ({}),
          );
        });
        await other.ready();
      }).rejects.toThrow(/POST \/api\/test\/undeclared-too \(undeclaredToo\) declares no access/);
      await other.close().catch(() => undefined);
    } finally {
      await careless.close().catch(() => undefined);
    }
  });

  // -------------------------------------------------------------------------------------------
  // Ended sessions and bad tokens.

  describe('a token outliving its grounds', () => {
    it('401 SESSION_ENDED once its session is revoked', async () => {
      const user = await createUser(database, { email: 'revoked@example.com' });
      const { authorization, sessionId } = await accessTokenFor(database, identity, user, 'aal1');
      expect(
        (await app.inject({ url: '/api/account', headers: { authorization } })).statusCode,
      ).toBe(200);
      expect(await revokeSession(database.db, sessionId, { reason: 'sign_out' })).toBe(true);
      const after = await app.inject({ url: '/api/account', headers: { authorization } });
      expect(after.statusCode).toBe(401);
      expect(after.json()).toMatchObject({ code: 'SESSION_ENDED' });
    });

    it('401 SESSION_ENDED once a role it claims is taken away', async () => {
      const user = await createUser(database, { email: 'demoted@example.com', roles: ['manager'] });
      const { authorization } = await accessTokenFor(database, identity, user, 'aal2');
      const before = await app.inject({
        url: '/api/notifications/stats',
        headers: { authorization },
      });
      expect(before.statusCode).toBe(200);
      await database.owner.query(`update public.users set roles = '{}' where id = $1`, [user.id]);
      for (const url of ['/api/notifications/stats', '/api/account']) {
        const after = await app.inject({ url, headers: { authorization } });
        expect(after.statusCode, url).toBe(401);
        expect(after.json(), url).toMatchObject({ code: 'SESSION_ENDED' });
      }
    });

    it('401 once the account is disabled', async () => {
      const user = await createUser(database, { email: 'disabled@example.com' });
      const { authorization } = await accessTokenFor(database, identity, user, 'aal1');
      await database.owner.query('update public.users set disabled_at = now() where id = $1', [
        user.id,
      ]);
      const after = await app.inject({ url: '/api/account', headers: { authorization } });
      expect(after.statusCode).toBe(401);
      expect(after.json()).toMatchObject({ code: 'SESSION_ENDED' });
    });
  });

  describe('a token that is not one of ours', () => {
    let user: TestUser;
    let valid: { token: string; sessionId: string };
    beforeAll(async () => {
      user = await createUser(database, { email: 'forger@example.com', roles: ['admin'] });
      valid = await accessTokenFor(database, identity, user, 'aal2');
    });

    const b64 = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');

    const cases: [string, () => Promise<string>][] = [
      [
        'expired',
        () =>
          issueAccessToken(identity.keys, {
            sub: user.id,
            roles: ['admin'],
            aal: 'aal2',
            sessionId: valid.sessionId,
            issuer: identity.issuer,
            audience: identity.audience,
            now: new Date(Date.now() - 3_600_000),
          }),
      ],
      ['garbage', async () => 'not.a.jwt'],
      [
        'alg:none',
        async () => {
          const [, payload] = valid.token.split('.');
          return `${b64({ alg: 'none', typ: 'at+jwt' })}.${payload}.`;
        },
      ],
      [
        'signature of another token',
        async () => {
          const [header, payload] = valid.token.split('.');
          const other = (await accessTokenFor(database, identity, user, 'aal1')).token;
          return `${header}.${payload}.${other.split('.')[2]}`;
        },
      ],
      [
        'claims edited after signing',
        async () => {
          const [header, payload, signature] = valid.token.split('.');
          const claims = JSON.parse(Buffer.from(payload!, 'base64url').toString()) as object;
          return `${header}.${b64({ ...claims, roles: ['admin', 'manager'] })}.${signature}`;
        },
      ],
    ];

    it.each(cases)('%s: 401 with www-authenticate', async (_name, make) => {
      const token = await make();
      for (const url of ['/api/account', '/api/staff/members', '/api/venue']) {
        const response = await app.inject({ url, headers: { authorization: `Bearer ${token}` } });
        expect(response.statusCode, url).toBe(401);
        expect(response.json(), url).toMatchObject({ code: 'UNAUTHENTICATED' });
        expect(response.headers['www-authenticate'], url).toBe('Bearer error="invalid_token"');
        // The refusal does not echo the token.
        expect(response.body).not.toContain(token);
      }
    });

    it.each(['Basic dXNlcjpwYXNz', 'Bearer', 'Bearer a b', 'bearer x.y.z', ''])(
      'a malformed Authorization header %j: 401 with www-authenticate',
      async (authorization) => {
        const response = await app.inject({ url: '/api/venue', headers: { authorization } });
        expect(response.statusCode).toBe(401);
        expect(response.json()).toMatchObject({ code: 'UNAUTHENTICATED' });
        expect(response.headers['www-authenticate']).toBe('Bearer error="invalid_request"');
      },
    );

    it('the valid token itself still works (the cases above are refused for their flaw)', async () => {
      const response = await app.inject({
        url: '/api/staff/members',
        headers: { authorization: `Bearer ${valid.token}` },
      });
      expect(response.statusCode).toBe(200);
    });
  });

  it('every authenticated response carries cache-control: no-store', async () => {
    const user = await createUser(database, { email: 'cache@example.com', roles: ['admin'] });
    const offenders: string[] = [];
    for (const route of apiRoutes()) {
      if (!route.access || route.method === 'HEAD') continue;
      const { authorization } = await accessTokenFor(database, identity, user, 'aal2');
      const response = await app.inject({
        method: route.method as 'GET',
        url: concreteUrl(route.url),
        headers: WITH_BODY.has(route.method)
          ? { authorization, 'content-type': 'application/json' }
          : { authorization },
        ...(WITH_BODY.has(route.method) ? { payload: '{}' } : {}),
      });
      if (response.headers['cache-control'] !== 'no-store') {
        offenders.push(
          `${route.method} ${route.url}: ${response.statusCode} cache-control=${String(response.headers['cache-control'])}`,
        );
      }
    }
    expect(offenders).toEqual([]);
    // Including a public route answered to a signed-in caller, and a refusal.
    const { authorization } = await accessTokenFor(database, identity, user, 'aal2');
    const venue = await app.inject({ url: '/api/venue', headers: { authorization } });
    expect(venue.statusCode).toBe(200);
    expect(venue.headers['cache-control']).toBe('no-store');
    const guest = await createUser(database, { email: 'cache-guest@example.com' });
    const refused = await app.inject({
      url: '/api/staff/members',
      headers: {
        authorization: (await accessTokenFor(database, identity, guest, 'aal1')).authorization,
      },
    });
    expect(refused.statusCode).toBe(403);
    expect(refused.headers['cache-control']).toBe('no-store');
  });
});
