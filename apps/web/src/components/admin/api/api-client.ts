// The light shape guards the staff hooks use beside the web app's shared request helper
// (lib/api/api-request.ts: the access token, one silent refresh on a 401). Only contract *types*
// are imported: zod stays out of the browser bundle.
import { isRecord } from '../../../lib/api/api-request';

/** `{ items: T[] }` where every item passes `isItem`. */
export function isItemList<T>(value: unknown, isItem: (item: unknown) => item is T) {
  return isRecord(value) && Array.isArray(value.items) && value.items.every(isItem);
}
