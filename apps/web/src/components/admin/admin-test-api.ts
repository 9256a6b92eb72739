// For the staff app's unit tests: the API at the network boundary. Each route answers with a
// contract-shaped body; a request no route expects fails the test loudly (500 and a record).
import { vi } from 'vitest';

export interface Call {
  method: string;
  url: string;
  body: unknown;
}

export interface Reply {
  status?: number;
  body?: unknown;
}

type Route = Reply | ((call: Call) => Reply);

export function json(status: number, body?: unknown): Response {
  return new Response(body === undefined ? null : JSON.stringify(body), {
    status,
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
  });
}

export const notFound = {
  status: 404,
  body: {
    code: 'NOT_FOUND',
    message: 'Staff endpoints need staff accounts, which are not enabled yet.',
    requestId: 'req-404',
  },
} satisfies Reply;

/** Stubs `fetch` with routes keyed "METHOD /path?query"; returns every call made, in order. */
export function stubApi(routes: Record<string, Route>) {
  const calls: Call[] = [];
  const unexpected: string[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
      const url = String(input);
      const method = init?.method ?? 'GET';
      const body = typeof init?.body === 'string' ? (JSON.parse(init.body) as unknown) : undefined;
      const call = { method, url, body };
      calls.push(call);
      const route = routes[`${method} ${url}`];
      if (!route) {
        unexpected.push(`${method} ${url}`);
        return json(500, { code: 'INTERNAL', message: `unexpected ${method} ${url}` });
      }
      const reply = typeof route === 'function' ? route(call) : route;
      return json(reply.status ?? 200, reply.body);
    }),
  );
  return { calls, unexpected };
}
