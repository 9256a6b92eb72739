// Who reaches each area of the back office (issue #6). The API and the database decide what each
// role may do; these lists only keep the navigation and the pages honest about it. Changes inside
// an area (prices, layout, performances) are for admins and managers: the area checks that too.
import type { StaffRole } from '@ladiva/contract/auth-vocabulary';

export const AREA_ROLES = {
  dashboard: ['admin', 'manager', 'box_office', 'door'],
  bookings: ['admin', 'manager', 'box_office'],
  room: ['admin', 'manager', 'box_office', 'door'],
  kitchen: ['admin', 'manager', 'box_office', 'kitchen'],
  customers: ['admin', 'manager', 'box_office'],
  performances: ['admin', 'manager', 'box_office'],
  catalogue: ['admin', 'manager', 'box_office'],
  layout: ['admin', 'manager', 'box_office'],
  reports: ['admin', 'manager'],
} as const satisfies Record<string, readonly StaffRole[]>;

export type Area = keyof typeof AREA_ROLES;

/** The areas grouped as the evening runs (navigation and staff home). */
export const AREA_GROUPS = [
  { title: 'nav.evening', areas: ['dashboard', 'bookings', 'room', 'kitchen', 'customers'] },
  { title: 'nav.venue', areas: ['performances', 'catalogue', 'layout', 'reports'] },
] as const satisfies readonly { title: string; areas: readonly Area[] }[];

/** Who may change the catalogue, the layout and the performances. */
export const EDITOR_ROLES = ['admin', 'manager'] as const satisfies readonly StaffRole[];

/**
 * Who reaches each messages tool, as the API decides: the delivery log and the templates for
 * management; the local mailbox, which holds whole messages (secret links masked), for admins
 * only (issue #12).
 */
export const MESSAGE_TOOL_ROLES = {
  mailbox: ['admin'],
  log: ['admin', 'manager'],
  templates: ['admin', 'manager'],
} as const satisfies Record<string, readonly StaffRole[]>;

export type MessageTool = keyof typeof MESSAGE_TOOL_ROLES;

export const MESSAGE_TOOLS = ['mailbox', 'log', 'templates'] as const satisfies MessageTool[];
