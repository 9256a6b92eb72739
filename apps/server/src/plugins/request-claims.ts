// Who is calling, and whether they may call this route (issue #4: authorisation in depth).
//
// 1. Claims: an `Authorization: Bearer` access token is verified (signature, algorithm list,
//    issuer, audience, type, expiry) and becomes the request's claims; no header is anonymous.
//    The token's session is then checked against the database on every request: signing out,
//    a password change, a removed role or a disabled account end access at once, not when the
//    token expires. (One indexed lookup; the tokens live 15 minutes regardless.)
// 2. Access: every documented route declares who may call it (`config.access`); the server
//    refuses to start if one does not. The database's policies enforce the same rules again with
//    the same claims, so a route that forgot its check is still stopped by RLS.
import type { StaffRole } from '@ladiva/contract/auth-vocabulary';
import fp from 'fastify-plugin';
import type { Db } from '../db/database.ts';
import { ANONYMOUS, type RequestClaims } from '../db/request-context.ts';
import { AppError } from '../lib/app-error.ts';
import { InvalidTokenError, verifyAccessToken } from '../modules/auth/access-tokens.ts';
import { verifyViewToken } from '../modules/auth/challenge-tokens.ts';
import { sessionForAccessCheck } from '../modules/auth/sessions.repository.ts';
import type { SigningKeys } from '../modules/auth/signing-keys.ts';
import { isUuid } from '../lib/uuid.ts';

/** Issuer and audience of view tokens: never those of access tokens. */
export const viewIssuer = (issuer: string, audience: string) => ({
  issuer,
  audience: `${audience}:view`,
});

export type Access =
  | { kind: 'public' }
  | { kind: 'user' }
  | { kind: 'staff'; roles: readonly StaffRole[] }
  | { kind: 'view_link' };

/** Anyone, signed in or not. */
export const PUBLIC: Access = Object.freeze({ kind: 'public' });
/** Any signed-in account (guest or staff, with or without a second factor). */
export const SIGNED_IN: Access = Object.freeze({ kind: 'user' });
/**
 * A resource loaded by a frame, which cannot send an Authorization header: its URL carries a
 * `view` token signed for exactly that path, valid two minutes, handed out by a staff endpoint.
 */
export const VIEW_LINK: Access = Object.freeze({ kind: 'view_link' });
/** Staff holding one of these roles, with a verified second factor (aal2). */
export const staffOnly = (...roles: StaffRole[]): Access => Object.freeze({ kind: 'staff', roles });

declare module 'fastify' {
  interface FastifyRequest {
    /** Who is calling, as the database will see it. */
    claims: RequestClaims;
    /** On a VIEW_LINK route: the account the link was issued to (a frame sends no token). */
    viewer: string | null;
  }
  interface FastifyContextConfig {
    access?: Access;
  }
}

export interface RequestClaimsOptions {
  /** Service-role sessions (role set at connection): the session check is one round trip. */
  serviceDb: Db;
  keys: SigningKeys;
  issuer: string;
  audience: string;
}

export type UserClaims = Extract<RequestClaims, { role: 'authenticated' }>;

/**
 * The caller's claims on a route whose access rule requires an account (SIGNED_IN, staffOnly):
 * the guard has already refused anyone else, so this only narrows the type.
 */
export function userClaims(request: { claims: RequestClaims }): UserClaims {
  if (request.claims.role !== 'authenticated') {
    throw new AppError('UNAUTHENTICATED', 401, 'Please sign in.');
  }
  return request.claims;
}

const unauthenticated = (message = 'Please sign in.') =>
  new AppError('UNAUTHENTICATED', 401, message);

/** The requirement as words, for the OpenAPI document. */
export function describeAccess(access: Access): string {
  if (access.kind === 'public') return 'Public.';
  if (access.kind === 'user') return 'Requires a signed-in account (bearer access token).';
  if (access.kind === 'view_link') {
    return 'Requires the `view` token of a link handed out by a staff endpoint (two minutes).';
  }
  return `Requires a staff role (${access.roles.join(', ')}) with a verified second factor (aal2).`;
}

