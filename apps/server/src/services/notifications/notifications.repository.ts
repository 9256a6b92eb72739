// SQL of the notification service. Worker-side functions take the service-role Db (a pool whose
// sessions are service_role: one statement, one round trip, RLS applies); enqueue takes the
// caller's transaction so the message commits or rolls back with the change that caused it.
import { sql } from 'kysely';
import type { Db } from '../../db/database.ts';
import type { Tx } from '../../db/request-context.ts';
import { jsonLiteral } from '../../db/single-trip.ts';
import type { NotificationChannel, NotificationStatus } from '../../db/schema.ts';

export interface EnqueueRow {
  kind: string;
  channel: NotificationChannel;
  recipient: string;
  locale: 'fr' | 'en';
  data: Record<string, unknown>;
  maxAttempts: number;
  sendAt?: Date;
  idempotencyKey?: string;
  /** Given with `secrets`, which are sealed against it. */
  id?: string;
  /** Sealed secret values (notification-secrets.ts). */
  secrets?: string;
}

export async function enqueue(tx: Tx | Db, row: EnqueueRow): Promise<string> {
  const { rows } = await sql<{ id: string }>`
    select public.enqueue_notification(
      ${row.kind}, ${row.channel}::public.notification_channel, ${row.recipient}, ${row.locale},
      ${JSON.stringify(row.data)}::jsonb, ${row.maxAttempts}, ${row.sendAt ?? null}::timestamptz,
      ${row.idempotencyKey ?? null}, ${row.id ?? null}::uuid, ${row.secrets ?? null}) as id`.execute(
    tx,
  );
  return rows[0]!.id;
}

/**
 * One statement that enqueues several notifications (public.enqueue_notifications, set-based),
 * for a caller that sends it in its own transaction. Values travel as one literal (jsonLiteral()).
 */
export function enqueueManyStatement(rows: readonly EnqueueRow[]): string {
  const values = rows.map((row) => ({
    id: row.id ?? null,
    key: row.idempotencyKey ?? null,
    kind: row.kind,
    channel: row.channel,
    recipient: row.recipient,
    locale: row.locale,
    data: row.data,
    secrets: row.secrets ?? null,
    max_attempts: row.maxAttempts,
    send_at: row.sendAt?.toISOString() ?? null,
  }));
  return `select public.enqueue_notifications(${jsonLiteral(values)})`;
}

/** What staff see of a notification: every column but the sealed secrets. */
export const LOG_COLUMNS = [
  'id',
  'idempotencyKey',
  'kind',
  'channel',
  'recipient',
  'locale',
  'data',
  'status',
  'attempts',
  'maxAttempts',
  'lastError',
  'providerMessageId',
  'sendAt',
  'createdAt',
  'updatedAt',
  'sentAt',
  'secretsPurgedAt',
] as const;

export type ClaimedNotification = Awaited<ReturnType<typeof claim>>;

/**
 * Takes a notification for one delivery attempt. Returns undefined when there is nothing to send:
 * already sent, cancelled or dead — or the provider was reached by an earlier attempt that died
 * before acknowledging (its provider id was recorded): then it is marked sent, not sent again.
 */
export async function claim(db: Db, id: string) {
  return db.transaction().execute(async (tx) => {
    const row = await tx
      .selectFrom('notifications')
      .selectAll()
      .where('id', '=', id)
      .forUpdate()
      .executeTakeFirst();
    if (!row || ['sent', 'cancelled', 'dead'].includes(row.status)) return undefined;
    if (row.providerMessageId) {
      await setStatus(tx, id, 'sent', 'provider already reached by an earlier attempt');
      return undefined;
    }
    await tx
      .updateTable('notifications')
      .set({ status: 'sending', attempts: row.attempts + 1, updatedAt: new Date() })
      .where('id', '=', id)
      .execute();
    await tx
      .insertInto('notificationEvents')
      .values({ notificationId: id, status: 'sending' })
      .execute();
    return { ...row, attempts: row.attempts + 1 };
  });
}

// Marking a notification sent, dead or cancelled also drops its sealed secrets, in the same
// statement: the trigger of migration 0019 does it for every update, whichever code wrote it.

/** One statement, so that the provider's id is durable as soon as it leaves this process. */
export async function markSent(db: Db, id: string, providerMessageId: string): Promise<void> {
  await sql`
    with updated as (
      update public.notifications
         set status = 'sent', provider_message_id = ${providerMessageId}, sent_at = now(),
             updated_at = now(), last_error = null
       where id = ${id}
      returning id)
    insert into public.notification_events (notification_id, status, detail)
    select id, 'sent', ${providerMessageId} from updated`.execute(db);
}

export async function markFailed(
  db: Db,
  id: string,
  status: Extract<NotificationStatus, 'failed' | 'dead' | 'cancelled'>,
  error: string,
): Promise<void> {
  const detail = error.slice(0, 1000);
  await sql`
    with updated as (
      update public.notifications
         set status = ${status}::public.notification_status, last_error = ${detail}, updated_at = now()
       where id = ${id}
      returning id)
    insert into public.notification_events (notification_id, status, detail)
    select id, ${status}::public.notification_status, ${detail} from updated`.execute(db);
}

async function setStatus(tx: Tx, id: string, status: NotificationStatus, detail: string) {
  await tx
    .updateTable('notifications')
    .set({ status, updatedAt: new Date() })
    .where('id', '=', id)
    .execute();
  await tx
    .insertInto('notificationEvents')
    .values({ notificationId: id, status, detail })
    .execute();
}

export function findPushSubscription(db: Db, id: string) {
  return db.selectFrom('pushSubscriptions').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function deletePushSubscription(db: Db, id: string): Promise<void> {
  await db.deleteFrom('pushSubscriptions').where('id', '=', id).execute();
}

export async function isOptedOut(db: Db, phone: string): Promise<boolean> {
  const row = await db
    .selectFrom('smsOptOuts')
    .select('phone')
    .where('phone', '=', phone)
    .executeTakeFirst();
  return Boolean(row);
}

/** SMS sent since midnight in the venue's time zone (the daily cap's count). */
export async function smsSentToday(db: Db): Promise<number> {
  const { rows } = await sql<{ count: number }>`
    select count(*)::int as count from public.notifications
     where channel = 'sms' and status = 'sent'
       and sent_at >= date_trunc('day', now() at time zone 'Europe/Paris') at time zone 'Europe/Paris'`.execute(
    db,
  );
  return rows[0]?.count ?? 0;
}
