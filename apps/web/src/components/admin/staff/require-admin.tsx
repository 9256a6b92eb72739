import type { ReactNode } from 'react';
import { useStaffT } from '../staff-messages';
import { useSession } from '../../../lib/auth/use-session';
import { EmptyState } from '../../shared/empty-state';

/** Pages for admins only (the API refuses others anyway: this says so before asking it). */
export function RequireAdmin({ children }: { children: ReactNode }) {
  const { t } = useStaffT();
  const state = useSession();
  const admin = state.status === 'signed_in' && state.session.user.roles.includes('admin');
  return admin ? children : <EmptyState>{t('admin.staff.adminOnly')}</EmptyState>;
}
