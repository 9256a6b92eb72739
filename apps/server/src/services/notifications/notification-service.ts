// The notification service as the rest of the server sees it: enqueue inside a transaction,
// staff operations on the delivery log, template previews, the local mailbox, and the delivery
// task that the queue's workers run (jobs/jobs.ts). It sends messages and knows nothing of what
// they are about.
import { randomUUID } from 'node:crypto';
import { NOTIFICATION_STATUSES } from '@ladiva/contract/notifications';
import type { Task } from 'graphile-worker';
import { sql } from 'kysely';
import type { Logger } from 'pino';
import type { Config } from '../../config.ts';
import type { Db } from '../../db/database.ts';
import type { Tx } from '../../db/request-context.ts';
import type { NotificationChannel, NotificationStatus } from '../../db/schema.ts';
import type { SecretBox } from '../../lib/secret-box.ts';
import {
  toAttachmentsFrom,
  toStoredAttachments,
  type AttachmentProvider,
  type AttachmentsFrom,
} from './attachments.ts';
import type { Attachment } from './channels/channel.ts';
import { createChannels, type Channels } from './channels/create-channels.ts';
import { normalisePhone } from './channels/sms/phone.ts';
import { deliverNotificationTask } from './deliver-notification.ts';
import { assertSeparate, sealSecrets, type NotificationSecrets } from './notification-secrets.ts';
import * as repository from './notifications.repository.ts';
import type { Locale, TemplateKind, VenueBranding } from './templates/render.ts';

export interface NotifyInput {
  kind: TemplateKind;
  channel: NotificationChannel;
  /** Email address, E.164 phone, or push subscription id. */
  recipient: string;
  locale: Locale;
  /** The template's readable values, kept with the notification for as long as it lives. */
  data: Record<string, unknown>;
  /**
   * Template values that open something (a reset, invitation or manage link): sealed apart, opened
   * by the worker when it renders, dropped once the notification is sent, dead or cancelled.
   */
  secrets?: NotificationSecrets;
  sendAt?: Date;
  idempotencyKey?: string;
  /** Email only: files sent with the message (a ticket, a calendar event). */
  attachments?: Attachment[];
  /** Attachments the worker renders when it sends (see attachments.ts). */
  attachmentsFrom?: AttachmentsFrom;
}

export interface NotificationServiceOptions {
  config: Pick<Config, 'dataDir' | 'publicUrl' | 'notifications'>;
  /** Service-role sessions. */
  serviceDb: Db;
  logger: Logger;
  /** Seals the notifications' secrets; the same keys as the identity's (loaded once per process). */
  box: SecretBox;
}

/** What resend() found: the notification resent, or why not. */
export type ResendOutcome = 'resent' | 'not_found' | 'not_resendable' | 'secrets_purged';

export class NotificationService {
  private constructor(
    private readonly options: NotificationServiceOptions,
    readonly channels: Channels,
  ) {}

  static async create(options: NotificationServiceOptions): Promise<NotificationService> {
    return new NotificationService(
      options,
      await createChannels(options.config.notifications, options.config.dataDir),
    );
  }

  private readonly attachmentProviders = new Map<string, AttachmentProvider>();

  /** Lets the workers of this process render a kind of attachment when they send. */
  registerAttachmentProvider(name: string, provider: AttachmentProvider): void {
    this.attachmentProviders.set(name, provider);
  }

  get mailbox() {
    return this.channels.mailbox;
  }

  get serviceDb(): Db {
    return this.options.serviceDb;
  }

  /** Enqueues in the caller's transaction: sent if and only if that transaction commits. */
  async notify(tx: Tx | Db, input: NotifyInput): Promise<string> {
    return repository.enqueue(tx, this.outboxRow(input));
  }

  /**
   * The statement that enqueues several notifications at once, for a caller that sends its
   * transaction's statements itself (a batch of confirmations, confirm-batch.ts): run in that
   * transaction, the notifications leave if and only if it commits.
   */
  enqueueStatement(inputs: readonly NotifyInput[]): string {
    if (inputs.length === 0) return '';
    return repository.enqueueManyStatement(inputs.map((input) => this.outboxRow(input)));
  }

