import nodemailer, { type Transporter } from 'nodemailer';
import type SMTPPool from 'nodemailer/lib/smtp-pool';
import {
  PermanentDeliveryError,
  type Channel,
  type DeliveryResult,
  type OutgoingMessage,
} from '../channel.ts';
import { emailOptions } from './email-options.ts';

/** SMTP reply codes that retrying will not change (RFC 5321: 5yz is a permanent failure). */
const isPermanent = (error: { responseCode?: number }) =>
  typeof error.responseCode === 'number' && error.responseCode >= 500;

/** smtp://user:pass@host:port (STARTTLS when offered) or smtps:// (TLS from the start). */
export function smtpPoolOptions(smtpUrl: string, maxConnections: number): SMTPPool.Options {
  const url = new URL(smtpUrl);
  const secure = url.protocol === 'smtps:';
  return {
    pool: true,
    maxConnections,
    host: url.hostname,
    port: url.port ? Number(url.port) : secure ? 465 : 587,
    secure,
    auth: url.username
      ? { user: decodeURIComponent(url.username), pass: decodeURIComponent(url.password) }
      : undefined,
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 30_000,
  };
}

/** Email over SMTP (nodemailer), pooled connections, with the notification id as Message-ID. */
export class SmtpEmailChannel implements Channel {
  readonly name = 'email' as const;
  private readonly transport: Transporter;

  constructor(
    smtpUrl: string,
    private readonly from: string,
    maxConnections = 5,
  ) {
    this.transport = nodemailer.createTransport(smtpPoolOptions(smtpUrl, maxConnections));
  }

  async send(message: OutgoingMessage): Promise<DeliveryResult> {
    try {
      const info = await this.transport.sendMail(emailOptions(message, this.from));
      // The server's queue id, when it gives one ("250 2.0.0 Ok: queued as 4XyZ"), follows ours.
      const queued = /queued as ([\w.-]+)/i.exec(String(info.response ?? ''))?.[1];
      return { providerMessageId: queued ? `${info.messageId} ${queued}` : info.messageId };
    } catch (error) {
      if (isPermanent(error as { responseCode?: number })) {
        throw new PermanentDeliveryError(`SMTP rejected the message: ${(error as Error).message}`);
      }
      throw error;
    }
  }

  close(): void {
    this.transport.close();
  }
}
