// What the staff module (modules/staff) may do with the accounts this module owns: list and change
// staff members and invitees, read a colleague's live sessions, remove their second factor — each
// inside the staff module's own transaction (run as the admin: RLS and the users guard trigger
// decide again). The one door between the two modules; the repositories stay private.
export {
  findInvitee,
  findRolesByEmail,
  insertInvitee,
  listStaffMembers,
  updateStaffAccount,
} from './staff-accounts.repository.ts';
export { liveSessions } from './sessions.repository.ts';
export { removeSecondFactor } from './factors.repository.ts';
