import {
  acceptedSchema,
  acceptInvitationBodySchema,
  emailOnlyBodySchema,
  jwksSchema,
  linkInfoSchema,
  mfaVerifyBodySchema,
  resetPasswordBodySchema,
  sessionTokensSchema,
  setupBodySchema,
  signInBodySchema,
  signInResponseSchema,
  signUpBodySchema,
  tokenBodySchema,
} from '@ladiva/contract/auth';
import { errorResponseSchema, errorResponses } from '@ladiva/contract/errors';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Db } from '../../db/database.ts';
import { noStore } from '../../plugins/no-store.ts';
import { PUBLIC } from '../../plugins/request-claims.ts';
import { rateLimit } from '../perimeter/rate-limit.ts';
import {
  assertCsrf,
  clearSessionCookies,
  refreshCookie,
  setSessionCookies,
} from './auth-cookies.ts';
import type { Identity } from './identity.ts';
import { requestMeta } from './request-meta.ts';

const errors = errorResponses(400, 401, 403, 429);

/** Sign-up, sign-in (with a second factor), refresh, sign-out, and the emailed links. */
export const authRoutes: FastifyPluginAsyncZod<{ db: Db; identity: Identity }> = async (
  app,
  { db, identity },
) => {
  const { signIn, signUp, recovery, sessions, sessionIssuer, invitations, firstAdmin } = identity;
  const perIp = (scope: string, limit: number, windowSeconds: number) =>
    rateLimit({ db, scope, limit, windowSeconds, key: (request) => request.clientIp });
  const perEmail = (scope: string, limit: number, windowSeconds: number) =>
    rateLimit({
      db,
      scope,
      limit,
      windowSeconds,
      key: (request) => String((request.body as { email?: unknown } | undefined)?.email ?? ''),
    });
  const tags = ['auth'];

  // Tokens and links are never stored by a browser or a cache (the key set says otherwise).
  app.addHook('onSend', noStore);

  app.post(
    '/auth/sign-up',
    {
      config: { access: PUBLIC },
      schema: {
        operationId: 'signUp',
        summary: 'Create a guest account (a verification email follows)',
        description:
          'Answers 202 whether or not the address already has an account, so that it cannot be used to find out who is a customer.',
        tags,
        body: signUpBodySchema,
        response: { 202: acceptedSchema, ...errors },
      },
      preHandler: [perIp('sign_up:ip', 10, 3600), perEmail('sign_up:email', 3, 3600)],
    },
    async (request, reply) => {
      await signUp.signUp(request.body, requestMeta(request));
      return reply.status(202).send({ status: 'accepted' });
    },
  );

  app.post(
    '/auth/verify-email',
    {
      config: { access: PUBLIC },
      schema: {
        operationId: 'verifyEmail',
        summary: 'Confirm an email address with the token of the emailed link',
        tags,
        body: tokenBodySchema,
        response: { 204: z.null(), ...errors },
      },
      preHandler: perIp('verify_email:ip', 30, 3600),
    },
    async (request, reply) => {
      await signUp.verifyEmail(request.body.token, requestMeta(request));
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/auth/resend-verification',
    {
      config: { access: PUBLIC },
      schema: {
        operationId: 'resendVerification',
        summary: 'Send the verification email again',
        tags,
        body: emailOnlyBodySchema,
        response: { 202: acceptedSchema, ...errors },
      },
      preHandler: [
        perIp('resend_verification:ip', 10, 3600),
        perEmail('resend_verification:email', 3, 3600),
      ],
    },
    async (request, reply) => {
      await signUp.resendVerification(request.body.email);
      return reply.status(202).send({ status: 'accepted' });
    },
  );

  app.post(
    '/auth/sign-in',
    {
      config: { access: PUBLIC },
      schema: {
        operationId: 'signIn',
        summary: 'Sign in with email and password',
        description:
          'Signed in (tokens, and the refresh cookie), or a second-factor challenge. Failures are limited (429 with Retry-After): 5 per account from one address in 15 minutes; 20 per account in an hour and 50 in a day from anywhere, which a device holding a live refresh cookie of that account passes (its own 5 in 15 minutes apart); 50 per address in 15 minutes across accounts.',
        tags,
        body: signInBodySchema,
        response: { 200: signInResponseSchema, ...errors },
      },
    },
    async (request, reply) => {
      // The refresh cookie, if any, marks a device already signed in to the account.
      const { response, refreshToken } = await signIn.signIn(request.body, requestMeta(request), {
        refreshToken: refreshCookie(request),
      });
      if (response.status === 'signed_in' && refreshToken) {
        setSessionCookies(reply, refreshToken, response.csrfToken);
      }
      return response;
    },
  );

  app.post(
    '/auth/mfa',
    {
      config: { access: PUBLIC },
      schema: {
        operationId: 'verifyMfa',
        summary: 'Second step of a sign-in: a TOTP code or a recovery code',
        tags,
        body: mfaVerifyBodySchema,
        response: { 200: sessionTokensSchema, ...errors },
      },
    },
    async (request, reply) => {
      const session = await signIn.completeMfa(request.body, requestMeta(request));
      setSessionCookies(reply, session.refreshToken, session.body.csrfToken);
      return session.body;
    },
  );

  app.post(
    '/auth/refresh',
    {
      config: { access: PUBLIC },
      schema: {
        operationId: 'refreshSession',
        summary: 'Exchange the refresh cookie for a new access token (rotates the cookie)',
        description:
          'Authenticated by the `__Host-ladiva-refresh` cookie; needs the `x-csrf-token` header matching the `__Host-ladiva-csrf` cookie.',
        tags,
        security: [{ refreshCookie: [] }],
        response: { 200: sessionTokensSchema, ...errors },
      },
      preHandler: perIp('refresh:ip', 120, 60),
    },
    async (request, reply) => {
      assertCsrf(request);
      try {
        const session = await sessionIssuer.refresh(refreshCookie(request));
        setSessionCookies(reply, session.refreshToken, session.body.csrfToken);
        return session.body;
      } catch (error) {
        clearSessionCookies(reply);
        throw error;
      }
    },
  );

  app.post(
    '/auth/sign-out',
    {
      config: { access: PUBLIC },
      schema: {
        operationId: 'signOut',
        summary: 'End this session',
        tags,
        security: [{ refreshCookie: [] }, { bearerAuth: [] }],
        response: { 204: z.null(), ...errors },
      },
    },
    async (request, reply) => {
      const cookie = refreshCookie(request);
      if (cookie) assertCsrf(request);
      const sessionId =
        request.claims.role === 'authenticated' ? request.claims.session_id : undefined;
      await sessions.signOut({ sessionId, refreshToken: cookie }, requestMeta(request));
      clearSessionCookies(reply);
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/auth/forgot-password',
    {
      config: { access: PUBLIC },
      schema: {
        operationId: 'forgotPassword',
        summary: 'Email a single-use link to choose a new password',
        description: 'Answers 202 whether or not the address has an account.',
        tags,
        body: emailOnlyBodySchema,
        response: { 202: acceptedSchema, ...errors },
      },
      preHandler: [
        perIp('forgot_password:ip', 10, 3600),
        perEmail('forgot_password:email', 3, 3600),
      ],
    },
    async (request, reply) => {
      await recovery.forgotPassword(request.body.email, request.body.locale, requestMeta(request));
      return reply.status(202).send({ status: 'accepted' });
    },
  );

  app.post(
    '/auth/link-info',
    {
      config: { access: PUBLIC },
      schema: {
        operationId: 'getLinkInfo',
        summary: 'What an emailed link is for (and whether a second factor will be asked)',
        tags,
        body: tokenBodySchema,
        response: { 200: linkInfoSchema, ...errors },
      },
      preHandler: perIp('link_info:ip', 60, 3600),
    },
    async (request) => recovery.linkInfo(request.body.token),
  );

  app.post(
    '/auth/reset-password',
    {
      config: { access: PUBLIC },
      schema: {
        operationId: 'resetPassword',
        summary: 'Choose a new password with a reset link (and the second factor, if on)',
        tags,
        body: resetPasswordBodySchema,
        response: { 204: z.null(), ...errors },
      },
      preHandler: perIp('reset_password:ip', 20, 3600),
    },
    async (request, reply) => {
      await recovery.resetPassword(request.body, requestMeta(request));
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/auth/accept-invitation',
    {
      config: { access: PUBLIC },
      schema: {
        operationId: 'acceptInvitation',
        summary: 'A new colleague chooses a password from their invitation link',
        tags,
        body: acceptInvitationBodySchema,
        response: { 204: z.null(), ...errors },
      },
      preHandler: perIp('accept_invitation:ip', 20, 3600),
    },
    async (request, reply) => {
      await invitations.accept(request.body, requestMeta(request));
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/auth/setup',
    {
      config: { access: PUBLIC },
      schema: {
        operationId: 'setUpFirstAdmin',
        summary: 'Create the first admin with the one-time link printed at first start',
        tags,
        body: setupBodySchema,
        response: { 204: z.null(), 409: errorResponseSchema, ...errors },
      },
      preHandler: perIp('setup:ip', 10, 3600),
    },
    async (request, reply) => {
      await firstAdmin.completeSetup(request.body, requestMeta(request));
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/auth/jwks',
    {
      config: { access: PUBLIC },
      schema: {
        operationId: 'getJwks',
        summary: 'Public keys that verify access tokens (and, later, e-tickets) offline',
        tags,
        response: { 200: jwksSchema },
      },
    },
    async (_request, reply) => {
      reply.header('cache-control', 'public, max-age=300');
      return { keys: identity.keys.jwks.keys.map((key) => ({ ...key })) };
    },
  );
};
