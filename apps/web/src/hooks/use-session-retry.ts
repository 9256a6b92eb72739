// For a page whose session could not be checked (lib/auth/session.ts, "unreachable"): whether the
// browser says it is offline, a retry by hand, and one on its own when the network comes back.
import { useCallback, useEffect, useState } from 'react';
import { refreshSession } from '../lib/auth/session';

export function useSessionRetry() {
  const [online, setOnline] = useState(() => navigator.onLine);
  const [retrying, setRetrying] = useState(false);
  const retry = useCallback(async () => {
    setRetrying(true);
    try {
      await refreshSession();
    } finally {
      setRetrying(false);
    }
  }, []);
  useEffect(() => {
    const up = () => {
      setOnline(true);
      void retry();
    };
    const down = () => setOnline(false);
    window.addEventListener('online', up);
    window.addEventListener('offline', down);
    return () => {
      window.removeEventListener('online', up);
      window.removeEventListener('offline', down);
    };
  }, [retry]);
  return { offline: !online, retrying, retry };
}
