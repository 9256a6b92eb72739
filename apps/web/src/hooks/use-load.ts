import { useCallback, useEffect, useState } from 'react';

export interface Loaded<T> {
  data: T | undefined;
  error: unknown;
  loading: boolean;
  reload: () => void;
}

/** Loads `fetcher`'s answer on mount (and on `reload`), aborting it when the page goes away. */
export function useLoad<T>(fetcher: (signal: AbortSignal) => Promise<T>): Loaded<T> {
  const [round, setRound] = useState(0);
  const [state, setState] = useState<{ data?: T; error: unknown; loading: boolean }>({
    error: null,
    loading: true,
  });
  useEffect(() => {
    const controller = new AbortController();
    fetcher(controller.signal).then(
      (data) => setState({ data, error: null, loading: false }),
      (error: unknown) => {
        if (!controller.signal.aborted)
          setState((previous) => ({ ...previous, error, loading: false }));
      },
    );
    return () => controller.abort();
  }, [fetcher, round]);
  const reload = useCallback(() => {
    setState((previous) => ({ ...previous, loading: true }));
    setRound((value) => value + 1);
  }, []);
  return { data: state.data, error: state.error, loading: state.loading, reload };
}
