// A closed-loop HTTP load generator for the benches, run in a worker thread so it does not share
// the server's event loop: `connections` keep-alive sockets each send GET `path` again as soon as
// the previous answer is complete, for `seconds`. Raw sockets (like rush-buyers.ts): a client
// library's overhead would be measured too.
import net from 'node:net';
import { parentPort, workerData } from 'node:worker_threads';

export interface LoadInput {
  base: string;
  paths: string[];
  connections: number;
  seconds: number;
}

export interface LoadResult {
  /** Answers per path, in the order of `paths`. */
  requests: number[];
  /** Answers that were not 200. */
  errors: number;
  seconds: number;
}

const input = workerData as LoadInput;
const url = new URL(input.base);

/** Sends GETs on one socket until the deadline; counts complete 200 answers. */
function drive(path: string, deadline: number, count: (ok: boolean) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(Number(url.port), url.hostname);
    socket.setNoDelay(true);
    const request = Buffer.from(`GET ${path} HTTP/1.1\r\nhost: ${url.host}\r\n\r\n`);
    let buffer: Buffer = Buffer.alloc(0);
    const send = () => {
      if (Date.now() >= deadline) {
        socket.end();
        resolve();
      } else socket.write(request);
    };
    socket.on('connect', send);
    socket.on('error', reject);
    socket.on('data', (chunk: Buffer) => {
      buffer = buffer.length === 0 ? chunk : Buffer.concat([buffer, chunk]);
      for (;;) {
        const end = buffer.indexOf('\r\n\r\n');
        if (end < 0) return;
        const head = buffer.subarray(0, end).toString('latin1');
        const length = /\r\ncontent-length: *(\d+)/i.exec(head);
        if (!length) {
          reject(new Error(`no content-length in: ${head.slice(0, 200)}`));
          return;
        }
        const total = end + 4 + Number(length[1]);
        if (buffer.length < total) return;
        count(head.startsWith('HTTP/1.1 200'));
        buffer = buffer.subarray(total);
        send();
      }
    });
  });
}

const requests = input.paths.map(() => 0);
let errors = 0;
const started = performance.now();
const deadline = Date.now() + input.seconds * 1000;
await Promise.all(
  Array.from({ length: input.connections }, (_, i) => {
    const index = i % input.paths.length;
    return drive(input.paths[index]!, deadline, (ok) => {
      if (ok) requests[index]! += 1;
      else errors += 1;
    });
  }),
);
const result: LoadResult = { requests, errors, seconds: (performance.now() - started) / 1000 };
parentPort!.postMessage(result);
