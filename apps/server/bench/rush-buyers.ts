// The buyers of the on-sale rush (rush.bench.ts), in a worker thread of their own: the server's
// event loop then does only the server's work, as it would on a machine of its own. Plain
// node:http with keep-alive sockets, one per buyer, so the client costs as little as it can.
import http from 'node:http';
import { parentPort, workerData } from 'node:worker_threads';

export interface BuyersInput {
  base: string;
  buyers: number;
  seconds: number;
  confirm: boolean;
  performanceId: string;
  formulaId: string;
  zoneId: string;
}

export interface BuyersResult {
  holdLatencies: number[];
  holds: number;
  confirmations: number;
  guestsHeld: number;
  failures: Record<string, number>;
  seconds: number;
}

const input = workerData as BuyersInput;
const url = new URL(input.base);
const agent = new http.Agent({ keepAlive: true, maxSockets: input.buyers });

function post(
  path: string,
  headers: Record<string, string>,
  body: unknown,
): Promise<{ status: number; body: Record<string, unknown> }> {
  const payload = JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const request = http.request(
      {
        host: url.hostname,
        port: url.port,
        path,
        method: 'POST',
        agent,
        headers: {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(payload),
          ...headers,
        },
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          resolve({ status: response.statusCode ?? 0, body: text ? JSON.parse(text) : {} });
        });
        response.on('error', reject);
      },
    );
    request.on('error', reject);
    request.end(payload);
  });
}

const result: BuyersResult = {
  holdLatencies: [],
  holds: 0,
  confirmations: 0,
  guestsHeld: 0,
  failures: {},
  seconds: 0,
};
const fail = (code: string) => (result.failures[code] = (result.failures[code] ?? 0) + 1);
const deadline = Date.now() + input.seconds * 1000;

async function buyer(index: number): Promise<void> {
  let attempt = 0;
  while (Date.now() < deadline) {
    attempt += 1;
    const guests = 1 + ((index + attempt) % 4);
    // Buyers come from many addresses through a trusted proxy: the per-address limit on holds
    // is not what this measures (each hit is still counted in PostgreSQL).
    const forwarded = { 'x-forwarded-for': `10.${index >> 8}.${index & 255}.${attempt & 255}` };
    const started = performance.now();
    const held = await post('/api/bookings/holds', forwarded, {
      performanceId: input.performanceId,
      lines: [{ formulaId: input.formulaId, zoneId: input.zoneId, guests }],
      idempotencyKey: `rush-${index}-${attempt}-${Date.now()}`,
    });
    result.holdLatencies.push(performance.now() - started);
    if (held.status !== 201 || typeof held.body.bookingId !== 'string') {
      fail(String(held.body.code ?? held.status));
      continue;
    }
    result.holds += 1;
    result.guestsHeld += guests;
    if (!input.confirm) continue;
    const confirmed = await post(
      `/api/bookings/${held.body.bookingId}/confirm`,
      { ...forwarded, 'x-booking-token': String(held.body.bookingToken ?? '') },
      {
        contact: { name: `Buyer ${index}`, email: `buyer${index}@example.com` },
        guests: Array.from({ length: guests }, () => ({})),
        payment: 'at_venue',
      },
    );
    if (confirmed.status >= 200 && confirmed.status < 300) result.confirmations += 1;
    else fail(`confirm:${String(confirmed.body.code ?? confirmed.status)}`);
  }
}

const started = performance.now();
await Promise.all(Array.from({ length: input.buyers }, (_, index) => buyer(index)));
result.seconds = (performance.now() - started) / 1000;
agent.destroy();
parentPort!.postMessage(result);
