import type { StaffRole } from '@ladiva/contract/auth-vocabulary';
import { useSession } from '../../../lib/auth/use-session';

/** Whether the signed-in staff member holds one of `roles`. */
export function useHasRole(roles: readonly StaffRole[]): boolean {
  const state = useSession();
  return (
    state.status === 'signed_in' &&
    state.session.user.roles.some((role) => roles.includes(role as StaffRole))
  );
}
