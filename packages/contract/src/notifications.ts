import { z } from 'zod';

import {
  NOTIFICATION_CHANNELS,
  NOTIFICATION_STATUSES,
  TEMPLATE_KINDS,
} from './notification-vocabulary.ts';
import { text, url } from './text.ts';

export { NOTIFICATION_CHANNELS, NOTIFICATION_STATUSES, TEMPLATE_KINDS };

export const notificationChannelSchema = z.enum(NOTIFICATION_CHANNELS);
export const notificationStatusSchema = z.enum(NOTIFICATION_STATUSES);
export const templateKindSchema = z.enum(TEMPLATE_KINDS);
export const localeSchema = z.enum(['fr', 'en']);

export const notificationSchema = z
  .object({
    id: z.uuid(),
    kind: z.string(),
    channel: notificationChannelSchema,
    /** Masked: "j***@example.com", "+33 6** ** ** 78". */
    recipient: z.string(),
    locale: localeSchema,
    status: notificationStatusSchema,
    attempts: z.number().int(),
    maxAttempts: z.number().int(),
    lastError: z.string().nullable(),
    providerMessageId: z.string().nullable(),
    sendAt: z.iso.datetime({ offset: true }),
    createdAt: z.iso.datetime({ offset: true }),
    sentAt: z.iso.datetime({ offset: true }).nullable(),
  })
  .meta({ id: 'Notification' });
export type Notification = z.infer<typeof notificationSchema>;

export const notificationEventSchema = z.object({
  at: z.iso.datetime({ offset: true }),
  status: notificationStatusSchema,
  detail: z.string().nullable(),
});

export const notificationDetailSchema = notificationSchema
  .extend({ events: z.array(notificationEventSchema) })
  .meta({ id: 'NotificationDetail' });

export const listNotificationsQuerySchema = z.strictObject({
  status: notificationStatusSchema.optional(),
  channel: notificationChannelSchema.optional(),
  kind: text()
    .regex(/^[a-z_]{1,60}$/)
    .optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  before: z.iso.datetime({ offset: true }).optional().describe('Only notifications created before'),
});

export const notificationListSchema = z
  .object({ items: z.array(notificationSchema) })
  .meta({ id: 'NotificationList' });

export const idParamsSchema = z.strictObject({ id: z.uuid() });

export const notificationStatsSchema = z
  .object({
    byStatus: z.record(notificationStatusSchema, z.number().int()),
    /** Age in seconds of the oldest notification still waiting to be sent (0 when none). */
    oldestQueuedSeconds: z.number(),
  })
  .meta({ id: 'NotificationStats' });

export const sendTestEmailBodySchema = z
  .strictObject({ to: z.email().max(254), locale: localeSchema.default('fr') })
  .meta({ id: 'SendTestEmail' });

export const templatePreviewParamsSchema = z.strictObject({ kind: templateKindSchema });
export const templatePreviewQuerySchema = z.strictObject({ locale: localeSchema.default('fr') });
export const templatePreviewSchema = z
  .object({
    kind: templateKindSchema,
    locale: localeSchema,
    subject: z.string(),
    html: z.string(),
    text: z.string(),
    sms: z.string(),
    push: z.object({ title: z.string(), body: z.string(), url: z.string().optional() }),
    /** The email HTML for a preview frame: a signed link valid for two minutes. */
    htmlUrl: z.string().optional(),
  })
  .meta({ id: 'TemplatePreview' });

export const mailboxEntrySchema = z.object({
  id: z.uuid(),
  channel: notificationChannelSchema,
  to: z.string(),
  subject: z.string(),
  date: z.iso.datetime({ offset: true }),
});
export const mailboxListSchema = z
  .object({ items: z.array(mailboxEntrySchema) })
  .meta({ id: 'MailboxList' });
export const mailboxMessageSchema = mailboxEntrySchema
  .extend({
    text: z.string(),
    html: z.string().nullable(),
    attachments: z.array(
      z.object({ filename: z.string(), contentType: z.string(), size: z.number().int() }),
    ),
    /** The HTML part for a preview frame: a signed link valid for two minutes. */
    htmlUrl: z.string().nullable().optional(),
    /**
     * How many secret links (sign-in, invitation, booking…) this reading masked: only the
     * message's recipient sees them, so 0 when it is the reader's own message.
     */
    maskedLinks: z.number().int().min(0),
  })
  .meta({ id: 'MailboxMessage' });

/** A frame cannot send an Authorization header: its URL carries a short-lived signed token. */
export const viewQuerySchema = z.strictObject({ view: text().min(1).max(4096) });
export const templatePreviewHtmlQuerySchema = z.strictObject({
  locale: localeSchema.default('fr'),
  view: text().min(1).max(4096),
});

// Web Push: the browser's PushSubscription, as JSON.
export const pushSubscriptionBodySchema = z
  .strictObject({
    endpoint: url({ protocol: /^https?$/ }).max(2000),
    expirationTime: z.number().nullable().optional(),
    keys: z.strictObject({
      p256dh: text()
        .regex(/^[A-Za-z0-9_-]+=*$/)
        .max(200),
      auth: text()
        .regex(/^[A-Za-z0-9_-]+=*$/)
        .max(100),
    }),
    locale: localeSchema.default('fr'),
  })
  .meta({ id: 'PushSubscription' });
export const pushUnsubscribeBodySchema = z.strictObject({
  endpoint: url({ protocol: /^https?$/ }).max(2000),
});
export const pushPublicKeySchema = z
  .object({ publicKey: z.string() })
  .meta({ id: 'PushPublicKey' });
