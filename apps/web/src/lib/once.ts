// A request made once per key for the page's lifetime.

const pending = new Map<string, Promise<unknown>>();

/**
 * Runs `request` once per key for the page's lifetime: a link token works once, and React's
 * development mode runs effects twice.
 */
export function once<T>(key: string, request: () => Promise<T>): Promise<T> {
  let promise = pending.get(key) as Promise<T> | undefined;
  if (!promise) {
    promise = request();
    pending.set(key, promise);
    promise.catch(() => pending.delete(key));
  }
  return promise;
}
