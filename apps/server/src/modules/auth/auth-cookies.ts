// The cookies of a browser session, and the CSRF check of the endpoints they authenticate.
//
// The refresh token travels only in `__Host-ladiva-refresh`: HttpOnly (no script reads it), Secure,
// SameSite=Strict (no cross-site request carries it). The `__Host-` prefix makes the browser
// refuse a copy set by a subdomain or over plain HTTP, and requires `Path=/`: the prefix and a
// narrower path cannot go together, so the cookie is sent with every same-site request but only
// the refresh and sign-out endpoints read it (see ADR 0009).
//
// CSRF (double submit): the readable cookie `__Host-ladiva-csrf` holds a random token that the
// page echoes in `x-csrf-token`. A cross-site page can neither read that cookie nor set a
// `__Host-` one, so it cannot send a matching pair; browsers that say `Sec-Fetch-Site:
// cross-site` are refused outright.
import { timingSafeEqual } from 'node:crypto';
import { CSRF_COOKIE, CSRF_HEADER } from '@ladiva/contract/auth-vocabulary';
import type {} from '@fastify/cookie';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from '../../lib/app-error.ts';

export const REFRESH_COOKIE = '__Host-ladiva-refresh';
/** Idle life of a browser session: each refresh renews it. */
export const SESSION_COOKIE_MAX_AGE_SECONDS = 30 * 24 * 3600;

const base = { path: '/', secure: true, sameSite: 'strict' as const };

export function setSessionCookies(reply: FastifyReply, refreshToken: string, csrfToken: string) {
  reply.setCookie(REFRESH_COOKIE, refreshToken, {
    ...base,
    httpOnly: true,
    maxAge: SESSION_COOKIE_MAX_AGE_SECONDS,
  });
  reply.setCookie(CSRF_COOKIE, csrfToken, {
    ...base,
    httpOnly: false,
    maxAge: SESSION_COOKIE_MAX_AGE_SECONDS,
  });
}

export function clearSessionCookies(reply: FastifyReply) {
  reply.clearCookie(REFRESH_COOKIE, { ...base, httpOnly: true });
  reply.clearCookie(CSRF_COOKIE, { ...base });
}

export function refreshCookie(request: FastifyRequest): string | undefined {
  return request.cookies[REFRESH_COOKIE];
}

const csrfFailed = () =>
  new AppError('CSRF_FAILED', 403, 'This request did not come from La Diva’s own pages.');

/** Throws CSRF_FAILED unless the request proves it comes from our own page. */
export function assertCsrf(request: FastifyRequest): void {
  if (request.headers['sec-fetch-site'] === 'cross-site') throw csrfFailed();
  const header = request.headers[CSRF_HEADER];
  const cookie = request.cookies[CSRF_COOKIE];
  if (typeof header !== 'string' || !cookie) throw csrfFailed();
  const a = Buffer.from(header);
  const b = Buffer.from(cookie);
  if (a.length !== b.length || !timingSafeEqual(a, b)) throw csrfFailed();
}
