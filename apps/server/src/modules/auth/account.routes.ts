import {
  changeEmailBodySchema,
  changePasswordBodySchema,
  confirmTotpBodySchema,
  consentListSchema,
  consentSchema,
  acceptedSchema,
  eraseAccountBodySchema,
  meSchema,
  reauthenticateBodySchema,
  startTotpBodySchema,
  recordConsentBodySchema,
  recoveryCodesSchema,
  sessionListSchema,
  totpEnrollmentSchema,
  updateAccountBodySchema,
  uuidParamsSchema,
} from '@ladiva/contract/auth';
import { errorResponseSchema, errorResponses } from '@ladiva/contract/errors';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { SIGNED_IN, userClaims } from '../../plugins/request-claims.ts';
import { clearSessionCookies } from './auth-cookies.ts';
import type { Identity } from './identity.ts';
import { requestMeta } from './request-meta.ts';

const errors = errorResponses(400, 401, 403, 409, 429);

const iso = <T extends { createdAt: Date; lastSeenAt: Date }>(row: T) => ({
  ...row,
  createdAt: row.createdAt.toISOString(),
  lastSeenAt: row.lastSeenAt.toISOString(),
});

/** The signed-in user's own account, security settings, sessions and personal data. */
export const accountRoutes: FastifyPluginAsyncZod<{ identity: Identity }> = async (
  app,
  { identity },
) => {
  const { account, signUp, sessions, secondFactor } = identity;
  const tags = ['account'];
  const config = { access: SIGNED_IN };

  app.get(
    '/account',
    {
      config,
      schema: {
        operationId: 'getAccount',
        summary: 'Who is signed in',
        tags,
        response: { 200: meSchema, ...errors },
      },
    },
    async (request) => account.me(userClaims(request)),
  );

  app.patch(
    '/account',
    {
      config,
      schema: {
        operationId: 'updateAccount',
        summary: 'Change the display name or the language',
        tags,
        body: updateAccountBodySchema,
        response: { 200: meSchema, ...errors },
      },
    },
    async (request) => account.updateProfile(userClaims(request), request.body),
  );

  app.post(
    '/account/password',
    {
      config,
      schema: {
        operationId: 'changePassword',
        summary: 'Change the password (ends every other session)',
        tags,
        body: changePasswordBodySchema,
        response: { 204: z.null(), ...errors },
      },
    },
    async (request, reply) => {
      await account.changePassword(userClaims(request), request.body, requestMeta(request));
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/account/email',
    {
      config,
      schema: {
        operationId: 'changeEmail',
        summary: 'Change the email address (applies once the link sent to it is followed)',
        tags,
        body: changeEmailBodySchema,
        response: { 202: acceptedSchema, ...errors },
      },
    },
    async (request, reply) => {
      await signUp.changeEmail(userClaims(request), request.body, requestMeta(request));
      return reply.status(202).send({ status: 'accepted' });
    },
  );

  app.get(
    '/account/sessions',
    {
      config,
      schema: {
        operationId: 'listSessions',
        summary: 'Live sessions of this account',
        tags,
        response: { 200: sessionListSchema, ...errors },
      },
    },
    async (request) => ({ items: (await sessions.list(userClaims(request))).map(iso) }),
  );

  app.delete(
    '/account/sessions/:id',
    {
      config,
      schema: {
        operationId: 'endSession',
        summary: 'Sign out one session',
        tags,
        params: uuidParamsSchema,
        response: { 204: z.null(), 404: errorResponseSchema, ...errors },
      },
    },
    async (request, reply) => {
      await sessions.end(userClaims(request), request.params.id, requestMeta(request));
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/account/sessions/revoke-others',
    {
      config,
      schema: {
        operationId: 'endOtherSessions',
        summary: 'Sign out everywhere else',
        tags,
        response: { 204: z.null(), ...errors },
      },
    },
    async (request, reply) => {
      await sessions.endOthers(userClaims(request), requestMeta(request));
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/account/mfa/totp',
    {
      config,
      schema: {
        operationId: 'startTotpEnrollment',
        summary: 'Start two-step verification: a secret and its QR code',
        description:
          'Takes the current password, unless this session signed in less than five minutes ago.',
        tags,
        body: startTotpBodySchema,
        response: { 200: totpEnrollmentSchema, ...errors },
      },
    },
    async (request) =>
      secondFactor.startTotpEnrollment(userClaims(request), request.body, requestMeta(request)),
  );

  app.post(
    '/account/mfa/totp/confirm',
    {
      config,
      schema: {
        operationId: 'confirmTotpEnrollment',
        summary:
          'Confirm two-step verification with a first code: recovery codes, and an aal2 session',
        tags,
        body: confirmTotpBodySchema,
        response: { 200: recoveryCodesSchema, ...errors },
      },
    },
    async (request) =>
      secondFactor.confirmTotp(userClaims(request), request.body.code, requestMeta(request)),
  );

  app.post(
    '/account/mfa/totp/disable',
    {
      config,
      schema: {
        operationId: 'disableTotp',
        summary: 'Turn two-step verification off',
        tags,
        body: reauthenticateBodySchema,
        response: { 204: z.null(), ...errors },
      },
    },
    async (request, reply) => {
      await secondFactor.disableTotp(userClaims(request), request.body, requestMeta(request));
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/account/mfa/recovery-codes',
    {
      config,
      schema: {
        operationId: 'regenerateRecoveryCodes',
        summary: 'Replace the recovery codes',
        tags,
        body: reauthenticateBodySchema,
        response: { 200: recoveryCodesSchema, ...errors },
      },
    },
    async (request) =>
      secondFactor.regenerateRecoveryCodes(userClaims(request), request.body, requestMeta(request)),
  );

  app.get(
    '/account/consents',
    {
      config,
      schema: {
        operationId: 'listConsents',
        summary: 'Consents as last given',
        tags,
        response: { 200: consentListSchema, ...errors },
      },
    },
    async (request) => ({ items: await account.consents(userClaims(request)) }),
  );

  app.post(
    '/account/consents',
    {
      config,
      schema: {
        operationId: 'recordConsent',
        summary: 'Give or withdraw a consent',
        tags,
        body: recordConsentBodySchema,
        response: { 200: consentSchema, ...errors },
      },
    },
    async (request) =>
      account.recordConsent(userClaims(request), request.body, requestMeta(request)),
  );

  app.get(
    '/account/export',
    {
      config,
      schema: {
        operationId: 'exportAccountData',
        summary: 'Everything held about this account, as JSON (GDPR)',
        tags,
        response: { 200: z.record(z.string(), z.unknown()), ...errors },
      },
    },
    async (request, reply) => {
      reply.header('content-disposition', 'attachment; filename="ladiva-account.json"');
      return account.exportData(userClaims(request), requestMeta(request));
    },
  );

  app.post(
    '/account/erase',
    {
      config,
      schema: {
        operationId: 'eraseAccount',
        summary: 'Erase this account (bookings kept for accounting are anonymised)',
        tags,
        body: eraseAccountBodySchema,
        response: { 204: z.null(), ...errors },
      },
    },
    async (request, reply) => {
      await account.erase(userClaims(request), request.body, requestMeta(request));
      clearSessionCookies(reply);
      return reply.status(204).send(null);
    },
  );
};
