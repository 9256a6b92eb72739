// /api/realtime (#15): the change feed pushed to browsers — a WebSocket, or Server-Sent Events
// where WebSockets do not pass. Frames are validated with the contract's schemas; a bad one gets
// an error frame, never a crash. Anyone may follow a performance's availability; a room channel
// needs a staff access token (an `auth` frame, or the Authorization header for SSE), checked at
// join and again when it expires: a revoked member stops receiving within one token lifetime.
// A foreign Origin is refused before the upgrade.
import {
  clientFrameSchema,
  cursorSchema,
  channelSchema,
  MAX_SUBSCRIPTIONS,
  type ServerFrame,
} from '@ladiva/contract/realtime';
import { errorResponseSchema } from '@ladiva/contract/errors';
import type {} from '@fastify/websocket';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { decodeJwt } from 'jose';
import type { WebSocket } from 'ws';
import { z } from 'zod';
import type { Db } from '../../db/database.ts';
import { ANONYMOUS, type RequestClaims } from '../../db/request-context.ts';
import { AppError } from '../../lib/app-error.ts';
import { assertLiveSession, checkAccess, PUBLIC, staffOnly } from '../../plugins/request-claims.ts';
import { InvalidTokenError, verifyAccessToken } from '../auth/access-tokens.ts';
import type { SigningKeys } from '../auth/signing-keys.ts';
import { rateLimit } from '../perimeter/rate-limit.ts';
import type { RealtimeHub, Subscriber } from './realtime-hub.ts';

/** The room's readers, as for GET /api/admin/room/:id. */
const ROOM_READERS = staffOnly('admin', 'manager', 'box_office', 'door');
const HEARTBEAT_MS = 30_000;

export interface RealtimeRoutesOptions {
  db: Db;
  serviceDb: Db;
  hub: RealtimeHub;
  keys: SigningKeys;
  issuer: string;
  audience: string;
  /** Origins a browser may open the socket from (the public URL's, CORS origins). */
  origins: readonly string[];
}

const sseQuery = z.strictObject({
  channel: z.union([channelSchema, z.array(channelSchema).min(1).max(MAX_SUBSCRIPTIONS)]),
  after: cursorSchema.optional(),
});

/** One client: its subscriptions, and the claims of its last valid access token. */
class Connection implements Subscriber {
  private claims: RequestClaims = ANONYMOUS;
  private expiry: NodeJS.Timeout | undefined;
  readonly channels = new Set<string>();

  constructor(
    private readonly write: (frame: ServerFrame, json?: Buffer) => void,
    private readonly options: RealtimeRoutesOptions,
  ) {}

  send(frame: ServerFrame): void {
    this.write(frame);
  }

  sendSerialised(frame: ServerFrame, json: Buffer): void {
    this.write(frame, json);
  }

  mayReceive(audience: 'public' | 'staff'): boolean {
    return audience === 'public' || checkAccess(ROOM_READERS, this.claims) === undefined;
  }

  /** Adopts a token's claims after checking it and its session; until its expiry. */
  async authenticate(token: string): Promise<void> {
    const { keys, issuer, audience, serviceDb } = this.options;
    let claims: RequestClaims;
    try {
      claims = await verifyAccessToken(keys, token, { issuer, audience });
      await assertLiveSession(serviceDb, claims);
    } catch (error) {
      if (error instanceof InvalidTokenError || error instanceof AppError) {
        const expired = error instanceof InvalidTokenError && error.reason === 'expired';
        this.send({
          type: 'error',
          code: expired ? 'TOKEN_EXPIRED' : 'INVALID_TOKEN',
          message: expired ? 'Your access token has expired.' : 'This access token is not valid.',
        });
        return;
      }
      throw error;
    }
    this.claims = claims;
    clearTimeout(this.expiry);
    // Verified above: its expiry can be read as it stands.
    const exp = (decodeJwt(token).exp ?? 0) * 1000;
    this.expiry = setTimeout(() => this.expire(), Math.max(0, exp - Date.now()));
    this.expiry.unref();
    this.send({ type: 'authenticated', expiresAt: new Date(exp).toISOString() });
  }

  /** The token ran out: staff channels stop until a fresh token comes. */
  private expire(): void {
    this.claims = ANONYMOUS;
    for (const channel of [...this.channels]) {
      if (!channel.startsWith('room:')) continue;
      this.channels.delete(channel);
      this.options.hub.unsubscribe(this, channel);
      this.send({
        type: 'error',
        code: 'TOKEN_EXPIRED',
        message: 'Your access token has expired: send a fresh one and subscribe again.',
        channel,
      });
    }
  }

  async subscribe(channel: string, after?: string): Promise<void> {
    if (this.channels.has(channel)) return;
    if (this.channels.size >= MAX_SUBSCRIPTIONS) {
      this.send({
        type: 'error',
        code: 'TOO_MANY_SUBSCRIPTIONS',
        message: `At most ${MAX_SUBSCRIPTIONS} channels per connection.`,
        channel,
      });
      return;
    }
    if (channel.startsWith('room:') && !this.mayReceive('staff')) {
      this.send({
        type: 'error',
        code: 'FORBIDDEN',
        message: 'This channel is for the venue’s staff: authenticate first.',
        channel,
      });
      return;
    }
    this.channels.add(channel);
    await this.options.hub.subscribe(this, channel as `room:${string}`, after);
  }

  unsubscribe(channel: string): void {
    this.channels.delete(channel);
    this.options.hub.unsubscribe(this, channel);
    this.send({ type: 'unsubscribed', channel: channel as `room:${string}` });
  }

