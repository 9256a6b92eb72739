// Configuration is parsed once, at boot, by one zod schema (CONVENTIONS.md §7). A missing or
// malformed key stops the start with a message that names every offending key.
import path from 'node:path';
import { z } from 'zod';
import { Redacted } from './lib/redacted.ts';
import {
  checkPassword,
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
  type PasswordRejection,
} from './modules/auth/password-policy.ts';
import { trustedProxyList } from './modules/perimeter/client-ip.ts';

const port = z.coerce.number().int().min(0).max(65_535);
const postgresUrl = z
  .url({ protocol: /^postgres(ql)?$/ })
  .describe('postgres://user:password@host:port/database');

const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: port.default(3000),
  HOST: z.string().min(1).default('0.0.0.0'),
  DATA_DIR: z.string().min(1).default('./data'),
  DATABASE_URL: postgresUrl.optional(),
  DATABASE_APP_URL: postgresUrl.optional(),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
  PUBLIC_URL: z.url({ protocol: /^https?$/ }).optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  WEB_DIST_DIR: z.string().min(1).optional(),
  SHUTDOWN_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(10_000),
  TRUSTED_PROXIES: z.string().default(''),
  CORS_ORIGINS: z.string().default(''),
  RUN_WORKER: z.enum(['true', 'false']).default('true'),
  WORKER_CONCURRENCY: z.coerce.number().int().min(1).max(100).default(5),
  NOTIFY_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(25).default(10),
  SMTP_URL: z.url({ protocol: /^smtps?$/ }).optional(),
  MAIL_FROM: z.string().min(3).default('La Diva Cabaret <bonsoir@ladiva-cabaret.fr>'),
  SMS_URL: z.url({ protocol: /^https?$/ }).optional(),
  SMS_ACCOUNT_SID: z.string().min(1).optional(),
  SMS_AUTH_TOKEN: z.string().min(1).optional(),
  SMS_FROM: z.string().min(1).optional(),
  SMS_DAILY_LIMIT: z.coerce.number().int().min(0).default(500),
  VAPID_PUBLIC_KEY: z.string().min(1).optional(),
  VAPID_PRIVATE_KEY: z.string().min(1).optional(),
  VAPID_SUBJECT: z.string().min(1).optional(),
  JWT_PRIVATE_KEY: z.string().min(1).optional(),
  JWT_PREVIOUS_PUBLIC_KEY: z.string().min(1).optional(),
  ACCESS_TOKEN_TTL_SECONDS: z.coerce.number().int().min(60).max(3600).default(900),
  ENCRYPTION_KEYS: z.string().min(1).optional(),
  ADMIN_EMAIL: z.email().optional(),
  ADMIN_PASSWORD: z.string().min(1).optional(),
  SEED_DEMO: z.enum(['0', '1']).default('1'),
  STORAGE_DRIVER: z.enum(['local', 's3']).default('local'),
  S3_ENDPOINT: z.url({ protocol: /^https?$/ }).optional(),
  S3_REGION: z.string().min(1).default('us-east-1'),
  S3_BUCKET: z.string().min(1).optional(),
  S3_ACCESS_KEY_ID: z.string().min(1).optional(),
  S3_SECRET_ACCESS_KEY: z.string().min(1).optional(),
  S3_FORCE_PATH_STYLE: z.enum(['true', 'false']).default('false'),
});

export interface Config {
  env: 'development' | 'production' | 'test';
  port: number;
  host: string;
  dataDir: string;
  /** Connection of the schema owner (migrations). Absent: an embedded PostgreSQL is started. */
  databaseUrl: string | undefined;
  /** Connection of the least-privileged API role. Absent: derived from databaseUrl (ADR 0003). */
  databaseAppUrl: string | undefined;
  databasePoolSize: number;
  publicUrl: string;
  logLevel: z.infer<typeof envSchema>['LOG_LEVEL'];
  webDistDir: string;
  shutdownTimeoutMs: number;
  /** Load balancers whose X-Forwarded-For is believed (addresses or CIDRs). */
  trustedProxies: string[];
  /** Other origins allowed to call the API from a browser (CORS); none by default. */
  corsOrigins: string[];
  /** Run the notification workers in this process (ADR 0007). */
  runWorker: boolean;
  /** Seed the demo catalogue on the first start of the embedded database (SEED_DEMO=0: never). */
  seedDemo: boolean;
  notifications: NotificationsConfig;
  auth: AuthConfig;
  storage: StorageConfig;
}

