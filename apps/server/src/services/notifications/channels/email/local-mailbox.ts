// The local mailbox: without SMTP (or SMS) configuration, every message the product would send is
// written to DATA_DIR/mailbox as a standard .eml file — readable by staff in the app and by any
// mail client — so a newcomer sees exactly what guests would receive.
import { existsSync } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import { simpleParser } from 'mailparser';
import MailComposer from 'nodemailer/lib/mail-composer/index.js';
import type { Channel, ChannelName, DeliveryResult, OutgoingMessage } from '../channel.ts';
import { emailOptions } from './email-options.ts';

const FILE = /^([0-9a-f-]{36})\.eml$/;

export interface MailboxEntry {
  id: string;
  channel: ChannelName;
  to: string;
  subject: string;
  date: string;
}

export interface MailboxMessage extends MailboxEntry {
  text: string;
  html: string | null;
  attachments: { filename: string; contentType: string; size: number }[];
}

export class LocalMailbox {
  constructor(readonly dir: string) {}

  /** Writes the message once: a retry of the same notification finds it and does nothing. */
  async deliver(message: OutgoingMessage, from: string): Promise<DeliveryResult> {
    const file = path.join(this.dir, `${message.id}.eml`);
    const providerMessageId = `mailbox:${message.id}`;
    if (existsSync(file)) return { providerMessageId };
    await fs.mkdir(this.dir, { recursive: true, mode: 0o700 });
    const raw = await new MailComposer(emailOptions(message, from)).compile().build();
    const temp = `${file}.${process.pid}.tmp`;
    await fs.writeFile(temp, raw, { mode: 0o600 });
    await fs.rename(temp, file);
    return { providerMessageId };
  }

  async list(limit = 100): Promise<MailboxEntry[]> {
    const names = existsSync(this.dir) ? await fs.readdir(this.dir) : [];
    const files = await Promise.all(
      names
        .filter((name) => FILE.test(name))
        .map(async (name) => ({ name, mtime: (await fs.stat(path.join(this.dir, name))).mtimeMs })),
    );
    files.sort((a, b) => b.mtime - a.mtime);
    const recent = files.slice(0, limit);
    return Promise.all(
      recent.map(async ({ name }) => summary(await this.read(FILE.exec(name)![1]!))),
    );
  }

  async get(id: string): Promise<MailboxMessage | undefined> {
    if (!/^[0-9a-f-]{36}$/.test(id)) return undefined;
    return this.read(id).catch(() => undefined);
  }

  private async read(id: string): Promise<MailboxMessage> {
    const parsed = await simpleParser(await fs.readFile(path.join(this.dir, `${id}.eml`)));
    const channel = String(parsed.headers.get('x-ladiva-channel') ?? 'email') as ChannelName;
    const to = Array.isArray(parsed.to)
      ? parsed.to.map((a) => a.text).join(', ')
      : (parsed.to?.text ?? '');
    return {
      id,
      channel,
      to,
      subject: parsed.subject ?? '',
      date: (parsed.date ?? new Date()).toISOString(),
      text: parsed.text ?? '',
      html: typeof parsed.html === 'string' ? parsed.html : null,
      attachments: parsed.attachments.map((a) => ({
        filename: a.filename ?? 'attachment',
        contentType: a.contentType,
        size: a.size,
      })),
    };
  }
}

const summary = ({ id, channel, to, subject, date }: MailboxMessage): MailboxEntry => ({
  id,
  channel,
  to,
  subject,
  date,
});

/** A channel (email, SMS or push) whose provider is the local mailbox. */
export class MailboxChannel implements Channel {
  constructor(
    readonly name: ChannelName,
    private readonly mailbox: LocalMailbox,
    private readonly from: string,
  ) {}

  send(message: OutgoingMessage): Promise<DeliveryResult> {
    return this.mailbox.deliver(message, this.from);
  }
}
