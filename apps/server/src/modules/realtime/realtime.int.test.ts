// Realtime against a real PostgreSQL and real sockets: a performance's places pushed after a hold,
// the room's changes to staff only, bad frames answered with error frames, a foreign origin
// refused, a reconnect resumed from its cursor, SSE, and two instances on one database.
import type { ServerFrame } from '@ladiva/contract/realtime';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { accessTokenFor, createUser } from '../../../test/auth-helpers.ts';
import {
  buildTestApp,
  createTestIdentity,
  createTestNotifications,
} from '../../../test/test-app.ts';
import { createTestCatalogue, type TestCatalogue } from '../../../test/test-catalogue.ts';
import { createTestDatabase, type TestDatabase } from '../../../test/test-database.ts';
import type { App } from '../../app.ts';
import { createDb, createServicePool } from '../../db/database.ts';
import { createPool } from '../../db/pool.ts';
import { startTcpProxy } from '../../../test/tcp-proxy.ts';
import { silentLogger } from '../../../test/test-database.ts';
import { issueAccessToken } from '../auth/access-tokens.ts';
import type { Identity } from '../auth/identity.ts';
import { createSession } from '../auth/sessions.service.ts';

/** A socket whose frames are kept, with a way to wait for the next one that matches. */
class Client {
  readonly frames: ServerFrame[] = [];
  private waiters: { match: (f: ServerFrame) => boolean; resolve: (f: ServerFrame) => void }[] = [];

  private constructor(readonly socket: WebSocket) {
    socket.on('message', (raw) => {
      const frame = JSON.parse(String(raw)) as ServerFrame;
      this.frames.push(frame);
      for (const waiter of [...this.waiters]) {
        if (waiter.match(frame)) {
          this.waiters.splice(this.waiters.indexOf(waiter), 1);
          waiter.resolve(frame);
        }
      }
    });
  }

  static open(url: string, headers: Record<string, string> = {}): Promise<Client> {
    return new Promise((resolve, reject) => {
      const socket = new WebSocket(url, { headers });
      const client = new Client(socket);
      socket.once('open', () => resolve(client));
      socket.once('error', reject);
      socket.once('unexpected-response', (_req, res) =>
        reject(new Error(`refused: ${res.statusCode}`)),
      );
    });
  }

  send(frame: object | string) {
    this.socket.send(typeof frame === 'string' ? frame : JSON.stringify(frame));
  }

  /** The first frame (already received or to come) that matches, within `ms`. */
  next(match: (f: ServerFrame) => boolean, ms = 5_000, from = 0): Promise<ServerFrame> {
    const seen = this.frames.slice(from).find(match);
    if (seen) return Promise.resolve(seen);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`no such frame among ${JSON.stringify(this.frames)}`)),
        ms,
      );
      this.waiters.push({
        match,
        resolve: (frame) => {
          clearTimeout(timer);
          resolve(frame);
        },
      });
    });
  }

  close() {
    this.socket.close();
  }
}

type Zones = { zones: { zoneId: string; seatsLeft: number }[] };

