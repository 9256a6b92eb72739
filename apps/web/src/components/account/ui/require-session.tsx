import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import type { Session } from '../../../lib/auth/session';
import { useSession } from '../../../lib/auth/use-session';
import { RouteFallback } from '../../shared/route-fallback';

/** A page for signed-in people: others are sent to sign in, and brought back afterwards. */
export function RequireSession({ children }: { children: (session: Session) => ReactNode }) {
  const state = useSession();
  const location = useLocation();
  if (state.status === 'unknown') return <RouteFallback />;
  if (state.status === 'signed_out') {
    const next = encodeURIComponent(location.pathname + location.search);
    return <Navigate to={`/sign-in?next=${next}`} replace />;
  }
  return children(state.session);
}
