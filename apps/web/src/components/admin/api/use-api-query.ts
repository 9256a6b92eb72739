import { useCallback, useEffect, useSyncExternalStore } from 'react';
import type { ApiError } from '../../../lib/api/api-request';
import { EMPTY_SNAPSHOT, useApiStore } from './api-store';

export interface QueryResult<T> {
  data: T | undefined;
  error: ApiError | null;
  /** No answer yet (first load). */
  loading: boolean;
  /** A request is under way, including a refresh behind data already shown. */
  fetching: boolean;
  reload: () => void;
}

const noop = () => {};

/**
 * Reads `key` from the staff app's cache, fetching it with `fetcher` when needed. `key` null:
 * nothing to read yet. `refreshMs`: refreshed on that period while the tab is visible.
 */
export function useApiQuery<T>(
  key: string | null,
  fetcher: (signal: AbortSignal) => Promise<T>,
  { refreshMs }: { refreshMs?: number } = {},
): QueryResult<T> {
  const store = useApiStore();
  const subscribe = useCallback(
    (listener: () => void) => (key === null ? noop : store.subscribe(key, listener)),
    [store, key],
  );
  const getSnapshot = useCallback(
    () => (key === null ? EMPTY_SNAPSHOT : store.snapshot(key)),
    [store, key],
  );
  const snapshot = useSyncExternalStore(subscribe, getSnapshot);

  useEffect(() => {
    if (key !== null) store.ensure(key, fetcher);
  }, [store, key, fetcher]);

  useEffect(() => {
    if (key === null || !refreshMs) return;
    const timer = window.setInterval(() => {
      if (document.visibilityState === 'visible') store.refetch(key);
    }, refreshMs);
    return () => window.clearInterval(timer);
  }, [store, key, refreshMs]);

  const reload = useCallback(() => {
    if (key !== null) store.refetch(key);
  }, [store, key]);

  return {
    data: snapshot.data as T | undefined,
    error: snapshot.error,
    loading: key !== null && snapshot.data === undefined && snapshot.error === null,
    fetching: snapshot.fetching,
    reload,
  };
}