/** Whether these claims satisfy the route's requirement; the error to send if not. */
export function checkAccess(access: Access, claims: RequestClaims): AppError | undefined {
  if (access.kind === 'public' || access.kind === 'view_link') return undefined;
  if (claims.role !== 'authenticated') return unauthenticated();
  if (access.kind === 'user') return undefined;
  if (!access.roles.some((role) => claims.roles.includes(role))) {
    return new AppError('FORBIDDEN', 403, 'Your role does not give access to this.');
  }
  if (claims.aal !== 'aal2') {
    return new AppError(
      'MFA_REQUIRED',
      403,
      'Staff actions need a second factor: set up or use your authenticator app.',
    );
  }
  return undefined;
}

export const requestClaims = fp<RequestClaimsOptions>(
  async (app, { serviceDb, keys, issuer, audience }) => {
    // Fastify forbids a shared object as a decoration's default: null, then set per request.
    app.decorateRequest('claims', null as never);
    app.decorateRequest('viewer', null);

    app.addHook('onRoute', (route) => {
      const operationId = (route.schema as { operationId?: string } | undefined)?.operationId;
      const access = route.config?.access;
      if (!operationId) return;
      if (!access) {
        throw new Error(`route ${route.method} ${route.url} (${operationId}) declares no access`);
      }
      const schema = route.schema as { security?: unknown; description?: string };
      if (access.kind === 'user' || access.kind === 'staff') schema.security = [{ bearerAuth: [] }];
      schema.description = [schema.description, describeAccess(access)]
        .filter(Boolean)
        .join('\n\n');
    });

    app.addHook('onRequest', async (request, reply) => {
      request.claims = ANONYMOUS;
      const header = request.headers.authorization;
      if (header !== undefined) {
        const match = /^Bearer ([A-Za-z0-9._~+/-]+=*)$/.exec(header);
        if (!match?.[1]) {
          reply.header('www-authenticate', 'Bearer error="invalid_request"');
          throw unauthenticated('The Authorization header must be "Bearer <access token>".');
        }
        try {
          request.claims = await verifyAccessToken(keys, match[1], { issuer, audience });
        } catch (error) {
          if (!(error instanceof InvalidTokenError)) throw error;
          reply.header('www-authenticate', 'Bearer error="invalid_token"');
          throw unauthenticated(
            error.reason === 'expired' ? 'Your access token has expired.' : 'Invalid access token.',
          );
        }
        await assertLiveSession(serviceDb, request.claims);
      }
      const access = request.routeOptions.config.access ?? PUBLIC;
      const denied = checkAccess(access, request.claims);
      if (denied) throw denied;
      if (access.kind === 'view_link') {
        const url = new URL(request.url, 'http://x');
        const view = url.searchParams.get('view') ?? '';
        const viewer = await verifyViewToken(
          keys,
          view,
          url.pathname,
          viewIssuer(issuer, audience),
        );
        if (!viewer) {
          throw new AppError(
            'UNAUTHENTICATED',
            401,
            'This preview link has expired; open it again.',
          );
        }
        request.viewer = viewer;
      }
    });

    // Nothing said to a signed-in caller is stored by a browser or a shared cache.
    app.addHook('onSend', async (request, reply) => {
      const access = request.routeOptions.config.access;
      if (request.claims?.role === 'authenticated' || (access && access.kind !== 'public')) {
        reply.header('cache-control', 'no-store');
      }
    });
  },
  { name: 'request-claims' },
);

/** A signed-in caller's session still stands (not revoked, roles kept); throws SESSION_ENDED. */
export async function assertLiveSession(serviceDb: Db, claims: RequestClaims): Promise<void> {
  if (claims.role !== 'authenticated') return;
  if (!claims.session_id || !isUuid(claims.session_id)) {
    throw new AppError('SESSION_ENDED', 401, 'Your session has ended; please sign in.');
  }
  const row = await sessionForAccessCheck(serviceDb, claims.session_id, claims.sub);
  const ended =
    !row ||
    row.revokedAt !== null ||
    row.disabledAt !== null ||
    // A role taken away since the token was issued: the token no longer speaks for the user.
    !claims.roles.every((role) => row.roles.includes(role)) ||
    (claims.aal === 'aal2' && row.aal !== 'aal2');
  if (ended) throw new AppError('SESSION_ENDED', 401, 'Your session has ended; please sign in.');
}
