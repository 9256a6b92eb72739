// Who is signed in, for guest and staff pages alike. The access token and the user live in this
// module's memory only (never in localStorage or sessionStorage, where any injected script could
// read them); the refresh token is an HttpOnly cookie the page never sees. On a reload, one silent
// refresh brings the session back, and only when the readable CSRF cookie says there is one. When
// that refresh cannot reach the server (offline, or the server away), the session is
// "unreachable", never "signed out": the cookie may well still sign us in once it can be asked.
// Imported by the entry chunk (the site header): keep it small.
import type { Me, SessionTokens } from '@ladiva/contract/auth';
import { CSRF_COOKIE, CSRF_HEADER } from '@ladiva/contract/auth-vocabulary';

export interface Session {
  accessToken: string;
  csrfToken: string;
  user: Me;
  /** Staff without a second factor yet: enrol before any staff action. */
  mfaEnrollmentRequired: boolean;
}

export type SessionState =
  | { status: 'unknown' } // a silent refresh is under way
  | { status: 'unreachable' } // there may be a session, but the server could not be asked
  | { status: 'signed_out' }
  | { status: 'signed_in'; session: Session };

const REFRESH_PATH = '/api/auth/refresh';
const LOCK_NAME = 'ladiva-auth-refresh';
/** Refresh this long before the access token expires. */
const EARLY_MS = 60_000;

const SIGNED_OUT: SessionState = { status: 'signed_out' };
const UNREACHABLE: SessionState = { status: 'unreachable' };

/** A session still to be confirmed: a reload's, or one the server could not be asked about. */
const pending = () => state.status === 'unknown' || state.status === 'unreachable';

/** The readable half of the double-submit CSRF check, when the browser shows it to the page. */
export function readCsrfCookie(): string | null {
  const prefix = `${CSRF_COOKIE}=`;
  const found = document.cookie.split('; ').find((part) => part.startsWith(prefix));
  return found ? decodeURIComponent(found.slice(prefix.length)) : null;
}

let state: SessionState = readCsrfCookie() ? { status: 'unknown' } : SIGNED_OUT;
let refreshing: Promise<boolean> | null = null;
let timer: ReturnType<typeof setTimeout> | undefined;
const listeners = new Set<() => void>();

function publish(next: SessionState): void {
  state = next;
  for (const listener of listeners) listener();
}

export function getSessionState(): SessionState {
  return state;
}

export function subscribeSession(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function currentSession(): Session | null {
  return state.status === 'signed_in' ? state.session : null;
}

/** Keeps the tokens of a sign-in, a second factor or a refresh, and plans the next refresh. */
export function setSession(tokens: SessionTokens): void {
  clearTimeout(timer);
  const { accessToken, csrfToken, user, mfaEnrollmentRequired } = tokens;
  timer = setTimeout(
    () => void refreshSession(),
    Math.max(tokens.expiresIn * 1000 - EARLY_MS, 5_000),
  );
  publish({
    status: 'signed_in',
    session: { accessToken, csrfToken, user, mfaEnrollmentRequired },
  });
}

/** After a profile change: the same session, a fresher picture of the user. */
export function updateUser(user: Me): void {
  if (state.status === 'signed_in')
    publish({ status: 'signed_in', session: { ...state.session, user } });
}

export function clearSession(): void {
  clearTimeout(timer);
  refreshing = null;
  publish(SIGNED_OUT);
}

function csrfHeader(): Record<string, string> {
  const token = readCsrfCookie() ?? currentSession()?.csrfToken;
  return token ? { [CSRF_HEADER]: token } : {};
}

async function requestRefresh(): Promise<boolean> {
  let response: Response;
  try {
    response = await fetch(REFRESH_PATH, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { accept: 'application/json', ...csrfHeader() },
    });
  } catch {
    return unreachable();
  }
  // A gateway or the server failing (502, 503…) says nothing about the session either.
  if (response.status >= 500) return unreachable();
  const tokens = response.ok
    ? ((await response.json().catch(() => null)) as SessionTokens | null)
    : null;
  if (!tokens?.accessToken) {
    // 401 SESSION_ENDED, 403 CSRF_FAILED, or anything else: the cookie no longer signs us in.
    clearSession();
    return false;
  }
  setSession(tokens);
  return true;
}

/**
 * Offline or the server is away: a live session stays (its token may still be good); one still to
 * be confirmed is unreachable until the next attempt, not signed out.
 */
function unreachable(): false {
  if (pending()) publish(UNREACHABLE);
  return false;
}

/**
 * One refresh at a time: within the tab, callers share the promise under way; across tabs, the
 * Web Locks API queues them, so that two tabs never present the same rotating refresh token (the
 * server would take the second use for a stolen token and end the whole session family).
 */
export function refreshSession(): Promise<boolean> {
  if (!refreshing) {
    const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined;
    // The lock's promise resolves with the callback's own (already flattened) result.
    const run: Promise<boolean> = locks
      ? (locks.request(LOCK_NAME, requestRefresh) as Promise<unknown> as Promise<boolean>)
      : requestRefresh();
    const shared = run.finally(() => {
      if (refreshing === shared) refreshing = null;
    });
    refreshing = shared;
  }
  return refreshing;
}

/** At start: bring back the session of a reload, only when there is one to bring back. */
export function restoreSession(): void {
  if (state.status === 'unknown') void refreshSession();
}

function withToken(init: RequestInit, token: string | undefined): RequestInit {
  const headers = new Headers(init.headers);
  if (token) headers.set('authorization', `Bearer ${token}`);
  return { ...init, headers, credentials: 'same-origin' };
}

/**
 * `fetch` with the access token. An API answering 401 gets one silent refresh and one retry
 * (not the /api/auth/* endpoints, whose 401s mean what they say).
 */
export async function authFetch(path: string, init: RequestInit = {}): Promise<Response> {
  if (pending()) await refreshSession();
  const used = currentSession()?.accessToken;
  const response = await fetch(path, withToken(init, used));
  if (response.status !== 401 || path.startsWith('/api/auth/') || !used) return response;
  // Another request may already have refreshed while this one was in flight.
  const fresh = currentSession()?.accessToken;
  if (fresh === used && !(await refreshSession())) return response;
  const token = currentSession()?.accessToken;
  return token ? fetch(path, withToken(init, token)) : response;
}

/** Ends the session on the server (best effort) and forgets it here in any case. */
export async function signOut(): Promise<void> {
  const token = currentSession()?.accessToken;
  const headers = { ...csrfHeader(), ...(token ? { authorization: `Bearer ${token}` } : {}) };
  clearSession();
  try {
    await fetch('/api/auth/sign-out', { method: 'POST', credentials: 'same-origin', headers });
  } catch {
    // Offline: the memory is cleared; the cookie expires on its own.
  }
}
