import type { ReactNode } from 'react';
import { useT } from '../../../hooks/use-t';
import { useSession } from '../../../lib/auth/use-session';
import { EmptyState } from '../../shared/empty-state';

/** Pages for admins only (the API refuses others anyway: this says so before asking it). */
export function RequireAdmin({ children }: { children: ReactNode }) {
  const { t } = useT();
  const state = useSession();
  const admin = state.status === 'signed_in' && state.session.user.roles.includes('admin');
  return admin ? children : <EmptyState>{t('admin.staff.adminOnly')}</EmptyState>;
}
