import type Mail from 'nodemailer/lib/mailer';
import type { OutgoingMessage } from '../channel.ts';

/** The notification's id is its Message-ID: the same on every retry (mailboxes dedupe on it). */
export const messageIdFor = (id: string) => `<${id}@notifications.ladiva>`;

export function emailOptions(message: OutgoingMessage, from: string): Mail.Options {
  return {
    from,
    to: message.to,
    subject: message.subject,
    text: message.text,
    html: message.html,
    messageId: messageIdFor(message.id),
    headers: { 'X-LaDiva-Notification': message.id, 'X-LaDiva-Channel': message.channel },
    attachments: message.attachments?.map((a) => ({
      filename: a.filename,
      contentType: a.contentType,
      content: a.content,
    })),
  };
}
