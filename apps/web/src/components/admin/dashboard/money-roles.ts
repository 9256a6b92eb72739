import type { StaffRole } from '@ladiva/contract/auth-vocabulary';

/** Who sees money on the dashboard (the API leaves it out for the door anyway). */
export const MONEY_ROLES = [
  'admin',
  'manager',
  'box_office',
] as const satisfies readonly StaffRole[];