  close(): void {
    clearTimeout(this.expiry);
    this.options.hub.unsubscribe(this);
    this.channels.clear();
  }
}

export const realtimeRoutes: FastifyPluginAsyncZod<RealtimeRoutesOptions> = async (
  app,
  options,
) => {
  const { db, origins } = options;
  const perIp = rateLimit({
    db,
    scope: 'realtime:connect:ip',
    limit: 120,
    windowSeconds: 60,
    key: (request) => request.clientIp,
  });

  /** A browser page of another site may not open the feed (cross-site WebSocket hijacking). */
  async function sameOrigin(request: FastifyRequest, reply: FastifyReply) {
    const origin = request.headers.origin;
    if (origin === undefined) return;
    const own = `${request.protocol}://${request.headers.host ?? ''}`;
    if (origin !== own && !origins.includes(origin)) {
      return reply.status(403).send({
        code: 'FORBIDDEN',
        message: 'This origin may not open the feed.',
        requestId: request.id,
      });
    }
  }

  app.route({
    method: 'GET',
    url: '/realtime',
    config: { access: PUBLIC },
    schema: {
      operationId: 'realtime',
      summary: 'Live changes: a WebSocket (JSON frames), or Server-Sent Events',
      description:
        'Upgrade to a WebSocket and send `{"type":"subscribe","channel":"availability:<performance id>"}` ' +
        '(or `room:<performance id>` after `{"type":"auth","token":"<access token>"}`); or GET with ' +
        '`Accept: text/event-stream` and `?channel=…&after=…`. Frames: packages/contract/src/realtime.ts.',
      tags: ['realtime'],
      querystring: sseQuery.partial(),
      response: { 400: errorResponseSchema, 403: errorResponseSchema, 429: errorResponseSchema },
    },
    preHandler: [sameOrigin, perIp],
    handler: async (request, reply) => {
      if (!/\btext\/event-stream\b/.test(request.headers.accept ?? '')) {
        throw new AppError(
          'BAD_REQUEST',
          400,
          'Open a WebSocket here, or ask for text/event-stream with ?channel=…',
        );
      }
      const query = sseQuery.safeParse(request.query);
      if (!query.success) {
        throw new AppError('BAD_REQUEST', 400, 'Name one or more channels: ?channel=…');
      }
      reply.hijack();
      const raw = reply.raw;
      raw.writeHead(200, {
        'content-type': 'text/event-stream; charset=utf-8',
        'cache-control': 'no-store',
        connection: 'keep-alive',
        'x-accel-buffering': 'no',
      });
      const connection = new Connection((frame) => {
        const cursor = 'cursor' in frame ? `id: ${frame.cursor}\n` : '';
        raw.write(`${cursor}event: ${frame.type}\ndata: ${JSON.stringify(frame)}\n\n`);
      }, options);
      // The Authorization header was checked by request-claims (token and session).
      if (request.claims.role === 'authenticated') {
        const header = request.headers.authorization?.slice('Bearer '.length) ?? '';
        await connection.authenticate(header);
      }
      const heartbeat = setInterval(() => raw.write(': keep-alive\n\n'), HEARTBEAT_MS / 2);
      raw.on('close', () => {
        clearInterval(heartbeat);
        connection.close();
      });
      const lastId = request.headers['last-event-id'];
      const after = query.data.after ?? (typeof lastId === 'string' ? lastId : undefined);
      for (const channel of [query.data.channel].flat()) {
        await connection.subscribe(channel, after && /^\d{1,20}$/.test(after) ? after : undefined);
      }
    },
    wsHandler: (socket: WebSocket) => {
      const send = (frame: ServerFrame, json?: Buffer) => {
        if (socket.readyState !== socket.OPEN) return;
        if (json) socket.send(json, { binary: false });
        else socket.send(JSON.stringify(frame));
      };
      const connection = new Connection(send, options);
      // Heartbeats both ways: the server pings; a socket that missed a pong is dead.
      let alive = true;
      socket.on('pong', () => (alive = true));
      const heartbeat = setInterval(() => {
        if (!alive) return socket.terminate();
        alive = false;
        socket.ping();
      }, HEARTBEAT_MS);
      heartbeat.unref();
      socket.on('close', () => {
        clearInterval(heartbeat);
        connection.close();
      });
      socket.on('message', (raw: Buffer, isBinary: boolean) => {
        void handle(raw, isBinary).catch((error: unknown) => {
          app.log.warn({ err: error }, 'realtime frame failed');
          send({ type: 'error', code: 'UNAVAILABLE', message: 'Please try again shortly.' });
        });
      });
      async function handle(raw: Buffer, isBinary: boolean) {
        let parsed: unknown;
        try {
          parsed = isBinary ? undefined : JSON.parse(raw.toString('utf8'));
        } catch {
          parsed = undefined;
        }
        const frame = clientFrameSchema.safeParse(parsed);
        if (!frame.success) {
          const unknownChannel =
            typeof parsed === 'object' && parsed !== null && 'channel' in parsed;
          send({
            type: 'error',
            code: unknownChannel ? 'UNKNOWN_CHANNEL' : 'BAD_FRAME',
            message: unknownChannel
              ? 'Unknown channel: availability:<performance id> or room:<performance id>.'
              : 'Expected a JSON frame: subscribe, unsubscribe, auth or ping.',
          });
          return;
        }
        const message = frame.data;
        if (message.type === 'ping') send({ type: 'pong' });
        else if (message.type === 'auth') await connection.authenticate(message.token);
        else if (message.type === 'subscribe')
          await connection.subscribe(message.channel, message.after);
        else connection.unsubscribe(message.channel);
      }
    },
  });
};
