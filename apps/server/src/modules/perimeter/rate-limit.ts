// Rate limits shared by every instance of the server: the counters live in PostgreSQL
// (migration 0004), behind a SECURITY DEFINER function that counts a hit atomically; the hits of
// concurrent requests are counted together in one statement (migration 0011).
import { hash } from 'node:crypto';
import type { FastifyReply, FastifyRequest, preHandlerAsyncHookHandler } from 'fastify';
import { sql } from 'kysely';
import type { Db } from '../../db/database.ts';
import { ANONYMOUS, withRequestContext } from '../../db/request-context.ts';
import { literalArray, singleTrip } from '../../db/single-trip.ts';
import { AppError } from '../../lib/app-error.ts';
import { MicroBatcher } from '../../lib/micro-batcher.ts';

export interface RateLimitRule {
  /** What is limited, e.g. `login:ip` or `login:email`; part of the bucket, never stored alone. */
  scope: string;
  /** Who is limited within the scope (an IP address, a normalised email): hashed before storage. */
  key: string;
  /** Hits allowed per window. */
  limit: number;
  /** Length of the fixed window, 1 s to 1 day. */
  windowSeconds: number;
}

export interface RateLimitResult {
  allowed: boolean;
  /** Hits still allowed in this window. */
  remaining: number;
  /** 0 when allowed; otherwise seconds until the window ends. */
  retryAfterSeconds: number;
}

/** The opaque bucket of a scope and key: no email or address reaches the database. */
export function rateLimitBucket(scope: string, key: string): string {
  return hash('sha256', `${scope}:${key}`, 'hex');
}

/**
 * Counts the hits of many requests in one statement (migration 0011), in arrival order, each
 * answered exactly as `rate_limit_hit` answers one. It runs in its own short transaction (as anon,
 * the function needs no more; sent as one message, single-trip.ts), so that a hit stays counted even when the request's own work is
 * rolled back, e.g. a failed login.
 */
function runHits(db: Db) {
  return async (_key: string, hits: { bucket: string; limit: number; windowSeconds: number }[]) => {
    const rows = await singleTrip<{
      allowed: boolean;
      remaining: number;
      retry_after_seconds: number;
    }>(
      db,
      'anon',
      `select allowed, remaining, retry_after_seconds
         from public.rate_limit_hit_many(${literalArray(hits.map((hit) => hit.bucket))}::text[],
                                         ${literalArray(hits.map((hit) => hit.limit))}::integer[],
                                         ${literalArray(hits.map((hit) => hit.windowSeconds))}::integer[])
        order by ord`,
      {},
      { batch: true },
    );
    return rows.map((row) => ({
      allowed: row.allowed,
      remaining: row.remaining,
      retryAfterSeconds: row.retry_after_seconds,
    }));
  };
}

/** Hits that arrive while a batch is in flight leave together (micro-batcher.ts). */
const batchers = new WeakMap<
  Db,
  MicroBatcher<{ bucket: string; limit: number; windowSeconds: number }, RateLimitResult>
>();

/** Counts one hit and says whether it is within the limit. */
export function hitRateLimit(db: Db, rule: RateLimitRule): Promise<RateLimitResult> {
  let batcher = batchers.get(db);
  if (!batcher) {
    // Two batches in flight: one is counted while the other waits for its answer.
    batcher = new MicroBatcher(runHits(db), { concurrency: 2 });
    batchers.set(db, batcher);
  }
  return batcher.submit('hits', {
    bucket: rateLimitBucket(rule.scope, rule.key),
    limit: rule.limit,
    windowSeconds: rule.windowSeconds,
  });
}

/**
 * Counts one hit in each rule's bucket at once: one statement in one short transaction of its own
 * (an attempt that charges several buckets, like a failed sign-in); the results in the rules' order.
 */
export function hitRateLimits(db: Db, rules: readonly RateLimitRule[]): Promise<RateLimitResult[]> {
  return runHits(db)(
    'hits',
    rules.map((rule) => ({
      bucket: rateLimitBucket(rule.scope, rule.key),
      limit: rule.limit,
      windowSeconds: rule.windowSeconds,
    })),
  );
}

/**
 * Whether the rule's bucket is already over its limit, without counting a hit: for limits that
 * count failures only (sign-in), checked before the attempt.
 */
export async function peekRateLimit(
  db: Db,
  rule: RateLimitRule,
): Promise<{ blocked: boolean; retryAfterSeconds: number }> {
  const bucket = rateLimitBucket(rule.scope, rule.key);
  const row = await withRequestContext(db, ANONYMOUS, async (tx) => {
    const { rows } = await sql<{ blocked: boolean; retryAfterSeconds: number }>`
      select blocked, retry_after_seconds
        from public.rate_limit_peek(${bucket}, ${rule.limit}::integer, ${rule.windowSeconds}::integer)`.execute(
      tx,
    );
    return rows[0];
  });
  return row ?? { blocked: false, retryAfterSeconds: 0 };
}

/**
 * Whether any of the rules' buckets is over its limit, without counting a hit, in one round trip;
 * when some are, the longest wait among them.
 */
export async function peekRateLimits(
  db: Db,
  rules: readonly RateLimitRule[],
): Promise<{ blocked: boolean; retryAfterSeconds: number }> {
  const buckets = rules.map((rule) => rateLimitBucket(rule.scope, rule.key));
  const row = await withRequestContext(db, ANONYMOUS, async (tx) => {
    const { rows } = await sql<{ blocked: boolean; retryAfterSeconds: number }>`
      select coalesce(bool_or(p.blocked), false) as blocked,
             coalesce(max(p.retry_after_seconds), 0) as retry_after_seconds
        from unnest(${buckets}::text[], ${rules.map((rule) => rule.limit)}::integer[],
                    ${rules.map((rule) => rule.windowSeconds)}::integer[]) as r (bucket, lim, win)
        cross join lateral public.rate_limit_peek(r.bucket, r.lim, r.win) as p`.execute(tx);
    return rows[0];
  });
  return row ?? { blocked: false, retryAfterSeconds: 0 };
}

/** The 429 every limit answers with, and its Retry-After. */
export function rateLimited(
  reply: FastifyReply | undefined,
  retryAfterSeconds: number,
  message = 'Too many attempts, please try again later.',
): AppError {
  reply?.header('retry-after', String(retryAfterSeconds));
  return new AppError('RATE_LIMITED', 429, message, { retryAfterSeconds });
}

export interface RateLimitOptions extends Omit<RateLimitRule, 'key'> {
  db: Db;
  /** The identity to limit, e.g. the client's IP address (see clientIp). */
  key: (request: FastifyRequest) => string;
  message?: string;
}

/**
 * A preHandler that lets `limit` requests per window and key through, with `RateLimit-Limit` and
 * `RateLimit-Remaining` headers, and answers the rest with 429 RATE_LIMITED and `Retry-After`.
 */
export function rateLimit(options: RateLimitOptions): preHandlerAsyncHookHandler {
  const { db, scope, limit, windowSeconds, key } = options;
  const message = options.message ?? 'Too many attempts, please try again later.';
  return async function rateLimitPreHandler(request: FastifyRequest, reply: FastifyReply) {
    const result = await hitRateLimit(db, { scope, key: key(request), limit, windowSeconds });
    reply.header('ratelimit-limit', String(limit));
    reply.header('ratelimit-remaining', String(result.remaining));
    if (!result.allowed) {
      reply.header('retry-after', String(result.retryAfterSeconds));
      throw new AppError('RATE_LIMITED', 429, message, {
        retryAfterSeconds: result.retryAfterSeconds,
      });
    }
  };
}
