// The channel against a local server that speaks Twilio's Messages API: what goes on the wire
// (path, Basic auth, form fields) and how each documented answer becomes a result or an error.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { OutgoingMessage } from '../channel.ts';
import { PermanentDeliveryError } from '../channel.ts';
import {
  TwilioRejectedError,
  TwilioSmsChannel,
  type TwilioSmsConfig,
} from './twilio-sms-channel.ts';

const ACCOUNT_SID = 'AC00000000000000000000000000000001';
const AUTH_TOKEN = 'tok_secret_7f3a9c1e5b';
const MESSAGE_SID = 'SM0123456789abcdef0123456789abcdef';

interface Received {
  method: string | undefined;
  url: string | undefined;
  headers: IncomingMessage['headers'];
  form: URLSearchParams;
}
type Handler = (req: IncomingMessage, res: ServerResponse) => void;

let server: Server;
let baseUrl: string;
let received: Received[];
let handler: Handler;

beforeAll(async () => {
  server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const form = new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
      received.push({ method: req.method, url: req.url, headers: req.headers, form });
      handler(req, res);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections(); // the "never answers" test leaves a socket open
  await new Promise((resolve) => server.close(resolve));
});

beforeEach(() => {
  received = [];
  handler = answer(201, { sid: MESSAGE_SID, status: 'queued' });
});

function answer(status: number, body: unknown): Handler {
  return (_req, res) => {
    res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
  };
}

function twilioError(status: number, code: number, message: string): Handler {
  const more_info = `https://www.twilio.com/docs/errors/${code}`;
  return answer(status, { code, message, more_info, status });
}

function channel(config: Partial<TwilioSmsConfig> = {}): TwilioSmsChannel {
  return new TwilioSmsChannel({
    baseUrl,
    accountSid: ACCOUNT_SID,
    authToken: AUTH_TOKEN,
    from: 'LaDiva',
    ...config,
  });
}

const message: OutgoingMessage = {
  id: 'notif-1',
  channel: 'sms',
  to: '06 12 34 56 78',
  locale: 'fr',
  subject: '',
  text: 'Votre soirée à La Diva : samedi 20 h. À bientôt !',
};

async function failure(promise: Promise<unknown>): Promise<Error> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof Error)) throw new Error('expected the send to fail');
  // Whatever failed, the secret stays out of the message (and out of the logs that print it).
  const basic = Buffer.from(`${ACCOUNT_SID}:${AUTH_TOKEN}`).toString('base64');
  for (const text of [error.message, String(error.stack), String(error.cause)]) {
    expect(text).not.toContain(AUTH_TOKEN);
    expect(text).not.toContain(basic);
  }
  return error;
}

describe('TwilioSmsChannel', () => {
  it('posts the documented form to Messages.json and returns the message sid', async () => {
    await expect(channel().send(message)).resolves.toEqual({ providerMessageId: MESSAGE_SID });

    expect(received).toHaveLength(1);
    const [request] = received;
    expect(request?.method).toBe('POST');
    expect(request?.url).toBe(`/2010-04-01/Accounts/${ACCOUNT_SID}/Messages.json`);
    const basic = Buffer.from(`${ACCOUNT_SID}:${AUTH_TOKEN}`).toString('base64');
    expect(request?.headers.authorization).toBe(`Basic ${basic}`);
    expect(request?.headers['content-type']).toMatch(/^application\/x-www-form-urlencoded/);
    expect(Object.fromEntries(request?.form ?? [])).toEqual({
      To: '+33612345678',
      Body: message.text,
      From: 'LaDiva',
    });
  });

  it('sends through a messaging service when one is configured', async () => {
    const sid = 'MG00000000000000000000000000000001';
    await channel({ from: undefined, messagingServiceSid: sid }).send(message);
    const form = received[0]?.form;
    expect(form?.get('MessagingServiceSid')).toBe(sid);
    expect(form?.has('From')).toBe(false);
  });

  it('refuses to be built without a sender', () => {
    expect(() => channel({ from: undefined })).toThrow(/from.*messagingServiceSid/);
  });

  it('turns a 400 into a permanent error carrying Twilio code and message', async () => {
    handler = twilioError(400, 21211, "The 'To' number +33612345678 is not a valid phone number.");
    const error = await failure(channel().send(message));
    expect(error).toBeInstanceOf(PermanentDeliveryError);
    expect(error).toBeInstanceOf(TwilioRejectedError);
    expect((error as TwilioRejectedError).twilioCode).toBe(21211);
    expect((error as TwilioRejectedError).status).toBe(400);
    expect(error.message).toContain('21211');
    expect(error.message).toContain("The 'To' number");
  });

  it.each([
    [401, 20003, 'Authenticate'],
    [403, 20003, 'Permission Denied'],
    [404, 20404, 'The requested resource was not found'],
  ])('turns a %i into a permanent error', async (status, code, text) => {
    handler = twilioError(status, code, text);
    const error = await failure(channel().send(message));
    expect(error).toBeInstanceOf(PermanentDeliveryError);
    expect(error.message).toContain(String(code));
  });

  it.each([429, 500, 503])('turns a %i into a retryable error', async (status) => {
    handler = twilioError(status, 20429, 'Too Many Requests');
    const error = await failure(channel().send(message));
    expect(error).not.toBeInstanceOf(PermanentDeliveryError);
    expect(error.message).toContain(String(status));
  });

  it('treats a non-JSON 502 from a proxy as retryable', async () => {
    handler = (_req, res) => res.writeHead(502, { 'content-type': 'text/html' }).end('<h1>Bad');
    const error = await failure(channel().send(message));
    expect(error).not.toBeInstanceOf(PermanentDeliveryError);
  });

  it('gives up after timeoutMs when Twilio never answers, as a retryable error', async () => {
    handler = () => undefined;
    const started = Date.now();
    const error = await failure(channel({ timeoutMs: 150 }).send(message));
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(error).not.toBeInstanceOf(PermanentDeliveryError);
    expect(error.message).toMatch(/timed out after 150 ms/);
  });

  it('treats an unreachable server as retryable', async () => {
    const error = await failure(channel({ baseUrl: 'http://127.0.0.1:1' }).send(message));
    expect(error).not.toBeInstanceOf(PermanentDeliveryError);
  });

  it('refuses a landline before calling Twilio', async () => {
    const error = await failure(channel().send({ ...message, to: '01 23 45 67 89' }));
    expect(error).toBeInstanceOf(PermanentDeliveryError);
    expect(received).toHaveLength(0);
  });
});
