import { attachmentsFrom, storedAttachments, type AttachmentProvider } from './attachments.ts';
import type { Channel, ChannelName, OutgoingMessage } from './channels/channel.ts';
import { PermanentDeliveryError } from './channels/channel.ts';
import type { ClaimedNotification } from './notifications.repository.ts';
import * as repository from './notifications.repository.ts';
import { renderTemplate, type TemplateKind, type VenueBranding } from './templates/render.ts';
import type { Db } from '../../db/database.ts';
import type { SecretBox } from '../../lib/secret-box.ts';
import { openSecrets } from './notification-secrets.ts';

/** Nothing to send, by rule (opted out, subscription gone): the notification is cancelled. */
export class SkipDelivery extends Error {
  override name = 'SkipDelivery';
}

interface BuildDependencies {
  db: Db;
  channels: Record<ChannelName, Channel>;
  venue: () => Promise<VenueBranding>;
  smsDailyLimit: number;
  /** Attachments rendered at send time, by provider name (NotificationService registers them). */
  attachmentProviders: ReadonlyMap<string, AttachmentProvider>;
  box: SecretBox;
}

/** Renders a claimed notification into what its channel sends, applying the channel's rules. */
export async function buildMessage(
  notification: NonNullable<ClaimedNotification>,
  deps: BuildDependencies,
): Promise<OutgoingMessage> {
  const { id, kind, channel, recipient, locale, data } = notification;
  // Opened here, in memory, for this rendering only. A failure to open (another key, an altered
  // value) is retried like any other error: a worker with the right keys may take it.
  const secrets = notification.secrets ? openSecrets(deps.box, id, notification.secrets) : {};
  let rendered;
  try {
    rendered = await renderTemplate(
      kind as TemplateKind,
      locale,
      { ...data, ...secrets },
      await deps.venue(),
    );
  } catch (error) {
    // Bad data or an unknown kind will not get better with time.
    throw new PermanentDeliveryError(`cannot render ${kind}: ${(error as Error).message}`);
  }
  const base = { id, channel, to: recipient, locale };

  if (channel === 'email') {
    const attachments = [...storedAttachments(data), ...(await renderedAttachments(data, deps))];
    return {
      ...base,
      subject: rendered.subject,
      text: rendered.text,
      html: rendered.html,
      ...(attachments.length > 0 ? { attachments } : {}),
    };
  }
  if (channel === 'sms') {
    if (await repository.isOptedOut(deps.db, recipient)) {
      throw new SkipDelivery('the recipient opted out of SMS');
    }
    if ((await repository.smsSentToday(deps.db)) >= deps.smsDailyLimit) {
      throw new Error('daily SMS limit reached');
    }
    return { ...base, subject: rendered.subject, text: rendered.sms };
  }
  const subscription = await repository.findPushSubscription(deps.db, recipient);
  if (!subscription) throw new SkipDelivery('the push subscription no longer exists');
  return {
    ...base,
    to: subscription.endpoint,
    subject: rendered.push.title,
    text: rendered.push.body,
    url: rendered.push.url,
    subscription: {
      endpoint: subscription.endpoint,
      keys: { p256dh: subscription.p256dh, auth: subscription.auth },
    },
  };
}

async function renderedAttachments(data: unknown, deps: BuildDependencies) {
  const from = attachmentsFrom(data);
  if (!from) return [];
  const provider = deps.attachmentProviders.get(from.provider);
  // Another process may know it (a worker started before the server registered it): retried.
  if (!provider) throw new Error(`no attachment provider "${from.provider}" in this process`);
  return provider(from.ref);
}
