// One error handler for the whole API (CONVENTIONS.md §6). Every failure leaves as
// `{ code, message, details, requestId }`: validation failures are 400 with the failing fields,
// database conditions become "busy" or "unavailable", and the text of a 5xx is logged with the
// request id but never sent.
import type { ErrorCode, ErrorResponse, FieldError } from '@ladiva/contract/errors';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { DatabaseUnavailableError, isDatabaseUnavailable } from '../db/pg-errors.ts';
import { AppError } from '../lib/app-error.ts';
import { scrubSecrets } from '../lib/logger.ts';

interface Mapped {
  status: number;
  code: ErrorCode;
  message: string;
  details?: ErrorResponse['details'];
  retryAfterSeconds?: number;
}

function validationFields(error: {
  validation: {
    instancePath: string;
    message?: string;
    keyword: string;
    params: Record<string, unknown>;
  }[];
  validationContext?: string;
}): FieldError[] {
  const where = error.validationContext ?? 'body';
  return error.validation.flatMap((issue) => {
    const base = [where, ...issue.instancePath.split('/').filter(Boolean)].join('.');
    const keys = issue.params.keys;
    if (issue.keyword === 'unrecognized_keys' && Array.isArray(keys)) {
      return keys.map((key) => ({
        path: `${base}.${String(key)}`,
        message: 'Unknown field',
        code: issue.keyword,
      }));
    }
    return [{ path: base, message: issue.message ?? 'Invalid value', code: issue.keyword }];
  });
}

const byStatus: Record<number, ErrorCode> = {
  400: 'BAD_REQUEST',
  401: 'UNAUTHENTICATED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  405: 'METHOD_NOT_ALLOWED',
  409: 'CONFLICT',
  413: 'PAYLOAD_TOO_LARGE',
  415: 'UNSUPPORTED_MEDIA_TYPE',
  429: 'RATE_LIMITED',
};

// PostgreSQL SQLSTATEs that describe a condition, not a bug.
const BUSY_STATES = new Set(['55P03', '40001', '40P01', '57014']); // lock/serialization/deadlock/timeout

export function mapError(error: FastifyError | Error): Mapped {
  if (error instanceof AppError) {
    return {
      status: error.statusCode,
      code: error.code,
      message: error.message,
      details: error.details,
      ...(typeof error.details?.retryAfterSeconds === 'number'
        ? { retryAfterSeconds: error.details.retryAfterSeconds }
        : {}),
    };
  }
  if (hasZodFastifySchemaValidationErrors(error)) {
    return {
      status: 400,
      code: 'VALIDATION_FAILED',
      message: 'Some fields are missing or invalid.',
      details: { fields: validationFields(error) },
    };
  }
  // Every pooled connection is in use and none freed up in time: a rush, not an outage.
  if (/timeout exceeded when trying to connect/i.test(error.message)) {
    return {
      status: 503,
      code: 'BUSY',
      message: 'We are busy, please try again.',
      retryAfterSeconds: 1,
    };
  }
  // Connection-level failures carry no SQLSTATE ("Connection terminated", ECONNRESET, a read
  // timeout): a commit may or may not have happened, so the answer is "retry", never "failed".
  if (isDatabaseUnavailable(error)) {
    return {
      status: 503,
      code: 'DATABASE_UNAVAILABLE',
      message: 'The service is temporarily unavailable, please try again.',
      retryAfterSeconds: 2,
    };
  }
  const sqlState = (error as { code?: unknown }).code;
  if (sqlState === '42501') {
    return { status: 403, code: 'FORBIDDEN', message: 'You are not allowed to do this.' };
  }
  if (typeof sqlState === 'string' && BUSY_STATES.has(sqlState)) {
    return {
      status: 503,
      code: 'BUSY',
      message: 'We are busy, please try again.',
      retryAfterSeconds: 1,
    };
  }
  const status = (error as FastifyError).statusCode;
  if (typeof status === 'number' && status >= 400 && status < 500) {
    // Fastify's own client errors (malformed JSON, body too large, wrong content type…): their
    // messages are written for clients and safe to send.
    return { status, code: byStatus[status] ?? 'BAD_REQUEST', message: error.message };
  }
  return { status: 500, code: 'INTERNAL', message: 'Something went wrong on our side.' };
}

export function registerErrorHandlers(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request: FastifyRequest, reply: FastifyReply) => {
    const mapped = mapError(error);
    if (mapped.status === 503) {
      // A condition, not a bug (busy, or the database away, which availability.ts logs once when
      // it goes and once when it is back): one line without a stack, or none for the fast answers
      // given while the database is known to be down, thousands a second in a rush.
      const level = error instanceof DatabaseUnavailableError ? 'debug' : 'warn';
      request.log[level](
        { code: mapped.code, reason: scrubSecrets(error.message) },
        'request answered 503',
      );
    } else if (mapped.status >= 500) request.log.error({ err: error }, 'request failed');
    else request.log.info({ code: mapped.code, status: mapped.status }, 'request rejected');
    if (mapped.retryAfterSeconds) reply.header('retry-after', String(mapped.retryAfterSeconds));
    const body: ErrorResponse = {
      code: mapped.code,
      message: mapped.message,
      ...(mapped.details ? { details: mapped.details } : {}),
      requestId: request.id,
    };
    return reply
      .status(mapped.status)
      .type('application/json; charset=utf-8')
      .send(JSON.stringify(body));
  });
}
