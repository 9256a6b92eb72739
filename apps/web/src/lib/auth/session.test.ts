import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { GUEST, sessionTokens } from '../../test-utils';
import { json } from '../../test-api';
import type * as SessionExports from './session';

type SessionModule = typeof SessionExports;

/** A fresh copy of the module, as a page load would get (its state is read at import). */
async function loadSession(cookie = ''): Promise<SessionModule> {
  spies.push(vi.spyOn(document, 'cookie', 'get').mockReturnValue(cookie));
  vi.resetModules();
  return import('./session');
}

function headerOf(init: RequestInit | undefined, name: string): string | null {
  return new Headers(init?.headers).get(name);
}

let session: SessionModule | undefined;
// Restored one by one: the console.error spy of the shared setup must stay.
const spies: { mockRestore: () => void }[] = [];

beforeEach(() => {
  session = undefined;
});

afterEach(() => {
  session?.clearSession();
  for (const spy of spies.splice(0)) spy.mockRestore();
});

describe('the session module', () => {
  it('makes no request at start for a guest who never signed in', async () => {
    session = await loadSession();
    session.restoreSession();
    expect(session.getSessionState()).toEqual({ status: 'signed_out' });
    expect(fetch).not.toHaveBeenCalled();
  });

  it('restores a session with one silent refresh when the CSRF cookie is there', async () => {
    const fetchMock = vi.fn(async () => json(200, sessionTokens(GUEST)));
    vi.stubGlobal('fetch', fetchMock);
    session = await loadSession('theme=dark; __Host-ladiva-csrf=csrf%2Bcookie');
    expect(session.getSessionState().status).toBe('unknown');
    session.restoreSession();
    await vi.waitFor(() => expect(session!.getSessionState().status).toBe('signed_in'));
    expect(fetchMock).toHaveBeenCalledTimes(1);
    const [url, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('/api/auth/refresh');
    expect(init.method).toBe('POST');
    expect(init.credentials).toBe('same-origin');
    expect(headerOf(init, 'x-csrf-token')).toBe('csrf+cookie');
  });

  it('is unreachable, not signed out, when the network fails while restoring; a retry signs in', async () => {
    let network = false;
    const fetchMock = vi.fn(async () => {
      if (!network) throw new TypeError('Failed to fetch');
      return json(200, sessionTokens(GUEST));
    });
    vi.stubGlobal('fetch', fetchMock);
    session = await loadSession('__Host-ladiva-csrf=csrf');
    session.restoreSession();
    await vi.waitFor(() => expect(session!.getSessionState()).toEqual({ status: 'unreachable' }));
    // Still offline: still unreachable.
    expect(await session.refreshSession()).toBe(false);
    expect(session.getSessionState()).toEqual({ status: 'unreachable' });

    network = true;
    expect(await session.refreshSession()).toBe(true);
    expect(session.getSessionState().status).toBe('signed_in');
  });

  it('is unreachable when the server or its gateway fails (5xx), signed out when it refuses', async () => {
    let status = 503;
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => json(status, { code: 'DATABASE_UNAVAILABLE', message: 'down' })),
    );
    session = await loadSession('__Host-ladiva-csrf=csrf');
    session.restoreSession();
    await vi.waitFor(() => expect(session!.getSessionState()).toEqual({ status: 'unreachable' }));
    status = 401;
    expect(await session.refreshSession()).toBe(false);
    expect(session.getSessionState()).toEqual({ status: 'signed_out' });
  });

  it('keeps a live session when its refresh meets a network failure', async () => {
    session = await loadSession();
    session.setSession(sessionTokens(GUEST, { accessToken: 'still-good' }));
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => {
        throw new TypeError('Failed to fetch');
      }),
    );
    expect(await session.refreshSession()).toBe(false);
    expect(session.currentSession()?.accessToken).toBe('still-good');
  });

  it('refreshes once for two concurrent 401s, then retries both with the new token', async () => {
    session = await loadSession();
    session.setSession(sessionTokens(GUEST, { accessToken: 'old' }));
    let releaseRefresh: () => void = () => {};
    const refreshed = new Promise<void>((resolve) => (releaseRefresh = resolve));
    const fetchMock = vi.fn(async (url: string, init?: RequestInit) => {
      if (url === '/api/auth/refresh') {
        await refreshed;
        return json(200, sessionTokens(GUEST, { accessToken: 'new', csrfToken: 'csrf-2' }));
      }
      return headerOf(init, 'authorization') === 'Bearer new'
        ? json(200, { url })
        : json(401, { code: 'UNAUTHENTICATED', message: 'expired' });
    });
    vi.stubGlobal('fetch', fetchMock);

    const both = Promise.all([
      session.authFetch('/api/account'),
      session.authFetch('/api/mailbox'),
    ]);
    await vi.waitFor(() =>
      expect(fetchMock.mock.calls.filter(([url]) => url === '/api/auth/refresh')).toHaveLength(1),
    );
    releaseRefresh();
    const [first, second] = await both;

    expect([first.status, second.status]).toEqual([200, 200]);
    expect(fetchMock.mock.calls.filter(([url]) => url === '/api/auth/refresh')).toHaveLength(1);
    const refreshInit = fetchMock.mock.calls.find(([url]) => url === '/api/auth/refresh')![1];
    // No readable cookie here: the CSRF token kept in memory is sent instead.
    expect(headerOf(refreshInit, 'x-csrf-token')).toBe('csrf-1');
    expect(session.currentSession()?.accessToken).toBe('new');
  });

  it('signs out when the refresh is refused, and hands back the 401', async () => {
    session = await loadSession();
    session.setSession(sessionTokens(GUEST));
    const fetchMock = vi.fn(async (url: string) =>
      url === '/api/auth/refresh'
        ? json(401, { code: 'SESSION_ENDED', message: 'no session' })
        : json(401, { code: 'UNAUTHENTICATED', message: 'expired' }),
    );
    vi.stubGlobal('fetch', fetchMock);
    const response = await session.authFetch('/api/account');
    expect(response.status).toBe(401);
    expect(session.getSessionState()).toEqual({ status: 'signed_out' });
    // One refresh, no retry without a token.
    expect(fetchMock.mock.calls.map(([url]) => url)).toEqual(['/api/account', '/api/auth/refresh']);
  });

  it('never refreshes on a 401 from the auth endpoints themselves', async () => {
    session = await loadSession();
    session.setSession(sessionTokens(GUEST));
    const fetchMock = vi.fn(async () => json(401, { code: 'INVALID_CODE', message: 'no' }));
    vi.stubGlobal('fetch', fetchMock);
    await session.authFetch('/api/auth/mfa', { method: 'POST' });
    expect(fetchMock).toHaveBeenCalledTimes(1);
    expect(session.getSessionState().status).toBe('signed_in');
  });

  it('queues refreshes across tabs with the Web Locks API', async () => {
    const request = vi.fn((_name: string, callback: () => Promise<boolean>) => callback());
    vi.stubGlobal('navigator', { ...navigator, locks: { request } });
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => json(200, sessionTokens(GUEST))),
    );
    session = await loadSession();
    expect(await session.refreshSession()).toBe(true);
    expect(request).toHaveBeenCalledWith('ladiva-auth-refresh', expect.any(Function));
  });

  it('keeps the token in memory only, and forgets it on sign-out', async () => {
    const writes = vi.spyOn(Storage.prototype, 'setItem');
    spies.push(writes);
    session = await loadSession();
    const fetchMock = vi.fn(async () => new Response(null, { status: 204 }));
    vi.stubGlobal('fetch', fetchMock);
    session.setSession(sessionTokens(GUEST, { accessToken: 'secret-token' }));
    await session.authFetch('/api/account');
    expect(writes).not.toHaveBeenCalled();
    expect(JSON.stringify({ ...localStorage, ...sessionStorage })).not.toContain('secret-token');

    await session.signOut();
    expect(session.getSessionState()).toEqual({ status: 'signed_out' });
    const [url, init] = fetchMock.mock.calls.at(-1) as unknown as [string, RequestInit];
    expect(url).toBe('/api/auth/sign-out');
    expect(headerOf(init, 'authorization')).toBe('Bearer secret-token');
    expect(headerOf(init, 'x-csrf-token')).toBe('csrf-1');
  });

  it('refreshes a minute before the access token expires', async () => {
    vi.useFakeTimers();
    try {
      session = await loadSession();
      const fetchMock = vi.fn(async () => json(200, sessionTokens(GUEST, { accessToken: 'next' })));
      vi.stubGlobal('fetch', fetchMock);
      session.setSession(sessionTokens(GUEST, { expiresIn: 300 }));
      await vi.advanceTimersByTimeAsync(239_000);
      expect(fetchMock).not.toHaveBeenCalled();
      await vi.advanceTimersByTimeAsync(1_000);
      expect(fetchMock).toHaveBeenCalledWith('/api/auth/refresh', expect.anything());
      expect(session.currentSession()?.accessToken).toBe('next');
    } finally {
      vi.useRealTimers();
    }
  });
});
