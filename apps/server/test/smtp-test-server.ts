// A real SMTP server for tests (the `smtp-server` package), counting messages by Message-ID.
// It can be stopped and restarted on the same port (an outage), or answer with an error code.
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { freePort } from '../src/db/embedded-postgres.ts';

export interface TestSmtpServer {
  url: string;
  port: number;
  /** Message-ID → how many times it was received. */
  counts: Map<string, number>;
  messages: ParsedMail[];
  /** Make the server refuse the message at DATA with this SMTP code (e.g. 451, 550); null to accept. */
  failWith(code: number | null): void;
  down(): Promise<void>;
  up(): Promise<void>;
  close(): Promise<void>;
}

export async function startSmtpServer(): Promise<TestSmtpServer> {
  let failure: number | null = null;
  const counts = new Map<string, number>();
  const messages: ParsedMail[] = [];
  const create = () => {
    const smtp = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      closeTimeout: 100, // an outage drops open connections at once
      logger: false,
      onData(stream, _session, callback) {
        simpleParser(stream)
          .then((mail) => {
            if (failure) {
              const error = Object.assign(new Error(`test failure ${failure}`), {
                responseCode: failure,
              });
              return callback(error);
            }
            messages.push(mail);
            const id = mail.messageId ?? '';
            counts.set(id, (counts.get(id) ?? 0) + 1);
            callback(null, `Ok: queued as T${messages.length}`);
          })
          .catch(callback);
      },
    });
    // A client killed mid-conversation (the crash test's SIGKILL) resets its connections: a real
    // server shrugs that off, and so must this one (an unhandled 'error' would crash the run).
    smtp.on('error', () => undefined);
    return smtp;
  };
  let server = create();
  const port = await freePort();
  const listen = () =>
    new Promise<void>((resolve) => server.listen(port, '127.0.0.1', () => resolve()));
  const close = () => new Promise<void>((resolve) => server.close(() => resolve()));
  await listen();
  return {
    url: `smtp://127.0.0.1:${port}`,
    port,
    counts,
    messages,
    failWith: (code) => {
      failure = code;
    },
    down: close,
    async up() {
      server = create();
      await listen();
    },
    close,
  };
}

export async function eventually<T>(
  check: () => Promise<T | undefined | false> | T | undefined | false,
  { timeoutMs = 15_000, intervalMs = 50, what = 'condition' } = {},
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}
