// The realtime bench's subscribers (realtime.bench.ts), in a worker thread at a lower priority
// (browsers are on other machines: their reading must not take the server's cores): COUNT
// WebSockets following the rush's performance and a quiet "sentinel" one. A probe holds one place
// of the sentinel every PROBE_MS; the lag of each push is the time from the probe's answer (its
// commit is before it) to each socket's frame showing the new places left. Midway, RECONNECT
// sockets drop and come back with their last cursor: at the end every socket must show the
// sentinel's final places left (0 missed).
import os from 'node:os';
import { parentPort, workerData } from 'node:worker_threads';
import WebSocket from 'ws';

export interface SubscribersInput {
  wsUrl: string;
  base: string;
  count: number;
  reconnect: number;
  rushChannel: string;
  sentinel: { performanceId: string; formulaId: string; zoneId: string; capacity: number };
}

export interface SubscribersResult {
  lags: number[];
  frames: number;
  missed: number;
  probes: number;
}

const PROBE_MS = 250;
const input = workerData as SubscribersInput;
const post = (message: unknown) => parentPort!.postMessage(message);
// On Linux a thread has its own niceness: this worker's yields to the server's.
os.setPriority(15);
const sentinelChannel = `availability:${input.sentinel.performanceId}`;

interface Socket {
  ws: WebSocket;
  cursor: string | undefined;
  /** The sentinel's places left, as last pushed, and when each value arrived. */
  seen: Map<number, number>;
  last: number | undefined;
}

let frames = 0;

function open(index: number, after?: string): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(input.wsUrl, {
      headers: { 'x-forwarded-for': `10.200.${index >> 8}.${index & 255}` },
    });
    const socket: Socket = { ws, cursor: after, seen: new Map(), last: undefined };
    let subscribed = 0;
    ws.on('message', (raw: Buffer) => {
      frames += 1;
      // The rush's frames are only counted: a client elsewhere would pay for reading them, not
      // this machine's second core, which the server needs.
      if (subscribed === 2 && raw.indexOf(sentinelChannel) < 0) return;
      const frame = JSON.parse(String(raw)) as {
        type: string;
        channel?: string;
        cursor?: string;
        data?: { zones?: { zoneId: string; seatsLeft: number }[] };
      };
      if (frame.type === 'subscribed' && ++subscribed === 2) resolve(socket);
      if (frame.type !== 'event' || frame.channel !== sentinelChannel) return;
      socket.cursor = frame.cursor;
      const left = frame.data?.zones?.find((z) => z.zoneId === input.sentinel.zoneId)?.seatsLeft;
      if (left === undefined) return;
      socket.last = left;
      if (!socket.seen.has(left)) socket.seen.set(left, performance.now());
    });
    ws.once('error', reject);
    ws.once('open', () => {
      ws.send(JSON.stringify({ type: 'subscribe', channel: input.rushChannel }));
      ws.send(
        JSON.stringify({
          type: 'subscribe',
          channel: sentinelChannel,
          ...(after ? { after } : {}),
        }),
      );
    });
  });
}

const sockets: Socket[] = [];
for (let i = 0; i < input.count; i += 50) {
  sockets.push(
    ...(await Promise.all(
      Array.from({ length: Math.min(50, input.count - i) }, (_, k) => open(i + k)),
    )),
  );
}

// Ready: the main thread starts the rush, then tells us how long it lasts.
post({ ready: true });
const seconds = await new Promise<number>((resolve) =>
  parentPort!.once('message', (m: { seconds: number }) => resolve(m.seconds)),
);

const probes: { left: number; answeredAt: number }[] = [];
const deadline = performance.now() + seconds * 1000;
let reconnected = false;
let left = input.sentinel.capacity;
while (performance.now() < deadline) {
  const started = performance.now();
  const response = await fetch(`${input.base}/api/bookings/holds`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': '10.250.0.1' },
    body: JSON.stringify({
      performanceId: input.sentinel.performanceId,
      lines: [{ formulaId: input.sentinel.formulaId, zoneId: input.sentinel.zoneId, guests: 1 }],
    }),
  });
  await response.arrayBuffer();
  if (response.status === 201) {
    left -= 1;
    probes.push({ left, answeredAt: performance.now() });
  }
  if (!reconnected && performance.now() > deadline - (seconds * 1000) / 2) {
    reconnected = true;
    for (let i = 0; i < input.reconnect; i++) {
      const old = sockets[i]!;
      old.ws.terminate();
      sockets[i] = await open(i, old.cursor);
      // What it saw before the drop still counts for the lags.
      for (const [value, at] of old.seen)
        if (!sockets[i]!.seen.has(value)) sockets[i]!.seen.set(value, at);
    }
  }
  await new Promise((resolve) =>
    setTimeout(resolve, Math.max(0, PROBE_MS - (performance.now() - started))),
  );
}
// Let the last push arrive (the coalescing window and a read of the feed).
await new Promise((resolve) => setTimeout(resolve, 1_500));

const lags: number[] = [];
for (const socket of sockets) {
  for (const probe of probes) {
    const at = socket.seen.get(probe.left);
    if (at !== undefined) lags.push(Math.max(0, at - probe.answeredAt));
  }
}
const missed = sockets.filter((socket) => socket.last !== left).length;
for (const socket of sockets) socket.ws.terminate();
post({ lags, frames, missed, probes: probes.length } satisfies SubscribersResult);
