import { useSyncExternalStore } from 'react';
import { getSessionState, subscribeSession, type SessionState } from './session';

/** The session as React state: re-renders on sign-in, refresh and sign-out. */
export function useSession(): SessionState {
  return useSyncExternalStore(subscribeSession, getSessionState);
}
