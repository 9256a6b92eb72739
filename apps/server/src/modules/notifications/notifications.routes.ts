import { errorResponseSchema, errorResponses } from '@ladiva/contract/errors';
import {
  idParamsSchema,
  listNotificationsQuerySchema,
  notificationDetailSchema,
  notificationListSchema,
  notificationStatsSchema,
  sendTestEmailBodySchema,
  templatePreviewParamsSchema,
  templatePreviewQuerySchema,
  templatePreviewHtmlQuerySchema,
  templatePreviewSchema,
} from '@ladiva/contract/notifications';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError, notFound } from '../../lib/app-error.ts';
import { staffOnly, userClaims, VIEW_LINK } from '../../plugins/request-claims.ts';
import { rateLimit } from '../perimeter/rate-limit.ts';
import type { NotificationService } from '../../services/notifications/notification-service.ts';
import { renderTemplate, sampleData } from '../../services/notifications/templates/render.ts';
import { htmlResponse, sendEmailHtml } from './email-html.ts';
import { toNotification } from './notifications.mapper.ts';

const errors = errorResponses(400, 401, 403, 404, 409);

/**
 * The delivery log holds guests' addresses (masked) and never a message's body or secrets:
 * management. The local mailbox, which holds the bodies, is for admins (mailbox.routes.ts).
 */
const config = { access: staffOnly('admin', 'manager') };

const tags = ['notifications (staff)'];

/** Staff side of the notification service: delivery log, resend, previews. */
export const notificationRoutes: FastifyPluginAsyncZod<{
  notifications: NotificationService;
  /** A signed URL for a frame (see VIEW_LINK), valid two minutes, for this user. */
  viewLink: (path: string, userId: string) => Promise<string>;
}> = async (app, { notifications, viewLink }) => {
  app.get(
    '/notifications',
    {
      config,
      schema: {
        operationId: 'listNotifications',
        summary: 'The delivery log, newest first, filterable',
        tags,
        querystring: listNotificationsQuerySchema,
        response: { 200: notificationListSchema, ...errors },
      },
    },
    async (request) => ({ items: (await notifications.list(request.query)).map(toNotification) }),
  );

  app.get(
    '/notifications/stats',
    {
      config,
      schema: {
        operationId: 'getNotificationStats',
        summary: 'Counts by status and the age of the oldest waiting message',
        tags,
        response: { 200: notificationStatsSchema, ...errors },
      },
    },
    async () => notifications.stats(),
  );

  app.get(
    '/notifications/:id',
    {
      config,
      schema: {
        operationId: 'getNotification',
        summary: 'One notification with its status history',
        tags,
        params: idParamsSchema,
        response: { 200: notificationDetailSchema, ...errors },
      },
    },
    async (request) => {
      const found = await notifications.get(request.params.id);
      if (!found) throw notFound('No such notification.');
      return {
        ...toNotification(found),
        events: found.events.map((e) => ({ ...e, at: e.at.toISOString() })),
      };
    },
  );

  app.post(
    '/notifications/:id/resend',
    {
      config,
      schema: {
        operationId: 'resendNotification',
        summary: 'Send a failed, dead or cancelled notification again',
        description:
          'A message whose single-use link was dropped (once sent, dead or cancelled) cannot be ' +
          'sent again: 409 LINK_PURGED, the person asks for a new link.',
        tags,
        params: idParamsSchema,
        response: { 204: z.null(), ...errors },
      },
    },
    async (request, reply) => {
      const outcome = await notifications.resend(request.params.id);
      if (outcome === 'not_found') throw notFound('No such notification.');
      if (outcome === 'not_resendable') {
        throw new AppError('CONFLICT', 409, 'This notification cannot be resent in its state.');
      }
      if (outcome === 'secrets_purged') {
        throw new AppError(
          'LINK_PURGED',
          409,
          'This message carried a single-use link, which is no longer kept: the person must ask for a new link.',
        );
      }
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/notifications/:id/cancel',
    {
      config,
      schema: {
        operationId: 'cancelNotification',
        summary: 'Cancel a notification that has not been sent yet',
        tags,
        params: idParamsSchema,
        response: { 204: z.null(), ...errors },
      },
    },
    async (request, reply) => {
      if (!(await notifications.cancel(request.params.id))) {
        if (!(await notifications.get(request.params.id))) throw notFound('No such notification.');
        throw new AppError('CONFLICT', 409, 'This notification cannot be cancelled in its state.');
      }
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/notifications/test-email',
    {
      config,
      schema: {
        operationId: 'sendTestEmail',
        summary: 'Send a test email through the configured channel (SMTP or the local mailbox)',
        tags,
        body: sendTestEmailBodySchema,
        response: { 202: z.object({ id: z.uuid() }), 429: errorResponseSchema, ...errors },
      },
      // A test email goes to any address: not a way to send mail in bulk.
      preHandler: rateLimit({
        db: notifications.serviceDb,
        scope: 'notifications.test-email',
        limit: 20,
        windowSeconds: 600,
        key: (request) => request.clientIp,
      }),
    },
    async (request, reply) => {
      const id = await notifications.notify(notifications.serviceDb, {
        kind: 'staff_alert',
        channel: 'email',
        recipient: request.body.to,
        locale: request.body.locale,
        data: sampleData.staff_alert,
      });
      return reply.status(202).send({ id });
    },
  );

  app.get(
    '/notifications/templates/:kind/preview',
    {
      config,
      schema: {
        operationId: 'previewTemplate',
        summary: 'A message kind rendered with sample data',
        tags,
        params: templatePreviewParamsSchema,
        querystring: templatePreviewQuerySchema,
        response: { 200: templatePreviewSchema, ...errors },
      },
    },
    async (request) => {
      const { kind } = request.params;
      const { locale } = request.query;
      const rendered = await renderTemplate(
        kind,
        locale,
        sampleData[kind],
        await notifications.venueBranding(),
      );
      const path = `/api/notifications/templates/${kind}/preview.html`;
      const view = await viewLink(path, userClaims(request).sub);
      return { kind, locale, ...rendered, htmlUrl: `${path}?locale=${locale}&view=${view}` };
    },
  );

  app.get(
    '/notifications/templates/:kind/preview.html',
    {
      config: { access: VIEW_LINK },
      schema: {
        operationId: 'previewTemplateHtml',
        summary: "A message kind's email HTML with sample data, for a preview frame",
        tags,
        params: templatePreviewParamsSchema,
        querystring: templatePreviewHtmlQuerySchema,
        produces: ['text/html'],
        response: { 200: htmlResponse, ...errors },
      },
    },
    async (request, reply) => {
      const { kind } = request.params;
      const rendered = await renderTemplate(
        kind,
        request.query.locale,
        sampleData[kind],
        await notifications.venueBranding(),
      );
      return sendEmailHtml(reply, rendered.html);
    },
  );
};
