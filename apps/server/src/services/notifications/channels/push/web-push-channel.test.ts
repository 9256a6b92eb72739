// The channel against a local push service that does what a browser's push service and the
// browser do together: checks the VAPID signature and decrypts the payload with the keys of a
// subscription this test created itself. Why a plain-HTTP endpoint works: push-service.fixture.ts.
import { createECDH, randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import ece from 'http_ece';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import webpush from 'web-push';
import type { OutgoingMessage } from '../channel.ts';
import { PermanentDeliveryError, SubscriptionGoneError } from '../channel.ts';
import {
  PlainTcpAgent,
  verifyVapidAuthorization,
} from '../../../../../test/push-service.fixture.ts';
import { WebPushChannel, type WebPushConfig } from './web-push-channel.ts';

interface Received {
  url: string | undefined;
  headers: IncomingMessage['headers'];
  body: Buffer;
}
type Handler = (res: ServerResponse) => void;

const browser = createECDH('prime256v1');
browser.generateKeys();
const authSecret = randomBytes(16);
const vapid = { subject: 'mailto:tech@ladiva.example', ...webpush.generateVAPIDKeys() };

let server: Server;
let origin: string;
let received: Received[];
let handler: Handler;

beforeAll(async () => {
  server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      received.push({ url: req.url, headers: req.headers, body: Buffer.concat(chunks) });
      handler(res);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

beforeEach(() => {
  received = [];
  handler = (res) => res.writeHead(201, { location: `${origin}/message/m-42` }).end();
});

function channel(config: Partial<WebPushConfig> = {}): WebPushChannel {
  return new WebPushChannel({ vapid, agent: new PlainTcpAgent(), ...config });
}

function message(): OutgoingMessage {
  const endpoint = `${origin}/push/abc`;
  return {
    id: 'notif-7',
    channel: 'push',
    to: endpoint,
    locale: 'fr',
    subject: 'Ce soir à La Diva',
    text: 'Votre table vous attend à 20 h — « Paradis » 🎭',
    url: 'https://ladiva.example/reservations/B-123',
    subscription: {
      endpoint,
      keys: {
        p256dh: browser.getPublicKey().toString('base64url'),
        auth: authSecret.toString('base64url'),
      },
    },
  };
}

async function failure(promise: Promise<unknown>): Promise<Error> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof Error)) throw new Error('expected the send to fail');
  return error;
}

describe('WebPushChannel', () => {
  it('delivers an encrypted, VAPID-signed payload and returns the Location', async () => {
    const sent = message();
    await expect(channel().send(sent)).resolves.toEqual({
      providerMessageId: `${origin}/message/m-42`,
    });

    expect(received).toHaveLength(1);
    const [request] = received;
    expect(request?.url).toBe('/push/abc');
    expect(request?.headers['content-encoding']).toBe('aes128gcm');
    expect(request?.headers.ttl).toBe('86400');
    expect(request?.headers.urgency).toBe('normal');
    expect(request?.headers.topic).toMatch(/^[\w-]{32}$/);

    const { publicKey, claims } = verifyVapidAuthorization(request?.headers.authorization);
    expect(publicKey).toBe(vapid.publicKey);
    expect(claims.aud).toBe(origin);
    expect(claims.sub).toBe(vapid.subject);
    expect(claims.exp).toBeGreaterThan(Date.now() / 1000);

    const plain = ece.decrypt(request?.body ?? Buffer.alloc(0), {
      version: 'aes128gcm',
      privateKey: browser,
      authSecret,
    });
    expect(JSON.parse(plain.toString('utf8'))).toEqual({
      title: sent.subject,
      body: sent.text,
      url: sent.url,
      tag: sent.id,
    });
  });

  it('honours the configured TTL and urgency', async () => {
    await channel({ ttlSeconds: 600, urgency: 'high' }).send(message());
    expect(received[0]?.headers.ttl).toBe('600');
    expect(received[0]?.headers.urgency).toBe('high');
  });

  it('falls back to status and message id when the push service gives no Location', async () => {
    handler = (res) => res.writeHead(201).end();
    await expect(channel().send(message())).resolves.toEqual({ providerMessageId: '201:notif-7' });
  });

  it.each([404, 410])('reports a %i as a subscription to forget', async (status) => {
    handler = (res) => res.writeHead(status).end('push subscription has unsubscribed or expired.');
    const error = await failure(channel().send(message()));
    expect(error).toBeInstanceOf(SubscriptionGoneError);
    expect(error.message).toContain(String(status));
  });

  it.each([400, 403, 413])('reports a %i as permanent, not gone', async (status) => {
    handler = (res) => res.writeHead(status).end();
    const error = await failure(channel().send(message()));
    expect(error).toBeInstanceOf(PermanentDeliveryError);
    expect(error).not.toBeInstanceOf(SubscriptionGoneError);
  });

  it.each([429, 500, 503])('reports a %i as retryable', async (status) => {
    handler = (res) => res.writeHead(status).end();
    const error = await failure(channel().send(message()));
    expect(error).not.toBeInstanceOf(PermanentDeliveryError);
    expect(error.message).toContain(String(status));
  });

  it('gives up on a push service that never answers, as retryable', async () => {
    handler = () => undefined;
    const started = Date.now();
    const error = await failure(channel({ timeoutMs: 150 }).send(message()));
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(error).not.toBeInstanceOf(PermanentDeliveryError);
  });

  it('refuses a message without a usable subscription, without calling anyone', async () => {
    const { subscription: _none, ...bare } = message();
    await expect(channel().send(bare)).rejects.toBeInstanceOf(PermanentDeliveryError);
    const broken = message();
    broken.subscription = { endpoint: broken.to, keys: { p256dh: 'abc', auth: 'def' } };
    await expect(channel().send(broken)).rejects.toBeInstanceOf(PermanentDeliveryError);
    expect(received).toHaveLength(0);
  });

  it('refuses an invalid VAPID subject at construction', () => {
    expect(() => channel({ vapid: { ...vapid, subject: 'tech@ladiva.example' } })).toThrow(
      /subject/i,
    );
  });

  it('without the test agent, speaks TLS even to an http:// endpoint', async () => {
    const error = await failure(new WebPushChannel({ vapid }).send(message()));
    expect(error).not.toBeInstanceOf(PermanentDeliveryError);
    expect(received).toHaveLength(0); // the plain server never saw a readable request
  });
});
