import { errorResponses } from '@ladiva/contract/errors';
import {
  idParamsSchema,
  mailboxListSchema,
  mailboxMessageSchema,
  viewQuerySchema,
} from '@ladiva/contract/notifications';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Db } from '../../db/database.ts';
import { notFound } from '../../lib/app-error.ts';
import { staffOnly, userClaims, VIEW_LINK } from '../../plugins/request-claims.ts';
import type { NotificationService } from '../../services/notifications/notification-service.ts';
import { htmlResponse, sendEmailHtml } from './email-html.ts';
import { MAILBOX_ROLES, MailboxService } from './mailbox.service.ts';

const errors = errorResponses(400, 401, 403, 404);
const tags = ['notifications (staff)'];

/**
 * The local mailbox holds every message's body, secret links included (masked for anyone but
 * their recipient, mailbox.service.ts): admins only (issue #12).
 */
const config = { access: staffOnly(...MAILBOX_ROLES) };

export const mailboxRoutes: FastifyPluginAsyncZod<{
  db: Db;
  serviceDb: Db;
  notifications: Pick<NotificationService, 'mailbox'>;
  /** A signed URL for a frame (see VIEW_LINK), valid two minutes, for this user. */
  viewLink: (path: string, userId: string) => Promise<string>;
}> = async (app, { db, serviceDb, notifications, viewLink }) => {
  const mailbox = new MailboxService(notifications.mailbox, db, serviceDb);
  app.get(
    '/mailbox',
    {
      config,
      schema: {
        operationId: 'listMailbox',
        summary: 'Messages delivered to the local mailbox (no SMTP/SMS provider configured)',
        tags,
        response: { 200: mailboxListSchema, ...errors },
      },
    },
    async (request) => ({ items: await mailbox.list(userClaims(request)) }),
  );

  app.get(
    '/mailbox/:id',
    {
      config,
      schema: {
        operationId: 'getMailboxMessage',
        summary: 'One message of the local mailbox, its link tokens masked unless it is yours',
        tags,
        params: idParamsSchema,
        response: { 200: mailboxMessageSchema, ...errors },
      },
    },
    async (request) => {
      const claims = userClaims(request);
      const message = await mailbox.read(claims, request.params.id);
      if (!message) throw notFound('No such message in the local mailbox.');
      const path = `/api/mailbox/${message.id}/html`;
      const htmlUrl = message.html ? `${path}?view=${await viewLink(path, claims.sub)}` : null;
      return { ...message, htmlUrl };
    },
  );

  app.get(
    '/mailbox/:id/html',
    {
      config: { access: VIEW_LINK },
      schema: {
        operationId: 'getMailboxMessageHtml',
        summary: "A local mailbox message's HTML part, for a preview frame (masked as above)",
        tags,
        params: idParamsSchema,
        querystring: viewQuerySchema,
        produces: ['text/html'],
        response: { 200: htmlResponse, ...errors },
      },
    },
    async (request, reply) => {
      // The guard verified the view link and who it was issued to.
      const html = await mailbox.html(request.viewer!, request.params.id);
      if (!html) throw notFound('No HTML part for this message.');
      return sendEmailHtml(reply, html);
    },
  );
};
