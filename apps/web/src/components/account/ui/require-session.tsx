import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import type { Session } from '../../../lib/auth/session';
import { useSession } from '../../../lib/auth/use-session';
import { RouteFallback } from '../../shared/route-fallback';
import { GuestPage } from '../../shared/guest-page';
import { SessionUnreachable } from '../../shared/session-unreachable';

/** A page for signed-in people: others are sent to sign in, and brought back afterwards. */
export function RequireSession({ children }: { children: (session: Session) => ReactNode }) {
  const state = useSession();
  const location = useLocation();
  if (state.status === 'unknown') return <RouteFallback />;
  // Offline (or the server away): said as such, with a retry; not sent to sign in.
  if (state.status === 'unreachable') {
    return (
      <SessionUnreachable
        frame={(title, body) => (
          <GuestPage width="card" title={title}>
            {body}
          </GuestPage>
        )}
      />
    );
  }
  if (state.status === 'signed_out') {
    const next = encodeURIComponent(location.pathname + location.search);
    return <Navigate to={`/sign-in?next=${next}`} replace />;
  }
  return children(state.session);
}
