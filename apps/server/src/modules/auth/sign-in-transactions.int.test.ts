// How many transactions one sign-in costs (issue #13, item 2), counted on the wire: every `begin`
// a client of the app's pool sends (Kysely's transactions, and the one-message transactions of
// single-trip.ts) with the role it takes, and every statement sent outside a transaction (an
// implicit one). The numbers and the roles are pinned: a change that adds a transaction to a
// sign-in, or runs one under another role, fails here and has to say why (ADR 0023).
//
// Before #13: 7 transactions without a second factor, 8 from a known device, 3 + 6 with a second
// factor, 6 for a wrong password.
import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../app.ts';
import { createUser, TEST_PASSWORD, type TestUser } from '../../../test/auth-helpers.ts';
import {
  buildTestApp,
  createTestIdentity,
  createTestNotifications,
} from '../../../test/test-app.ts';
import { createTestDatabase, type TestDatabase } from '../../../test/test-database.ts';
import { REFRESH_COOKIE } from './auth-cookies.ts';
import type { Identity } from './identity.ts';
import { totpSecretContext } from './second-factor.ts';
import { generateTotpSecret, totpCodeAt } from './totp.ts';

interface Count {
  /** One entry per `begin` (alone, or heading a one-message transaction): the role it took. */
  transactions: string[];
  /** Statements sent outside any transaction: each is a transaction of its own. */
  implicit: number;
}

const SERVICE = 'service_role';
const ANON = 'anon';

/** Counts what the pool's clients send; attach before the pool opens its first connection. */
function countTransactions(pool: pg.Pool): { take(): Count } {
  let count: Count = { transactions: [], implicit: 0 };
  pool.on('connect', (client) => {
    let inTransaction = false;
    const query = client.query.bind(client) as (...args: unknown[]) => unknown;
    (client as unknown as { query: typeof query }).query = (...args: unknown[]) => {
      const first = args[0];
      const text = (typeof first === 'string' ? first : (first as { text?: string }).text) ?? '';
      const statement = text.trim().toLowerCase();
      if (/^(begin|start transaction)\b/.test(statement)) {
        // single-trip.ts: the role is a literal of the same message.
        count.transactions.push(/set_config\('role', '(\w+)'/.exec(statement)?.[1] ?? '?');
        // A one-message transaction ends in the same message.
        inTransaction = !/\b(commit|rollback)\s*;?$/.test(statement);
      } else if (/^(commit|rollback)\b/.test(statement)) {
        inTransaction = false;
      } else if (!inTransaction) {
        count.implicit += 1;
      } else if (statement.startsWith("select set_config('role', $1")) {
        // request-context.ts: the role is the first parameter.
        count.transactions[count.transactions.length - 1] = String((args[1] as unknown[])[0]);
      }
      return query(...args);
    };
  });
  return {
    take() {
      const taken = count;
      count = { transactions: [], implicit: 0 };
      return taken;
    },
  };
}

describe('transactions per sign-in', () => {
  let database: TestDatabase;
  let identity: Identity;
  let app: App;
  let counter: { take(): Count };

  beforeAll(async () => {
    database = await createTestDatabase();
    counter = countTransactions(database.pool);
    const notifications = await createTestNotifications(database);
    identity = await createTestIdentity(database, notifications);
    app = await buildTestApp(database, { notifications, identity });
  });
  afterAll(async () => {
    await app?.close();
    await database?.close();
  });

  let ip = 0;
  const post = (url: string, payload: object, cookie?: string) =>
    app.inject({
      method: 'POST',
      url,
      payload,
      remoteAddress: `192.0.2.${++ip}`,
      headers: cookie ? { cookie: `${REFRESH_COOKIE}=${cookie}` } : {},
    });

  /** What the request cost, measured alone (nothing else runs on this app meanwhile). */
  async function measure(send: () => Promise<{ statusCode: number; body: string }>) {
    counter.take();
    const response = await send();
    return { response, count: counter.take() };
  }

  async function withSecondFactor(user: TestUser): Promise<string> {
    const secret = generateTotpSecret(user.email, 'La Diva').base32;
    await database.owner.query(
      `insert into public.mfa_factors (user_id, secret_sealed, confirmed_at) values ($1, $2, now())`,
      [user.id, identity.box.seal(secret, totpSecretContext(user.id))],
    );
    return secret;
  }

  it('signs in without a second factor in 3 transactions', async () => {
    const user = await createUser(database, { email: 'one-step@example.com' });
    const { response, count } = await measure(() =>
      post('/api/auth/sign-in', { email: user.email, password: TEST_PASSWORD }),
    );
    expect(response.statusCode, response.body).toBe(200);
    // The account and its factor; the limits; the session, its refresh token and audit entry.
    expect(count).toEqual({ transactions: [SERVICE, ANON, SERVICE], implicit: 0 });
  });

  it('signs in from a known device (a live refresh cookie) in 3 transactions', async () => {
    const user = await createUser(database, { email: 'known-device@example.com' });
    const first = await post('/api/auth/sign-in', { email: user.email, password: TEST_PASSWORD });
    const cookie = first.cookies.find((c) => c.name === REFRESH_COOKIE)!.value;
    const { response, count } = await measure(() =>
      post('/api/auth/sign-in', { email: user.email, password: TEST_PASSWORD }, cookie),
    );
    expect(response.statusCode, response.body).toBe(200);
    // The cookie is recognised in the transaction that reads the account.
    expect(count).toEqual({ transactions: [SERVICE, ANON, SERVICE], implicit: 0 });
  });

  it('signs in with a second factor in 2 + 2 transactions', async () => {
    const user = await createUser(database, { email: 'two-step@example.com', roles: ['door'] });
    const secret = await withSecondFactor(user);
    const password = await measure(() =>
      post('/api/auth/sign-in', { email: user.email, password: TEST_PASSWORD }),
    );
    expect(password.response.statusCode, password.response.body).toBe(200);
    expect(password.count).toEqual({ transactions: [SERVICE, ANON], implicit: 0 });
    const { mfaToken } = JSON.parse(password.response.body) as { mfaToken: string };
    const code = await measure(() =>
      post('/api/auth/mfa', { mfaToken, code: totpCodeAt(secret, Date.now()) }),
    );
    expect(code.response.statusCode, code.response.body).toBe(200);
    // The code limit; then the challenge spent, the code consumed, the session opened, at once.
    expect(code.count).toEqual({ transactions: [ANON, SERVICE], implicit: 0 });
  });

  it('refuses a wrong password in 4 transactions, its failure counted in one of its own', async () => {
    const user = await createUser(database, { email: 'wrong@example.com' });
    const { response, count } = await measure(() =>
      post('/api/auth/sign-in', { email: user.email, password: 'not the password' }),
    );
    expect(response.statusCode).toBe(401);
    // The reads; the limits; the failure counted in every bucket at once, kept whatever follows;
    // its audit entry.
    expect(count).toEqual({ transactions: [SERVICE, ANON, ANON, SERVICE], implicit: 0 });
  });
});
