// The API login role (ADR 0004): instances that reach one database by different addresses (a
// load balancer, a proxy, a private and a public name) agree on its password, so that a second
// instance starting never locks the first one out.
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTcpProxy, type TcpProxy } from '../../test/tcp-proxy.ts';
import { createTestDatabase, type TestDatabase } from '../../test/test-database.ts';
import { apiRoleUrl, ensureApiRole } from './roles.ts';

async function canLogIn(url: string): Promise<true | string> {
  const client = new pg.Client({ connectionString: url });
  client.on('error', () => undefined);
  try {
    await client.connect();
    await client.query('select 1');
    return true;
  } catch (error) {
    return (error as Error).message;
  } finally {
    await client.end().catch(() => undefined);
  }
}

describe('the API login role', () => {
  let database: TestDatabase;
  let proxy: TcpProxy;
  let viaProxy: string;

  beforeAll(async () => {
    database = await createTestDatabase();
    const direct = new URL(database.ownerUrl);
    proxy = await startTcpProxy({ host: direct.hostname, port: Number(direct.port) });
    const other = new URL(database.ownerUrl);
    other.hostname = 'localhost';
    other.port = String(proxy.port);
    viaProxy = other.toString();
  });
  afterAll(async () => {
    await proxy?.close();
    await database?.close();
  });

  it('has one password whatever address an instance reaches the database by', async () => {
    // The second instance comes up through another address…
    await ensureApiRole(viaProxy);
    expect(await canLogIn(apiRoleUrl(viaProxy))).toBe(true);
    // …and the first one, which reached it directly, can still open new connections.
    expect(await canLogIn(apiRoleUrl(database.ownerUrl))).toBe(true);
    await ensureApiRole(database.ownerUrl);
    expect(await canLogIn(apiRoleUrl(viaProxy))).toBe(true);
  });

  it('depends on the owner credentials, so it is no more guessable than they are', () => {
    const other = new URL(database.ownerUrl);
    other.password = `${other.password}x`;
    expect(new URL(apiRoleUrl(other.toString())).password).not.toBe(
      new URL(apiRoleUrl(database.ownerUrl)).password,
    );
  });
});
