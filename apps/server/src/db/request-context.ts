// Every user request reaches the database through withRequestContext (CONVENTIONS.md §3): one
// transaction that takes the request's role and publishes its claims to the RLS policies. Both
// settings are transaction-local, so nothing leaks to the next user of the pooled connection.
import { sql, type Transaction } from 'kysely';
import type { Db } from './database.ts';
import type { Database } from './schema.ts';

export const STAFF_ROLES = ['admin', 'manager', 'box_office', 'door', 'kitchen'] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

/** What a verified access token says about the caller (DESIGN.md, Security). */
export type RequestClaims =
  | { role: 'anon' }
  | {
      role: 'authenticated';
      sub: string;
      roles: StaffRole[];
      aal: 'aal1' | 'aal2';
      session_id?: string;
    };

export const ANONYMOUS: RequestClaims = Object.freeze({ role: 'anon' });

export type Tx = Transaction<Database>;

async function withRole<T>(
  db: Db,
  role: 'anon' | 'authenticated' | 'service_role',
  claims: object,
  fn: (tx: Tx) => Promise<T>,
): Promise<T> {
  return db.transaction().execute(async (tx) => {
    await sql`select set_config('role', ${role}, true),
                     set_config('request.jwt.claims', ${JSON.stringify(claims)}, true)`.execute(tx);
    return fn(tx);
  });
}

export function withRequestContext<T>(
  db: Db,
  claims: RequestClaims,
  fn: (tx: Tx) => Promise<T>,
): Promise<T> {
  return withRole(db, claims.role === 'authenticated' ? 'authenticated' : 'anon', claims, fn);
}

/** For background jobs only: an explicit role with its own policies, never a bypass. */
export function withServiceContext<T>(db: Db, fn: (tx: Tx) => Promise<T>): Promise<T> {
  return withRole(db, 'service_role', { role: 'service_role' }, fn);
}