  /** The outbox row of a notification: secrets sealed, attachments described, phone in E.164. */
  private outboxRow(input: NotifyInput): repository.EnqueueRow {
    // Phone numbers are stored in E.164, so that opt-outs and caps match whatever the input format.
    const recipient = input.channel === 'sms' ? normalisePhone(input.recipient) : input.recipient;
    const { attachments, attachmentsFrom, secrets, ...rest } = input;
    let sealed: { id: string; secrets: string } | undefined;
    if (secrets && Object.keys(secrets).length > 0) {
      assertSeparate(input.data, secrets);
      const id = randomUUID();
      sealed = { id, secrets: sealSecrets(this.options.box, id, secrets) };
    }
    return {
      ...rest,
      ...sealed,
      data: {
        ...input.data,
        ...(attachments?.length ? toStoredAttachments(attachments) : {}),
        ...(attachmentsFrom ? toAttachmentsFrom(attachmentsFrom) : {}),
      },
      recipient,
      maxAttempts: this.options.config.notifications.maxAttempts,
    };
  }

  async venueBranding(): Promise<VenueBranding> {
    const venue = await this.options.serviceDb
      .selectFrom('venueSettings')
      .select(['name', 'address', 'phone', 'email'])
      .executeTakeFirstOrThrow();
    return { ...venue, publicUrl: this.options.config.publicUrl };
  }

  /** The queue's deliver_notification task: one notification, sent once (deliver-notification.ts). */
  deliveryTask(): Task {
    const { config, serviceDb, logger } = this.options;
    return deliverNotificationTask({
      db: serviceDb,
      channels: this.channels.channels,
      venue: () => this.venueBranding(),
      smsDailyLimit: config.notifications.smsDailyLimit,
      attachmentProviders: this.attachmentProviders,
      box: this.options.box,
      logger,
    });
  }

  /** Closes the channels; stop the queue's workers first (they finish the messages in hand). */
  async stop(): Promise<void> {
    this.channels.close();
  }

  async cancel(id: string): Promise<boolean> {
    const { rows } = await sql<{
      ok: boolean;
    }>`select public.cancel_notification(${id}) as ok`.execute(this.options.serviceDb);
    return rows[0]?.ok === true;
  }

  async resend(id: string): Promise<ResendOutcome> {
    const { rows } = await sql<{
      outcome: ResendOutcome;
    }>`select public.resend_notification(${id}) as outcome`.execute(this.options.serviceDb);
    return rows[0]!.outcome;
  }

  list(filter: {
    status?: NotificationStatus;
    channel?: NotificationChannel;
    kind?: string;
    limit: number;
    before?: string;
  }) {
    let query = this.options.serviceDb
      .selectFrom('notifications')
      .select(repository.LOG_COLUMNS)
      .orderBy('createdAt', 'desc')
      .limit(filter.limit);
    if (filter.status) query = query.where('status', '=', filter.status);
    if (filter.channel) query = query.where('channel', '=', filter.channel);
    if (filter.kind) query = query.where('kind', '=', filter.kind);
    if (filter.before) query = query.where('createdAt', '<', new Date(filter.before));
    return query.execute();
  }

  async get(id: string) {
    const db = this.options.serviceDb;
    const row = await db
      .selectFrom('notifications')
      .select(repository.LOG_COLUMNS)
      .where('id', '=', id)
      .executeTakeFirst();
    if (!row) return undefined;
    const events = await db
      .selectFrom('notificationEvents')
      .select(['at', 'status', 'detail'])
      .where('notificationId', '=', id)
      .orderBy('id')
      .execute();
    return { ...row, events };
  }

  /** Queue health for staff and metrics: counts by status and the oldest waiting message. */
  async stats() {
    const { rows } = await sql<{
      status: NotificationStatus;
      count: number;
      oldest: number | null;
    }>`
      select status, count(*)::int as count,
             extract(epoch from now() - min(send_at) filter (where status in ('queued', 'failed') and send_at <= now())) as oldest
        from public.notifications group by status`.execute(this.options.serviceDb);
    const byStatus = Object.fromEntries(
      NOTIFICATION_STATUSES.map((status) => [status, 0]),
    ) as Record<NotificationStatus, number>;
    for (const row of rows) byStatus[row.status] = row.count;
    const oldest = Math.max(0, ...rows.map((row) => Number(row.oldest ?? 0)));
    return { byStatus, oldestQueuedSeconds: Math.round(oldest) };
  }
}
