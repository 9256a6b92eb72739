import type { Me } from '@ladiva/contract/auth';

/**
 * Where to go after signing in: `?next=` when it is a path of this site (never another origin,
 * not even through `//host` or a backslash), otherwise the staff area or the guest's account.
 */
export function destinationAfterSignIn(next: string | null, user: Me): string {
  if (next && /^\/(?![/\\])/.test(next)) return next;
  return user.roles.length > 0 ? '/admin' : '/account';
}
