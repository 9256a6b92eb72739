// The buyers of the on-sale rush (rush.bench.ts), in a worker thread of their own: the server's
// event loop then does only the server's work, as it would on a machine of its own. Each buyer
// keeps one HTTP/1.1 connection, spoken directly on its socket, so the client costs as little as
// it can (node:http took a quarter of this 2-core machine at the rates measured here).
import net from 'node:net';
import { parentPort, workerData } from 'node:worker_threads';

export interface BuyersInput {
  base: string;
  buyers: number;
  /** Length of the rush (phase 1: holds). */
  seconds: number;
  /** Length of the confirmations that follow (phase 2); 0: none. */
  confirmSeconds: number;
  performanceId: string;
  formulaId: string;
  zoneId: string;
}

export interface BuyersResult {
  holdLatencies: number[];
  confirmLatencies: number[];
  holds: number;
  confirmations: number;
  guestsHeld: number;
  failures: Record<string, number>;
  seconds: number;
  confirmSeconds: number;
}

const input = workerData as BuyersInput;
const url = new URL(input.base);

interface Answer {
  status: number;
  body: Record<string, unknown>;
}

/**
 * One buyer's keep-alive HTTP/1.1 connection, spoken directly on a socket: the client's own cost
 * per request is then a fraction of node:http's, and the machine's cores go to the server being
 * measured. The server answers JSON with a Content-Length (Fastify does); anything else fails.
 */
class Connection {
  private readonly socket: net.Socket;
  private buffer: Buffer = Buffer.alloc(0);
  private waiting: { resolve: (answer: Answer) => void; reject: (error: Error) => void } | null =
    null;

  constructor() {
    this.socket = net.connect(Number(url.port), url.hostname);
    this.socket.setNoDelay(true);
    this.socket.on('data', (chunk: Buffer) => this.received(chunk));
    this.socket.on('error', (error) => this.waiting?.reject(error));
  }

  post(path: string, headers: Record<string, string>, body: unknown): Promise<Answer> {
    const payload = Buffer.from(JSON.stringify(body));
    const lines = [`POST ${path} HTTP/1.1`, `host: ${url.host}`, 'content-type: application/json'];
    lines.push(`content-length: ${payload.length}`);
    for (const [name, value] of Object.entries(headers)) lines.push(`${name}: ${value}`);
    return new Promise((resolve, reject) => {
      this.waiting = { resolve, reject };
      this.socket.write(Buffer.concat([Buffer.from(`${lines.join('\r\n')}\r\n\r\n`), payload]));
    });
  }

  private received(chunk: Buffer): void {
    this.buffer = this.buffer.length === 0 ? chunk : Buffer.concat([this.buffer, chunk]);
    const end = this.buffer.indexOf('\r\n\r\n');
    if (end < 0) return;
    const head = this.buffer.subarray(0, end).toString('latin1');
    const length = /\r\ncontent-length: *(\d+)/i.exec(head);
    if (!length) {
      this.waiting?.reject(new Error(`no content-length in: ${head.slice(0, 200)}`));
      return;
    }
    const total = end + 4 + Number(length[1]);
    if (this.buffer.length < total) return;
    const text = this.buffer.subarray(end + 4, total).toString('utf8');
    this.buffer = this.buffer.subarray(total);
    const waiting = this.waiting;
    this.waiting = null;
    waiting?.resolve({ status: Number(head.slice(9, 12)), body: text ? JSON.parse(text) : {} });
  }

  close(): void {
    this.socket.destroy();
  }
}

const result: BuyersResult = {
  holdLatencies: [],
  confirmLatencies: [],
  holds: 0,
  confirmations: 0,
  guestsHeld: 0,
  failures: {},
  seconds: 0,
  confirmSeconds: 0,
};
const fail = (code: string) => (result.failures[code] = (result.failures[code] ?? 0) + 1);

interface Held {
  bookingId: string;
  bookingToken: string;
  guests: number;
  forwarded: Record<string, string>;
  index: number;
}
const held: Held[] = [];

/** Phase 1, the rush: every buyer holds places, again and again, until the time is up. */
async function holder(connection: Connection, index: number, deadline: number): Promise<void> {
  let attempt = 0;
  while (Date.now() < deadline) {
    attempt += 1;
    const guests = 1 + ((index + attempt) % 4);
    // Buyers come from many addresses through a trusted proxy: the per-address limit on holds
    // is not what this measures (each hit is still counted in PostgreSQL).
    const forwarded = { 'x-forwarded-for': `10.${index >> 8}.${index & 255}.${attempt & 255}` };
    const started = performance.now();
    const answer = await connection.post('/api/bookings/holds', forwarded, {
      performanceId: input.performanceId,
      lines: [{ formulaId: input.formulaId, zoneId: input.zoneId, guests }],
      idempotencyKey: `rush-${index}-${attempt}-${Date.now()}`,
    });
    result.holdLatencies.push(performance.now() - started);
    if (answer.status !== 201 || typeof answer.body.bookingId !== 'string') {
      fail(String(answer.body.code ?? answer.status));
      continue;
    }
    result.holds += 1;
    result.guestsHeld += guests;
    held.push({
      bookingId: answer.body.bookingId,
      bookingToken: String(answer.body.bookingToken ?? ''),
      guests,
      forwarded,
      index,
    });
  }
}

/**
 * Phase 2: the buyers who held come back with their details and confirm (a guest takes a minute
 * or two to fill them in, so confirmations follow the rush rather than race it).
 */
async function confirmer(connection: Connection, deadline: number): Promise<void> {
  for (let next = held.pop(); next && Date.now() < deadline; next = held.pop()) {
    const started = performance.now();
    const answer = await connection.post(
      `/api/bookings/${next.bookingId}/confirm`,
      { ...next.forwarded, 'x-booking-token': next.bookingToken },
      {
        contact: { name: `Buyer ${next.index}`, email: `buyer${next.index}@example.com` },
        guests: Array.from({ length: next.guests }, () => ({})),
        payment: 'at_venue',
      },
    );
    result.confirmLatencies.push(performance.now() - started);
    if (answer.status >= 200 && answer.status < 300) result.confirmations += 1;
    else fail(`confirm:${String(answer.body.code ?? answer.status)}`);
  }
}

const connections = Array.from({ length: input.buyers }, () => new Connection());
const started = performance.now();
const rushEnd = Date.now() + input.seconds * 1000;
await Promise.all(connections.map((connection, index) => holder(connection, index, rushEnd)));
result.seconds = (performance.now() - started) / 1000;
if (input.confirmSeconds > 0) {
  const confirmStarted = performance.now();
  const confirmEnd = Date.now() + input.confirmSeconds * 1000;
  await Promise.all(connections.map((connection) => confirmer(connection, confirmEnd)));
  result.confirmSeconds = (performance.now() - confirmStarted) / 1000;
}
for (const connection of connections) connection.close();
parentPort!.postMessage(result);
