// One error handler for the whole API (CONVENTIONS.md §6). Every failure leaves as
// `{ code, message, details, requestId }`: validation failures are 400 with the failing fields,
// database conditions become "busy" or "unavailable", and the text of a 5xx is logged with the
// request id but never sent.
import type { ErrorCode, ErrorResponse, FieldError } from '@ladiva/contract/errors';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { AppError } from '../lib/app-error.ts';

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
const UNAVAILABLE_STATES = /^(08|57P0[1-3]|53300)/; // connection lost, shutting down, too many clients
const NETWORK_ERRORS = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND']);

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
  const sqlState = (error as { code?: unknown }).code;
  if (typeof sqlState === 'string') {
    if (sqlState === '42501') {
      return { status: 403, code: 'FORBIDDEN', message: 'You are not allowed to do this.' };
    }
    if (BUSY_STATES.has(sqlState)) {
      return {
        status: 503,
        code: 'BUSY',
        message: 'We are busy, please try again.',
        retryAfterSeconds: 1,
      };
    }
    if (
      UNAVAILABLE_STATES.test(sqlState) ||
      NETWORK_ERRORS.has(sqlState) ||
      /Connection terminated/i.test(error.message)
    ) {
      return {
        status: 503,
        code: 'DATABASE_UNAVAILABLE',
        message: 'The service is temporarily unavailable, please try again.',
        retryAfterSeconds: 5,
      };
    }
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
    if (mapped.status >= 500) request.log.error({ err: error }, 'request failed');
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
