import { useEffect, useState } from 'react';

/** Whole seconds left until `expiresAt` (0 once past). */
export function secondsLeft(expiresAt: string, now: number): number {
  return Math.max(0, Math.ceil((Date.parse(expiresAt) - now) / 1000));
}

/** "9:05" */
export function formatSeconds(seconds: number): string {
  const minutes = Math.floor(seconds / 60);
  return `${minutes}:${String(seconds % 60).padStart(2, '0')}`;
}

/**
 * What the polite live region says: nothing while time is plentiful (a ticking clock read aloud
 * every second would drown the form), once at one minute left, once at the end.
 */
export function countdownAnnouncement(seconds: number): 'oneMinute' | 'expired' | null {
  if (seconds <= 0) return 'expired';
  if (seconds <= 60) return 'oneMinute';
  return null;
}

/** Seconds left until `expiresAt`, ticking every second. */
export function useSecondsLeft(expiresAt: string): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);
  return secondsLeft(expiresAt, now);
}
