// Follows a realtime channel while the component is mounted (null: none). The listener may change
// between renders without re-subscribing.
import { useEffect, useRef } from 'react';
import { followChannel, type RealtimeListener } from '../lib/realtime/realtime-client';

export function useRealtime(channel: string | null, listener: RealtimeListener): void {
  const latest = useRef(listener);
  useEffect(() => {
    latest.current = listener;
  });
  useEffect(() => {
    if (!channel) return;
    return followChannel(channel, (event) => latest.current(event));
  }, [channel]);
}
