// The staff app's door to the API: the web app's shared request helper (the access token, one
// silent refresh on a 401), plus the light shape guards the staff hooks use. Only contract *types*
// are imported: zod stays out of the browser bundle.
export { ApiError, apiRequest, hasStrings, isRecord } from '../../../lib/api/api-request';
import { isRecord } from '../../../lib/api/api-request';

/** `{ items: T[] }` where every item passes `isItem`. */
export function isItemList<T>(value: unknown, isItem: (item: unknown) => item is T) {
  return isRecord(value) && Array.isArray(value.items) && value.items.every(isItem);
}
