// A TCP proxy between the server and its PostgreSQL, for fault tests: it relays bytes as they
// come, and on demand adds latency, resets every connection, refuses new ones, or black-holes the
// network (nothing passes either way, nothing is closed — as a cut cable looks to both ends).
import net from 'node:net';

type Mode = 'pass' | 'refuse' | 'blackhole';

interface Pair {
  client: net.Socket;
  server: net.Socket;
}

export interface TcpProxy {
  /** The proxy's own port on 127.0.0.1. */
  readonly port: number;
  /** Delays every chunk by this many milliseconds each way (order kept). */
  setLatency(ms: number): void;
  /** Resets every open connection (RST to both ends); new ones still pass. */
  reset(): void;
  /** Resets every open connection and every new one until `restore()`: the database is away. */
  refuse(): void;
  /** Nothing passes either way until `restore()`; connections stay open, bytes wait. */
  blackhole(): void;
  /** Back to relaying; black-holed bytes are delivered, as TCP would once the link is back. */
  restore(): void;
  /** Connections open now. */
  readonly connections: number;
  close(): Promise<void>;
}

export async function startTcpProxy(target: { host: string; port: number }): Promise<TcpProxy> {
  let mode: Mode = 'pass';
  let latencyMs = 0;
  const pairs = new Set<Pair>();

  const kill = (pair: Pair) => {
    pair.client.resetAndDestroy();
    pair.server.resetAndDestroy();
    pairs.delete(pair);
  };

  /** Relays `from` → `to`, each chunk `latencyMs` after it arrived, in order. */
  function relay(from: net.Socket, to: net.Socket) {
    const queue: { at: number; chunk: Buffer }[] = [];
    let timer: NodeJS.Timeout | undefined;
    const flush = () => {
      timer = undefined;
      while (queue.length > 0 && queue[0]!.at <= Date.now()) {
        const { chunk } = queue.shift()!;
        if (!to.destroyed) to.write(chunk);
      }
      if (queue.length > 0) timer = setTimeout(flush, queue[0]!.at - Date.now());
    };
    from.on('data', (chunk: Buffer) => {
      if (latencyMs === 0 && queue.length === 0) {
        to.write(chunk);
        return;
      }
      queue.push({ at: Date.now() + latencyMs, chunk });
      timer ??= setTimeout(flush, latencyMs);
    });
  }

  const proxy = net.createServer((client) => {
    if (mode === 'refuse') {
      client.resetAndDestroy();
      return;
    }
    const server = net.connect(target.port, target.host);
    const pair = { client, server };
    pairs.add(pair);
    if (mode === 'blackhole') {
      client.pause();
      server.pause();
    }
    relay(client, server);
    relay(server, client);
    const end = () => {
      if (!pairs.has(pair)) return;
      pairs.delete(pair);
      client.destroy();
      server.destroy();
    };
    client.on('close', end);
    server.on('close', end);
    client.on('error', end);
    server.on('error', end);
  });
  await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
  const { port } = proxy.address() as net.AddressInfo;

  return {
    port,
    get connections() {
      return pairs.size;
    },
    setLatency(ms) {
      latencyMs = ms;
    },
    reset() {
      for (const pair of [...pairs]) kill(pair);
    },
    refuse() {
      mode = 'refuse';
      for (const pair of [...pairs]) kill(pair);
    },
    blackhole() {
      mode = 'blackhole';
      for (const { client, server } of pairs) {
        client.pause();
        server.pause();
      }
    },
    restore() {
      mode = 'pass';
      for (const { client, server } of pairs) {
        client.resume();
        server.resume();
      }
    },
    async close() {
      for (const pair of [...pairs]) kill(pair);
      await new Promise<void>((resolve) => proxy.close(() => resolve()));
    },
  };
}
