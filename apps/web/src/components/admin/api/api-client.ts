// The staff app's one door to the API: plain `fetch`, JSON in and out, and failures turned into
// `ApiError` values that carry the contract's error code (CONVENTIONS.md §6). Only contract
// *types* are imported: zod stays out of the browser bundle, light guards check shapes instead.
import type { ErrorCode, ErrorResponse } from '@ladiva/contract/errors';

export class ApiError extends Error {
  override name = 'ApiError';

  constructor(
    /** HTTP status, 0 when the server could not be reached. */
    readonly status: number,
    readonly code: ErrorCode | 'NETWORK' | 'BAD_RESPONSE',
    message: string,
    readonly requestId?: string,
  ) {
    super(message);
  }

  /**
   * The staff endpoints answer 404 NOT_FOUND outside development mode, until staff accounts
   * exist (#4): the one failure the pages explain instead of reporting.
   */
  get isUnavailable(): boolean {
    return this.status === 404 && this.code === 'NOT_FOUND';
  }
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Every named property of `value` is a string. */
export function hasStrings(value: Record<string, unknown>, keys: readonly string[]): boolean {
  return keys.every((key) => typeof value[key] === 'string');
}

/** `{ items: T[] }` where every item passes `isItem`. */
export function isItemList<T>(value: unknown, isItem: (item: unknown) => item is T) {
  return isRecord(value) && Array.isArray(value.items) && value.items.every(isItem);
}

function isErrorResponse(value: unknown): value is ErrorResponse {
  return isRecord(value) && hasStrings(value, ['code', 'message']);
}

/**
 * Calls the API and returns its JSON body (`null` for 204). Throws `ApiError` for a network
 * failure, an error answer or (with `guard`) a body of an unexpected shape.
 */
export async function apiRequest<T>(
  path: string,
  options: {
    method?: 'GET' | 'POST';
    body?: unknown;
    signal?: AbortSignal | undefined;
    guard?: (value: unknown) => value is T;
  } = {},
): Promise<T> {
  const { method = 'GET', body, signal, guard } = options;
  const headers: Record<string, string> = { accept: 'application/json' };
  if (body !== undefined) headers['content-type'] = 'application/json';
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      signal,
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new ApiError(0, 'NETWORK', `${method} ${path}: the server could not be reached`);
  }
  if (response.status === 204) return null as T;
  const payload: unknown = await response.json().catch(() => undefined);
  if (!response.ok) {
    if (isErrorResponse(payload)) {
      throw new ApiError(response.status, payload.code, payload.message, payload.requestId);
    }
    const code = response.status >= 500 ? 'INTERNAL' : 'BAD_RESPONSE';
    throw new ApiError(response.status, code, `${method} ${path} answered ${response.status}`);
  }
  if (guard && !guard(payload)) {
    throw new ApiError(response.status, 'BAD_RESPONSE', `${method} ${path}: unexpected answer`);
  }
  return payload as T;
}