describe('realtime', () => {
  let database: TestDatabase;
  let app: App;
  let other: App;
  let url: string;
  let otherUrl: string;
  let catalogue: TestCatalogue;
  let staffToken: string;
  let kitchenToken: string;
  let identity: Identity;
  let staffId: string;

  beforeAll(async () => {
    database = await createTestDatabase({ poolSize: 10 });
    const notifications = await createTestNotifications(database);
    identity = await createTestIdentity(database, notifications);
    app = await buildTestApp(database, { notifications, identity });
    // A second instance on the same database (its own hub and listener).
    other = await buildTestApp(database, { notifications, identity });
    url = `${(await app.listen({ port: 0, host: '127.0.0.1' })).replace('http', 'ws')}/api/realtime`;
    otherUrl = `${(await other.listen({ port: 0, host: '127.0.0.1' })).replace('http', 'ws')}/api/realtime`;
    catalogue = await createTestCatalogue(database.owner);
    const staff = await createUser(database, { email: 'box@ladiva.test', roles: ['box_office'] });
    staffToken = (await accessTokenFor(database, identity, staff, 'aal2')).authorization.slice(7);
    staffId = staff.id;
    const cook = await createUser(database, { email: 'cook@ladiva.test', roles: ['kitchen'] });
    kitchenToken = (await accessTokenFor(database, identity, cook, 'aal2')).authorization.slice(7);
  });
  afterAll(async () => {
    await app?.close();
    await other?.close();
    await database?.close();
  });

  const hold = async (performanceId: string, guests: number) => {
    const res = await app.inject({
      method: 'POST',
      url: '/api/bookings/holds',
      remoteAddress: `10.9.0.${Math.floor(Math.random() * 250) + 1}`,
      payload: {
        performanceId,
        lines: [{ formulaId: catalogue.formulas.show, zoneId: catalogue.zones.main, guests }],
      },
    });
    expect(res.statusCode, res.body).toBe(201);
  };
  const mainLeft = (frame: ServerFrame) =>
    frame.type === 'event'
      ? (frame.data as Zones).zones.find((z) => z.zoneId === catalogue.zones.main)?.seatsLeft
      : undefined;

  it('pushes a performance’s places left after a hold, to subscribers of either instance', async () => {
    const performanceId = await catalogue.performance({ main: 50, bar: 10 });
    const channel = `availability:${performanceId}`;
    const here = await Client.open(url);
    const there = await Client.open(otherUrl);
    for (const client of [here, there]) client.send({ type: 'subscribe', channel });
    for (const client of [here, there]) {
      await client.next((f) => f.type === 'subscribed');
      expect(mainLeft(await client.next((f) => f.type === 'event'))).toBe(50);
    }
    await hold(performanceId, 3);
    for (const client of [here, there]) {
      const pushed = await client.next((f) => f.type === 'event' && mainLeft(f) === 47);
      expect(pushed).toMatchObject({ channel, cursor: expect.stringMatching(/^\d+$/) });
    }
    here.close();
    there.close();
  });

  it('answers bad frames with error frames, and keeps the connection', async () => {
    const client = await Client.open(url);
    client.send('not json');
    expect(await client.next((f) => f.type === 'error')).toMatchObject({ code: 'BAD_FRAME' });
    client.send({ type: 'subscribe', channel: 'everything' });
    expect(
      await client.next((f) => f.type === 'error' && f.code === 'UNKNOWN_CHANNEL'),
    ).toBeTruthy();
    client.send({ type: 'dance' });
    client.send({ type: 'ping' });
    expect(await client.next((f) => f.type === 'pong')).toEqual({ type: 'pong' });
    // A frame beyond 4 KB closes the socket (1009), nothing else.
    const closed = new Promise<number>((resolve) => client.socket.once('close', resolve));
    client.send({ type: 'ping', pad: 'x'.repeat(5000) });
    expect(await closed).toBe(1009);
  });

  it('refuses a page of another site', async () => {
    await expect(Client.open(url, { origin: 'https://evil.example' })).rejects.toThrow(
      'refused: 403',
    );
    const own = await Client.open(url, { origin: 'http://localhost:3000' });
    own.close();
  });

  it('sends the room’s changes to staff only, checked at join, and resumes from a cursor', async () => {
    const performanceId = await catalogue.performance();
    const channel = `room:${performanceId}`;
    const anonymous = await Client.open(url);
    anonymous.send({ type: 'subscribe', channel });
    expect(await anonymous.next((f) => f.type === 'error')).toMatchObject({
      code: 'FORBIDDEN',
      channel,
    });
    const cook = await Client.open(url);
    cook.send({ type: 'auth', token: kitchenToken });
    await cook.next((f) => f.type === 'authenticated');
    cook.send({ type: 'subscribe', channel });
    expect(await cook.next((f) => f.type === 'error')).toMatchObject({ code: 'FORBIDDEN' });
    const forged = await Client.open(url);
    forged.send({ type: 'auth', token: `${staffToken.slice(0, -4)}AAAA` });
    expect(await forged.next((f) => f.type === 'error')).toMatchObject({ code: 'INVALID_TOKEN' });

    const staff = await Client.open(url);
    staff.send({ type: 'auth', token: staffToken });
    await staff.next((f) => f.type === 'authenticated');
    staff.send({ type: 'subscribe', channel });
    const joined = await staff.next((f) => f.type === 'subscribed');
    await hold(performanceId, 2);
    expect(await staff.next((f) => f.type === 'event' && f.channel === channel)).toMatchObject({
      data: {},
    });
    staff.close();

    // A reconnect with the cursor of before the change is told the room changed meanwhile.
    const back = await Client.open(otherUrl);
    back.send({ type: 'auth', token: staffToken });
    await back.next((f) => f.type === 'authenticated');
    back.send({ type: 'subscribe', channel, after: (joined as { cursor: string }).cursor });
    expect(await back.next((f) => f.type === 'event')).toMatchObject({ channel });
    // A cursor older than the feed keeps: read the room again.
    back.send({ type: 'unsubscribe', channel });
    await back.next((f) => f.type === 'unsubscribed');
    back.send({ type: 'subscribe', channel, after: '1' });
    expect(await back.next((f) => f.type === 'refetch')).toMatchObject({ channel });
    for (const client of [anonymous, cook, forged, back]) client.close();
  });

  it('stops a staff channel when its token expires, until a fresh one; a revoked session gets none', async () => {
    const performanceId = await catalogue.performance();
    const channel = `room:${performanceId}`;
    const sessionId = await createSession(database.db, { userId: staffId, aal: 'aal2' });
    /** A box-office token of this session, living `ttlSeconds`. */
    const tokenOf = (ttlSeconds?: number) =>
      issueAccessToken(identity.keys, {
        sub: staffId,
        roles: ['box_office'],
        aal: 'aal2',
        sessionId,
        issuer: identity.issuer,
        audience: identity.audience,
        ...(ttlSeconds ? { ttlSeconds } : {}),
      });
    const shortLived = await tokenOf(1);
    const client = await Client.open(url);
    client.send({ type: 'auth', token: shortLived });
    await client.next((f) => f.type === 'authenticated');
    client.send({ type: 'subscribe', channel });
    await client.next((f) => f.type === 'subscribed');
    expect(await client.next((f) => f.type === 'error', 4_000)).toMatchObject({
      code: 'TOKEN_EXPIRED',
      channel,
    });
    // Its session revoked meanwhile: even a token still within its life is refused.
    const token = await tokenOf();
    await database.owner.query(
      "update sessions set revoked_at = now(), revoked_reason = 'sign_out' where id = $1",
      [sessionId],
    );
    const from = client.frames.length;
    client.send({ type: 'auth', token });
    expect(await client.next((f) => f.type === 'error', 5_000, from)).toMatchObject({
      code: 'INVALID_TOKEN',
    });
    client.close();
  });

  it('keeps its subscribers through a database outage: the hub listens again and pushes what changed', async () => {
    // An instance whose every connection goes through a proxy that can cut them all.
    const target = new URL(database.appUrl);
    const proxy = await startTcpProxy({ host: target.hostname, port: Number(target.port) });
    const proxied = new URL(database.appUrl);
    proxied.host = `127.0.0.1:${proxy.port}`;
    const pool = createPool({
      connectionString: proxied.href,
      max: 4,
      applicationName: 'realtime-fault',
      logger: silentLogger,
    });
    const db = createDb(pool);
    const serviceDb = createDb(createServicePool(proxied.href, 2, silentLogger));
    const notifications = await createTestNotifications(database);
    const behind = await buildTestApp(
      { pool, db, serviceDb, ownerUrl: database.ownerUrl },
      { notifications, identity },
    );
    const behindUrl = `${(await behind.listen({ port: 0, host: '127.0.0.1' })).replace('http', 'ws')}/api/realtime`;
    try {
      const performanceId = await catalogue.performance({ main: 30, bar: 10 });
      const channel = `availability:${performanceId}`;
      const client = await Client.open(behindUrl);
      client.send({ type: 'subscribe', channel });
      expect(mainLeft(await client.next((f) => f.type === 'event'))).toBe(30);

      // The database is away for two seconds; a hold made meanwhile through the other instance.
      proxy.refuse();
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      await hold(performanceId, 2);
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      proxy.restore();
      // Back: the hub listens again, reads the feed from its cursor and pushes the change.
      expect(
        mainLeft(await client.next((f) => f.type === 'event' && mainLeft(f) === 28, 10_000)),
      ).toBe(28);
      client.close();
    } finally {
      await behind.close();
      await db.destroy();
      await serviceDb.destroy();
      await proxy.close();
    }
  });

  it('serves the same over Server-Sent Events', async () => {
    const performanceId = await catalogue.performance({ main: 20, bar: 10 });
    const base = url.replace('ws', 'http');
    const response = await fetch(`${base}?channel=availability:${performanceId}`, {
      headers: { accept: 'text/event-stream' },
    });
    expect(response.headers.get('content-type')).toBe('text/event-stream; charset=utf-8');
    const reader = response.body!.getReader();
    let text = '';
    while (!text.includes('event: event'))
      text += new TextDecoder().decode((await reader.read()).value);
    expect(text).toMatch(/^event: subscribed\ndata: /m);
    expect(text).toContain('"seatsLeft":20');
    await reader.cancel();
    const plain = await fetch(base);
    expect(plain.status).toBe(400);
    expect(await plain.json()).toMatchObject({ code: 'BAD_REQUEST' });
  });
});
