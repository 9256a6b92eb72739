// The web app's one door to the API: `authFetch` (the access token, one silent refresh on a 401),
// JSON in and out, and failures turned into `ApiError` values that carry the contract's error code
// (CONVENTIONS.md §6). Only contract *types* are imported: zod stays out of the browser bundle.
import type { ErrorCode, ErrorResponse } from '@ladiva/contract/errors';
import { authFetch } from '../auth/session';

export type ApiErrorCode = ErrorCode | 'NETWORK' | 'BAD_RESPONSE';

export class ApiError extends Error {
  override name = 'ApiError';

  constructor(
    /** HTTP status, 0 when the server could not be reached. */
    readonly status: number,
    readonly code: ApiErrorCode,
    message: string,
    readonly requestId?: string,
    /** The error's `details` (e.g. `reason` of WEAK_PASSWORD, `retryAfterSeconds`). */
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
  }

  /** Seconds to wait after a 429, from the details or the Retry-After header. */
  get retryAfterSeconds(): number | undefined {
    const value = this.details.retryAfterSeconds;
    return typeof value === 'number' && value > 0 ? value : undefined;
  }
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Every named property of `value` is a string. */
export function hasStrings(value: Record<string, unknown>, keys: readonly string[]): boolean {
  return keys.every((key) => typeof value[key] === 'string');
}

function isErrorResponse(value: unknown): value is ErrorResponse {
  return isRecord(value) && hasStrings(value, ['code', 'message']);
}

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface RequestOptions<T> {
  method?: HttpMethod;
  body?: unknown;
  signal?: AbortSignal | undefined;
  guard?: (value: unknown) => value is T;
  /** Extra headers (e.g. a guest's booking token). */
  headers?: Record<string, string> | undefined;
}

/** Sends the request; throws `ApiError` for a network failure or an error answer. */
export async function apiResponse(
  path: string,
  { method = 'GET', body, signal, headers: extra }: Omit<RequestOptions<unknown>, 'guard'> = {},
): Promise<Response> {
  const headers: Record<string, string> = { accept: 'application/json', ...extra };
  if (body !== undefined) headers['content-type'] = 'application/json';
  let response: Response;
  try {
    response = await authFetch(path, {
      method,
      headers,
      signal,
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new ApiError(0, 'NETWORK', `${method} ${path}: the server could not be reached`);
  }
  if (response.ok) return response;
  const payload: unknown = await response.json().catch(() => undefined);
  if (isErrorResponse(payload)) {
    const details = isRecord(payload.details) ? { ...payload.details } : {};
    const retryAfter = Number(response.headers.get('retry-after'));
    if (details.retryAfterSeconds === undefined && retryAfter > 0) {
      details.retryAfterSeconds = retryAfter;
    }
    throw new ApiError(response.status, payload.code, payload.message, payload.requestId, details);
  }
  const code = response.status >= 500 ? 'INTERNAL' : 'BAD_RESPONSE';
  throw new ApiError(response.status, code, `${method} ${path} answered ${response.status}`);
}

/**
 * Calls the API and returns its JSON body (`null` for 202 without a body and 204). Throws
 * `ApiError` for a network failure, an error answer or (with `guard`) a body of an unexpected shape.
 */
export async function apiRequest<T>(path: string, options: RequestOptions<T> = {}): Promise<T> {
  const { guard, ...rest } = options;
  const response = await apiResponse(path, rest);
  if (response.status === 204) return null as T;
  const text = await response.text();
  let payload: unknown = null;
  try {
    payload = text ? (JSON.parse(text) as unknown) : null;
  } catch {
    throw new ApiError(response.status, 'BAD_RESPONSE', `${path}: the answer is not JSON`);
  }
  if (guard && !guard(payload)) {
    throw new ApiError(response.status, 'BAD_RESPONSE', `${path}: unexpected answer`);
  }
  return payload as T;
}