/** Where stored files live (ADR 0012): DATA_DIR/storage, or an S3-compatible bucket. */
export type StorageConfig = { driver: 'local' } | { driver: 's3'; s3: S3Config };

export interface S3Config {
  /** Absent: AWS itself; set for MinIO, R2, Scaleway, OVH… */
  endpoint: string | undefined;
  region: string;
  bucket: string;
  /** `https://endpoint/bucket/key` instead of `https://bucket.endpoint/key` (MinIO). */
  forcePathStyle: boolean;
  /** Absent: the SDK's default chain (environment, instance role). */
  credentials: { accessKeyId: string; secretAccessKey: Redacted } | undefined;
}

export interface AuthConfig {
  /** JWT_PRIVATE_KEY (an Ed25519 JWK); absent: generated once into DATA_DIR/secrets. */
  jwtPrivateKey: string | undefined;
  jwtPreviousPublicKey: string | undefined;
  accessTokenTtlSeconds: number;
  /** ENCRYPTION_KEYS (`id:base64key,…`); absent: generated once into DATA_DIR/secrets. */
  encryptionKeys: string | undefined;
  /** The first admin, created at start if absent (idempotent). */
  adminEmail: string | undefined;
  adminPassword: string | undefined;
}

export interface NotificationsConfig {
  concurrency: number;
  maxAttempts: number;
  /** SMTP server; absent: emails go to the local mailbox in DATA_DIR/mailbox. */
  smtpUrl: string | undefined;
  mailFrom: string;
  /** Twilio-compatible SMS API; absent: SMS go to the local mailbox. */
  sms: { baseUrl: string; accountSid: string; authToken: string; from: string } | undefined;
  smsDailyLimit: number;
  vapid: { publicKey?: string; privateKey?: string; subject: string };
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

type Env = z.infer<typeof envSchema>;

const mailAddress = (from: string) => /<([^>]+)>/.exec(from)?.[1] ?? from;

function smsConfig(e: Env): NotificationsConfig['sms'] {
  const keys = [e.SMS_ACCOUNT_SID, e.SMS_AUTH_TOKEN, e.SMS_FROM];
  if (keys.every((key) => key === undefined)) return undefined;
  if (keys.some((key) => key === undefined)) {
    throw new ConfigError(
      'Invalid configuration:\n  SMS_ACCOUNT_SID, SMS_AUTH_TOKEN, SMS_FROM: set all three, or none',
    );
  }
  return {
    baseUrl: e.SMS_URL ?? 'https://api.twilio.com',
    accountSid: e.SMS_ACCOUNT_SID!,
    authToken: e.SMS_AUTH_TOKEN!,
    from: e.SMS_FROM!,
  };
}

function storageConfig(e: Env): StorageConfig {
  if (e.STORAGE_DRIVER === 'local') return { driver: 'local' };
  const problems: string[] = [];
  if (!e.S3_BUCKET) problems.push('  S3_BUCKET: required when STORAGE_DRIVER=s3');
  if (Boolean(e.S3_ACCESS_KEY_ID) !== Boolean(e.S3_SECRET_ACCESS_KEY)) {
    problems.push('  S3_ACCESS_KEY_ID, S3_SECRET_ACCESS_KEY: set both, or neither');
  }
  if (problems.length > 0) {
    throw new ConfigError(`Invalid configuration:\n${problems.join('\n')}`);
  }
  return {
    driver: 's3',
    s3: {
      endpoint: e.S3_ENDPOINT,
      region: e.S3_REGION,
      bucket: e.S3_BUCKET!,
      forcePathStyle: e.S3_FORCE_PATH_STYLE === 'true',
      credentials: e.S3_ACCESS_KEY_ID
        ? {
            accessKeyId: e.S3_ACCESS_KEY_ID,
            secretAccessKey: new Redacted(e.S3_SECRET_ACCESS_KEY!),
          }
        : undefined,
    },
  };
}

function trustedProxies(entries: string[]): string[] {
  try {
    trustedProxyList(entries); // validates every entry
  } catch (error) {
    throw new ConfigError(`Invalid configuration:\n  TRUSTED_PROXIES: ${(error as Error).message}`);
  }
  return entries;
}

/** Why ADMIN_PASSWORD was refused, in the words of the other configuration errors. */
const ADMIN_PASSWORD_REJECTIONS: Record<PasswordRejection, string> = {
  too_short: `is too short: at least ${PASSWORD_MIN_LENGTH} characters`,
  too_long: `is too long: at most ${PASSWORD_MAX_LENGTH} characters`,
  common: 'is one of the most common passwords: choose a less guessable one',
  contains_personal_info: 'contains part of ADMIN_EMAIL',
};

/**
 * The first admin's password meets the policy every account's does (password-policy.ts), checked
 * here so that a refusal stops the start as a configuration error naming the key and the rule.
 */
function adminPassword(e: Env): string | undefined {
  if (!e.ADMIN_PASSWORD) return undefined;
  const check = checkPassword(e.ADMIN_PASSWORD, { email: e.ADMIN_EMAIL });
  if (!check.ok) {
    throw new ConfigError(
      `Invalid configuration:\n  ADMIN_PASSWORD: ${ADMIN_PASSWORD_REJECTIONS[check.reason]}`,
    );
  }
  return e.ADMIN_PASSWORD;
}

const list = (value: string) =>
  value
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);

