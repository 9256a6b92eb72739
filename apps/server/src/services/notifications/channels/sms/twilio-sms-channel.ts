// SMS through Twilio's Programmable Messaging REST API, spoken directly with fetch: the official
// `twilio` SDK is large (every Twilio product, plus axios) for the one documented call we make.
// https://www.twilio.com/docs/messaging/api/message-resource#create-a-message-resource
import type { Channel, DeliveryResult, OutgoingMessage } from '../channel.ts';
import { PermanentDeliveryError } from '../channel.ts';
import { InvalidPhoneNumberError, normalisePhone } from './phone.ts';

export interface TwilioSmsConfig {
  /** Overridable so tests (and a regional edge such as api.dublin.ie1.twilio.com) can be used. */
  baseUrl?: string;
  accountSid: string;
  authToken: string;
  /** A Twilio number in E.164 or an alphanumeric sender id ("LaDiva"). */
  from?: string;
  messagingServiceSid?: string;
  timeoutMs?: number;
}

/** Twilio refused the request and repeating it cannot help (bad number, bad credentials…). */
export class TwilioRejectedError extends PermanentDeliveryError {
  constructor(
    readonly status: number,
    readonly twilioCode: number | undefined,
    twilioMessage: string,
  ) {
    super(
      `Twilio refused the message (HTTP ${status}, code ${twilioCode ?? '?'}): ${twilioMessage}`,
    );
  }
}

interface TwilioErrorBody {
  code?: unknown;
  message?: unknown;
}

const DEFAULT_TIMEOUT_MS = 10_000;

export class TwilioSmsChannel implements Channel {
  readonly name = 'sms' as const;
  readonly #url: string;
  readonly #authorization: string;
  readonly #sender: Record<string, string>;
  readonly #timeoutMs: number;

  constructor(config: TwilioSmsConfig) {
    if (!config.from && !config.messagingServiceSid) {
      throw new Error('Twilio SMS needs either `from` or `messagingServiceSid`');
    }
    const baseUrl = (config.baseUrl ?? 'https://api.twilio.com').replace(/\/+$/, '');
    const account = encodeURIComponent(config.accountSid);
    this.#url = `${baseUrl}/2010-04-01/Accounts/${account}/Messages.json`;
    // Built once and kept private: the token must never reach a log line or an error message.
    const basic = Buffer.from(`${config.accountSid}:${config.authToken}`).toString('base64');
    this.#authorization = `Basic ${basic}`;
    this.#sender = {
      ...(config.from ? { From: config.from } : {}),
      ...(config.messagingServiceSid ? { MessagingServiceSid: config.messagingServiceSid } : {}),
    };
    this.#timeoutMs = config.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  }

  async send(message: OutgoingMessage): Promise<DeliveryResult> {
    const form = new URLSearchParams({
      To: toE164(message.to),
      Body: message.text,
      ...this.#sender,
    });
    let response: Response;
    try {
      response = await fetch(this.#url, {
        method: 'POST',
        headers: {
          authorization: this.#authorization,
          'content-type': 'application/x-www-form-urlencoded',
          accept: 'application/json',
        },
        body: form,
        signal: AbortSignal.timeout(this.#timeoutMs),
      });
    } catch (error) {
      // Network failure or timeout: Twilio may or may not have the message; the worker retries.
      // (Twilio's Messages API takes no idempotency key, so a lost 201 can mean a second SMS.)
      const what = isTimeout(error) ? `timed out after ${this.#timeoutMs} ms` : 'failed';
      throw new Error(`Twilio request ${what}`, { cause: error });
    }

    const body = await readJson(response);
    if (response.ok) {
      const sid = (body as { sid?: unknown } | undefined)?.sid;
      if (typeof sid !== 'string' || sid === '') {
        throw new Error(`Twilio answered ${response.status} without a message sid`);
      }
      return { providerMessageId: sid };
    }

    const { code, message: text } = (body ?? {}) as TwilioErrorBody;
    const twilioCode = typeof code === 'number' ? code : undefined;
    const twilioMessage = typeof text === 'string' ? text : response.statusText;
    if (isRetryableStatus(response.status)) {
      throw new Error(
        `Twilio is unavailable (HTTP ${response.status}, code ${twilioCode ?? '?'}): ${twilioMessage}`,
      );
    }
    throw new TwilioRejectedError(response.status, twilioCode, twilioMessage);
  }
}

function toE164(to: string): string {
  try {
    return normalisePhone(to);
  } catch (error) {
    if (error instanceof InvalidPhoneNumberError) {
      throw new PermanentDeliveryError(`Cannot send an SMS: ${error.message}`, { cause: error });
    }
    throw error;
  }
}

// 408 and 429 say "not now"; 5xx say "not us". Every other 4xx describes our request, which a
// retry would repeat unchanged.
function isRetryableStatus(status: number): boolean {
  return status === 408 || status === 429 || status >= 500;
}

function isTimeout(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'TimeoutError';
}

async function readJson(response: Response): Promise<unknown> {
  // A proxy in front of Twilio may answer with HTML; the status alone then decides.
  try {
    return await response.json();
  } catch {
    return undefined;
  }
}
