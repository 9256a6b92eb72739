// The paginated answers of the back office's catalogue endpoints ({ items, total, limit, offset }),
// and the light guard the hooks parse them with (zod stays out of the browser bundle).
import { isRecord } from '../../../../lib/api/api-request';

export interface Page<T> {
  items: T[];
  total: number;
  limit: number;
  offset: number;
}

export function isPage<T>(value: unknown): value is Page<T> {
  return (
    isRecord(value) &&
    Array.isArray(value.items) &&
    typeof value.total === 'number' &&
    typeof value.offset === 'number'
  );
}

/** Any JSON object (the answers of single-resource endpoints). */
export const isObject = (value: unknown): value is Record<string, unknown> => isRecord(value);

/** "?a=1&b=x" from the defined values, in the given order ('' when none). */
export function queryString(params: Record<string, string | number | undefined>): string {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) {
    if (value !== undefined && value !== '') search.set(name, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}
