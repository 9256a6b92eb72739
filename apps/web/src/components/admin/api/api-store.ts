// A small cache of API answers shared by the staff pages, keyed by strings such as
// "notifications/stats". It does the little the staff app needs from a query library: one request
// per key however many components read it, stale-while-revalidate when a page is opened again,
// and invalidation by key prefix after a mutation (CONVENTIONS.md §10). Plain `fetch` for now;
// TanStack Query can replace it without touching the pages (they only use the hooks).
import { createContext, useContext } from 'react';
import { ApiError } from '../../../lib/api/api-request';

export interface QuerySnapshot<T> {
  data: T | undefined;
  error: ApiError | null;
  /** A request for this key is under way (first load or refresh). */
  fetching: boolean;
}

type Fetcher = (signal: AbortSignal) => Promise<unknown>;

interface Entry {
  snapshot: QuerySnapshot<unknown>;
  fetcher: Fetcher;
  controller: AbortController | null;
  /** Fetch again the next time a component asks for it. */
  stale: boolean;
}

export const EMPTY_SNAPSHOT: QuerySnapshot<never> = {
  data: undefined,
  error: null,
  fetching: false,
};

function toApiError(error: unknown): ApiError {
  return error instanceof ApiError ? error : new ApiError(0, 'BAD_RESPONSE', String(error));
}

export class ApiStore {
  private readonly entries = new Map<string, Entry>();
  private readonly listeners = new Map<string, Set<() => void>>();

  snapshot(key: string): QuerySnapshot<unknown> {
    return this.entries.get(key)?.snapshot ?? EMPTY_SNAPSHOT;
  }

  subscribe(key: string, listener: () => void): () => void {
    const set = this.listeners.get(key) ?? new Set();
    set.add(listener);
    this.listeners.set(key, set);
    return () => {
      set.delete(listener);
      if (set.size > 0) return;
      this.listeners.delete(key);
      // Nobody reads it any more: stop its request, and refresh it when it is read again.
      const entry = this.entries.get(key);
      if (!entry) return;
      if (entry.controller) {
        entry.controller.abort();
        entry.controller = null;
        entry.snapshot = { ...entry.snapshot, fetching: false };
      }
      entry.stale = true;
    };
  }

  /** Starts the request for `key` unless its answer is there and fresh, or already coming. */
  ensure(key: string, fetcher: Fetcher): void {
    const entry = this.entries.get(key);
    if (!entry) {
      const created = { snapshot: EMPTY_SNAPSHOT, fetcher, controller: null, stale: true };
      this.entries.set(key, created);
      this.fetch(key, created);
      return;
    }
    entry.fetcher = fetcher;
    if (entry.stale && !entry.controller) this.fetch(key, entry);
  }

  refetch(key: string): void {
    const entry = this.entries.get(key);
    if (entry) this.fetch(key, entry);
  }

  /** After a mutation: refreshes what is on screen under `prefix`, forgets the rest. */
  invalidate(prefix: string): void {
    for (const [key, entry] of this.entries) {
      if (!key.startsWith(prefix)) continue;
      if (this.listeners.has(key)) this.fetch(key, entry);
      else this.entries.delete(key);
    }
  }

  private fetch(key: string, entry: Entry): void {
    entry.controller?.abort();
    const controller = new AbortController();
    entry.controller = controller;
    entry.stale = false;
    this.update(key, entry, { ...entry.snapshot, fetching: true });
    entry.fetcher(controller.signal).then(
      (data) => {
        if (entry.controller !== controller) return;
        entry.controller = null;
        this.update(key, entry, { data, error: null, fetching: false });
      },
      (error: unknown) => {
        if (entry.controller !== controller) return;
        entry.controller = null;
        // The last good answer stays on screen beside the error.
        this.update(key, entry, {
          data: entry.snapshot.data,
          error: toApiError(error),
          fetching: false,
        });
      },
    );
  }

  private update(key: string, entry: Entry, snapshot: QuerySnapshot<unknown>): void {
    entry.snapshot = snapshot;
    for (const listener of this.listeners.get(key) ?? []) listener();
  }
}

export const ApiStoreContext = createContext<ApiStore | null>(null);

export function useApiStore(): ApiStore {
  const store = useContext(ApiStoreContext);
  if (!store) throw new Error('The staff API hooks must be used inside <ApiStoreProvider>');
  return store;
}
