// For the web unit tests: the API at the network boundary. Each route answers with a
// contract-shaped body; a request no route expects fails the test loudly (500 and a record).
import { vi } from 'vitest';

export interface Call {
  method: string;
  url: string;
  body: unknown;
  /** The Authorization header sent, if any. */
  authorization: string | null;
  /** Every header sent (lower-case names). */
  headers: Record<string, string>;
}

export interface Reply {
  status?: number;
  body?: unknown;
  headers?: Record<string, string>;
}

type Route = Reply | ((call: Call) => Reply);

export function json(
  status: number,
  body?: unknown,
  headers: Record<string, string> = {},
): Response {
  return new Response(body === undefined ? null : JSON.stringify(body), {
    status,
    headers: body === undefined ? headers : { 'content-type': 'application/json', ...headers },
  });
}

/** An error answer as the server sends it (`message` is for developers, never shown). */
export function apiError(
  status: number,
  code: string,
  details?: Record<string, unknown>,
  headers?: Record<string, string>,
): Reply {
  return {
    status,
    body: { code, message: `server text for ${code}`, requestId: 'req-1', details },
    ...(headers ? { headers } : {}),
  };
}

export const forbidden = {
  status: 403,
  body: {
    code: 'FORBIDDEN',
    message: 'This role has no access to the notification tools.',
    requestId: 'req-403',
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
      const sent = new Headers(init?.headers);
      const authorization = sent.get('authorization');
      const call = { method, url, body, authorization, headers: Object.fromEntries(sent) };
      calls.push(call);
      const route = routes[`${method} ${url}`];
      if (!route) {
        unexpected.push(`${method} ${url}`);
        return json(500, { code: 'INTERNAL', message: `unexpected ${method} ${url}` });
      }
      const reply = typeof route === 'function' ? route(call) : route;
      return json(reply.status ?? 200, reply.body, reply.headers);
    }),
  );
  return { calls, unexpected };
}
