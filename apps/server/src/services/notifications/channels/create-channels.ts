import path from 'node:path';
import type { NotificationsConfig } from '../../../config.ts';
import type { Channel, ChannelName } from './channel.ts';
import { LocalMailbox, MailboxChannel } from './email/local-mailbox.ts';
import { SmtpEmailChannel } from './email/smtp-email-channel.ts';
import { loadVapidKeys } from './push/vapid-keys.ts';
import { WebPushChannel } from './push/web-push-channel.ts';
import { TwilioSmsChannel } from './sms/twilio-sms-channel.ts';

export interface Channels {
  channels: Record<ChannelName, Channel>;
  mailbox: LocalMailbox;
  vapidPublicKey: string;
  close(): void;
}

/**
 * Each channel talks to its real provider when configured, and to the local mailbox otherwise
 * (email and SMS). Web Push needs no provider account: VAPID keys are generated once.
 */
export async function createChannels(
  config: NotificationsConfig,
  dataDir: string,
): Promise<Channels> {
  const mailbox = new LocalMailbox(path.join(dataDir, 'mailbox'));
  const smtp = config.smtpUrl
    ? new SmtpEmailChannel(config.smtpUrl, config.mailFrom, config.concurrency)
    : undefined;
  const vapid = await loadVapidKeys({ dataDir, ...config.vapid });
  return {
    channels: {
      email: smtp ?? new MailboxChannel('email', mailbox, config.mailFrom),
      sms: config.sms
        ? new TwilioSmsChannel({
            baseUrl: config.sms.baseUrl,
            accountSid: config.sms.accountSid,
            authToken: config.sms.authToken,
            from: config.sms.from,
          })
        : new MailboxChannel('sms', mailbox, config.mailFrom),
      push: new WebPushChannel({ vapid }),
    },
    mailbox,
    vapidPublicKey: vapid.publicKey,
    close: () => smtp?.close(),
  };
}
