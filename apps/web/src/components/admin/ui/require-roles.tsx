import type { ReactNode } from 'react';
import type { StaffRole } from '@ladiva/contract/auth-vocabulary';
import { useAdminT } from '../admin-messages';
import { EmptyState } from '../../shared/empty-state';
import { useHasRole } from './use-has-role';

/**
 * A page for some roles only. The API refuses the others anyway (and the database behind it):
 * this says so before asking it.
 */
export function RequireRoles({
  roles,
  children,
}: {
  roles: readonly StaffRole[];
  children: ReactNode;
}) {
  const { at } = useAdminT();
  return useHasRole(roles) ? children : <EmptyState>{at('access.denied')}</EmptyState>;
}
