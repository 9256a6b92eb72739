// Structured logs (pino). Secrets and personal data never reach a log line: credentials in headers
// and connection strings are redacted here, once, for every logger the process creates.
import { pino, type LoggerOptions } from 'pino';

export const REDACTED_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'req.headers["x-csrf-token"]',
  'res.headers["set-cookie"]',
  '*.password',
  '*.token',
  '*.secret',
  '*.databaseUrl',
  '*.databaseAppUrl',
];

/** Query parameters that carry a credential (a frame's view link, an emailed token). */
const QUERY_SECRET = /([?&](?:view|token|access_token)=)[^&#]*/gi;
/** The password of a URL (`postgres://user:password@host`). */
const USERINFO = /(\/\/[^/\s:@]*):[^@\s/]*@/g;
const BEARER = /(Bearer\s+)[A-Za-z0-9._~+/-]+=*/gi;

/** Removes URL passwords and bearer tokens from free text (error messages, stacks). */
export function scrubSecrets(text: string | undefined): string | undefined {
  return text?.replace(USERINFO, '$1:[redacted]@').replace(BEARER, '$1[redacted]');
}

interface LoggedRequest {
  method?: string;
  url?: string;
  host?: string;
  ip?: string;
}

/**
 * What a log line says about a request and an error: an allow-list, not every property. Fastify
 * uses these in place of its own serializers. Errors keep their type, code, message and stack
 * (scrubbed), never their other properties (a `config.headers`, a URL error's `input`).
 */
export const serializers = {
  req: (req: LoggedRequest) => ({
    method: req.method,
    url: req.url?.replace(QUERY_SECRET, '$1[redacted]'),
    host: req.host,
    remoteAddress: req.ip,
  }),
  err: (err: Error & { code?: unknown }) => {
    const serialized = pino.stdSerializers.err(err);
    return {
      type: serialized.type,
      message: scrubSecrets(serialized.message),
      stack: scrubSecrets(serialized.stack),
      ...(typeof err.code === 'string' ? { code: err.code } : {}),
    };
  },
};

export function loggerOptions(level: string): LoggerOptions {
  return {
    level,
    redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
    serializers,
    hooks: {
      // Messages are scrubbed too; an error logged without one would lend its raw message.
      logMethod(args, method) {
        const scrubbed = args.map((arg: unknown) =>
          typeof arg === 'string' ? scrubSecrets(arg) : arg,
        ) as Parameters<typeof method>;
        const [first] = scrubbed as unknown[];
        if (scrubbed.length === 1 && first instanceof Object && 'err' in first) {
          const { err } = first as { err: unknown };
          if (err instanceof Error) (scrubbed as unknown[]).push(scrubSecrets(err.message));
        }
        method.apply(this, scrubbed);
      },
    },
    base: { service: 'ladiva' },
    timestamp: pino.stdTimeFunctions.isoTime,
  };
}

/** Removes the password of a postgres URL so it can be logged. */
export function maskUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return '[unparseable url]';
  }
}