const empty = (value: string | undefined) => (value === '' ? undefined : value);

/** Parses the environment; throws a ConfigError naming every invalid key (never its value). */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const input = Object.fromEntries(
    Object.keys(envSchema.shape).map((key) => [key, empty(env[key])]),
  );
  const parsed = envSchema.safeParse(input);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  if (e.DATABASE_APP_URL && !e.DATABASE_URL) {
    throw new ConfigError(
      'Invalid configuration:\n  DATABASE_APP_URL: needs DATABASE_URL (the owner connection used for migrations)',
    );
  }
  if (Boolean(e.ADMIN_EMAIL) !== Boolean(e.ADMIN_PASSWORD)) {
    throw new ConfigError(
      'Invalid configuration:\n  ADMIN_EMAIL, ADMIN_PASSWORD: set both, or neither (a setup link is printed instead)',
    );
  }
  const shownPort = e.PORT === 0 ? 3000 : e.PORT;
  return {
    env: e.NODE_ENV,
    port: e.PORT,
    host: e.HOST,
    dataDir: path.resolve(e.DATA_DIR),
    databaseUrl: e.DATABASE_URL,
    databaseAppUrl: e.DATABASE_APP_URL,
    databasePoolSize: e.DATABASE_POOL_SIZE,
    publicUrl: (e.PUBLIC_URL ?? `http://localhost:${shownPort}`).replace(/\/$/, ''),
    logLevel: e.LOG_LEVEL,
    webDistDir: path.resolve(e.WEB_DIST_DIR ?? new URL('../../web/dist', import.meta.url).pathname),
    shutdownTimeoutMs: e.SHUTDOWN_TIMEOUT_MS,
    trustedProxies: trustedProxies(list(e.TRUSTED_PROXIES)),
    corsOrigins: list(e.CORS_ORIGINS).map((origin) => {
      const url = URL.canParse(origin) ? new URL(origin) : undefined;
      if (!url || !/^https?:$/.test(url.protocol) || url.origin !== origin.replace(/\/$/, '')) {
        throw new ConfigError(
          `Invalid configuration:\n  CORS_ORIGINS: "${origin}" is not an origin like https://example.com`,
        );
      }
      return url.origin;
    }),
    runWorker: e.RUN_WORKER === 'true',
    seedDemo: e.SEED_DEMO === '1',
    storage: storageConfig(e),
    auth: {
      jwtPrivateKey: e.JWT_PRIVATE_KEY,
      jwtPreviousPublicKey: e.JWT_PREVIOUS_PUBLIC_KEY,
      accessTokenTtlSeconds: e.ACCESS_TOKEN_TTL_SECONDS,
      encryptionKeys: e.ENCRYPTION_KEYS,
      adminEmail: e.ADMIN_EMAIL,
      adminPassword: adminPassword(e),
    },
    notifications: {
      concurrency: e.WORKER_CONCURRENCY,
      maxAttempts: e.NOTIFY_MAX_ATTEMPTS,
      smtpUrl: e.SMTP_URL,
      mailFrom: e.MAIL_FROM,
      sms: smsConfig(e),
      smsDailyLimit: e.SMS_DAILY_LIMIT,
      vapid: {
        publicKey: e.VAPID_PUBLIC_KEY,
        privateKey: e.VAPID_PRIVATE_KEY,
        subject: e.VAPID_SUBJECT ?? `mailto:${mailAddress(e.MAIL_FROM)}`,
      },
    },
  };
}
